// No dead exports: every name a module exports is imported somewhere in the project (tests count),
// checked with ts-unused-exports over tsconfig.json. The public API (core/src/index.ts), the
// extension's entry points (activate/deactivate, which VS Code imports) and the Mocha suite's entry
// are exempt. The second test proves the check bites: an unused export added to a core file is found.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyzeTsConfig } from 'ts-unused-exports';
import { projectRoot } from '../reliability/fuzzInputs.js';

const EXEMPT = ['core/src/index.ts', 'client/src/extension.ts', 'test/vscode/suite/index.ts'];

/** Unused exports as "file: name, name", the exempt files left out. */
function unusedExports(): string[] {
  const analysis = analyzeTsConfig(join(projectRoot, 'tsconfig.json'), [`--excludePathsFromReport=${EXEMPT.join(';')}`]);
  return Object.entries(analysis.unusedExports)
    .map(([file, names]) => `${relative(projectRoot, file)}: ${names.map((n) => n.exportName).join(', ')}`)
    .sort();
}

test('no module exports a name nothing imports', () => {
  assert.deepEqual(unusedExports(), []);
});

test('the check finds an unused export added to a core file', () => {
  const added = join(projectRoot, 'core/src/zzDeadExport.ts');
  writeFileSync(added, 'export const used = 1;\nexport function neverImported(): number {\n  return used;\n}\n');
  try {
    assert.deepEqual(unusedExports(), ['core/src/zzDeadExport.ts: used, neverImported']);
  } finally {
    rmSync(added, { force: true });
  }
});
