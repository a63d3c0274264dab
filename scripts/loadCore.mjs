// Loads the checker core (core/src/index.ts) into a plain Node script: esbuild bundles it to one
// ESM file in a temp dir, which is imported. Used by the snippet and grammar generators.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The core's public API, freshly bundled from its sources (so generated files follow the core). */
export async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-core-'));
  const outfile = join(dir, 'core.mjs');
  try {
    await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: ['core/src/index.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
