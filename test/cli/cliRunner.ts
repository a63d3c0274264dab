// Helpers for the CLI end-to-end tests: run the built dist/cli.cjs as a child process on temp folders.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../core/src/index.js';

/** The repository root (this file runs from out/test/cli/). */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const CLI = join(REPO, 'dist', 'cli.cjs');
export const SEEDS = join(REPO, 'test', 'fixtures', 'seeds');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Builds the bundles once if they are missing (npm test builds them first; this helps single-file runs).
export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

// Runs `node dist/cli.cjs …args` in `cwd` with colour off.
export function runCli(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...extraEnv };
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

interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

function seed(name: string): Buffer {
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

// ---- shared fixtures ----

export const LIJUN_2020 = seed('lijun-2020.txt').toString('utf8');
export const LIJUN_2025 = seed('lijun-2025.md').toString('utf8');
export const JIATANG_2024 = seed('jiatang-2024.txt').toString('utf8');
/** The seed without its no-break spaces, which GBK cannot encode (a real GBK file has none). */
export const LIJUN_GBKABLE = LIJUN_2020.replace(/\u00a0/g, ' ');
export const NOT_A_REPORT = '# 会议纪要\n\n今天讨论了食堂菜单。\n';
export const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1);
/** The exit code linting these texts with default settings should give (0 clean, 1 any error). */
export function expectedExit(...texts: string[]): number {
  return texts.some((text) => lint(text).findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** A config raising every rule that fires on `text` to "error". */
export function allErrorsConfig(text: string): string {
  const ids = [...new Set(lint(text).findings.map((f) => f.ruleId))];
  return JSON.stringify({ rules: Object.fromEntries(ids.map((id) => [id, 'error'])) });
}
