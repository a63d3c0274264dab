// Bundles the Node entry points into dist/*.cjs with esbuild (CommonJS, Node 20, with source maps).
// To add a bundle, add an { in, out } line to ENTRIES (optionally shebang / external).
// Usage: node scripts/build.mjs [--watch] [--minify]

import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {{ in: string; out: string; shebang?: boolean; external?: string[]; minify?: boolean }[]} */
export const ENTRIES = [
  // mammoth (Word files) once, for the CLI and the server both: they load it as ./mammoth.cjs.
  // Always minified: third-party code nobody debugs here, and a third of the VSIX unminified.
  { in: 'node_modules/mammoth/lib/index.js', out: 'dist/mammoth.cjs', minify: true },
  { in: 'cli/src/main.ts', out: 'dist/cli.cjs', shebang: true },
  { in: 'server/src/main.ts', out: 'dist/server.cjs', shebang: true },
  // The extension takes the core's preview and paste features from dist/server.cjs beside it (client/src/editorLibrary.ts).
  { in: 'client/src/extension.ts', out: 'dist/extension.cjs', external: ['./server.cjs'] },
  { in: 'test/vscode/suite/index.ts', out: 'out/vscode-suite/index.cjs', external: ['mocha'] },
];

// import.meta.url does not exist in CommonJS: give bundled ESM code a working one based on __filename.
const IMPORT_META_URL_SHIM = "var __import_meta_url = require('url').pathToFileURL(__filename).href;";

/** Other bundles load mammoth from dist/mammoth.cjs beside them instead of holding a copy. */
const sharedMammoth = {
  name: 'shared-mammoth',
  setup(build) {
    build.onResolve({ filter: /^mammoth$/ }, () => ({ path: './mammoth.cjs', external: true }));
  },
};

/** esbuild options for one entry. */
function optionsFor(entry, minify) {
  return {
    plugins: entry.out === 'dist/mammoth.cjs' ? [] : [sharedMammoth],
    absWorkingDir: root,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    minify: minify || entry.minify === true,
    external: ['vscode', ...(entry.external ?? [])],
    define: { 'import.meta.url': '__import_meta_url' },
    banner: { js: (entry.shebang ? '#!/usr/bin/env node\n' : '') + IMPORT_META_URL_SHIM },
    // jsonc-parser's "main" is a UMD build that loads its parts with a require esbuild cannot follow.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'warning',
  };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const minify = args.has('--minify');
  if (args.has('--watch')) {
    for (const entry of ENTRIES) {
      const ctx = await esbuild.context(optionsFor(entry, minify));
      await ctx.watch();
    }
    console.log(`watching ${ENTRIES.length} bundles…`);
    return;
  }
  await Promise.all(ENTRIES.map((entry) => esbuild.build(optionsFor(entry, minify))));
  for (const entry of ENTRIES) if (entry.shebang) chmodSync(join(root, entry.out), 0o755);
  console.log(`built ${ENTRIES.map((e) => e.out).join(', ')}`);
}

// Only build when run as a script, so other scripts can import ENTRIES.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
