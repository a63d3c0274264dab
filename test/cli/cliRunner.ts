// Helpers for the CLI end-to-end tests: run the built dist/cli.cjs as a child process on temp folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from out/test/cli/). */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(REPO, 'dist', 'cli.cjs');
export const SEEDS = join(REPO, 'test', 'fixtures', 'seeds');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Builds the bundles once if they are missing (npm test builds them first; this helps single-file runs).
export function ensureBuilt(): void {
  if (existsSync(CLI) && existsSync(join(REPO, 'dist', 'lintWorker.cjs'))) return;
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

// Runs `node dist/cli.cjs …args` in `cwd` with colour off.
export function runCli(args: string[], cwd: string): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Like runCli with --format json; parses the output.
export function runJson(args: string[], cwd: string): CliRun & { json: JsonResult[] } {
  const r = runCli([...args, '--format', 'json'], cwd);
  let json: JsonResult[];
  try {
    json = JSON.parse(r.stdout) as JsonResult[];
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout.slice(0, 500)}\nstderr: ${r.stderr}`);
  }
  return { ...r, json };
}

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
}
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

export function seed(name: string): Buffer {
  return readFileSync(join(SEEDS, name));
}

// A fresh temp folder holding `files` (relative path → content); removed by the returned cleanup.
export function tempTree(files: Record<string, string | Uint8Array>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const full = join(root, ...rel.split('/'));
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
