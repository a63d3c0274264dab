// The layers hold (ARCHITECTURE.md, "The import rule"): ESLint's no-restricted-imports, configured per
// folder in eslint.config.mjs, finds no import across them in the project, and finds each kind of
// crossing when one is written: the core importing Node or a face, a face importing the core's inner
// files, the CLI, the server and the client importing each other, a shared module importing a face.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { projectRoot } from '../reliability/fuzzInputs.js';

const eslint = new ESLint({ cwd: projectRoot });

/** The import-rule problems ESLint reports for `code` as if it were the file at `path`. */
async function crossings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(projectRoot, path) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${m.line}: ${m.message}`);
}

test('no file of the project imports across the layers', async () => {
  const results = await eslint.lintFiles(['core/src', 'node/src', 'protocol/src', 'word/src', 'cli/src', 'server/src', 'client/src']);
  assert.ok(results.length > 150, `only ${results.length} files linted`);
  const found = results.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => `${r.filePath}:${m.line} ${m.message}`));
  assert.deepEqual(found, []);
});

test('each kind of crossing is found', async () => {
  const core = "The core does not touch the file system or Node: that is node/src.";
  const faces = 'The CLI, the server and the client do not import each other: shared pieces go in node/ or protocol/.';
  const inner = 'Import the core through core/src/index.ts only (its public API).';
  assert.deepEqual(await crossings('core/src/zz.ts', "import { readFileSync } from 'node:fs';\nimport { collectFiles } from '../../node/src/collectFiles.js';\nexport const a = [readFileSync, collectFiles];\n"), [
    `1: '${'node:fs'}' import is restricted from being used by a pattern. ${core}`,
    "2: '../../node/src/collectFiles.js' import is restricted from being used by a pattern. The core imports nothing of the faces.",
  ]);
  assert.deepEqual(await crossings('server/src/zz.ts', "import { run } from '../../cli/src/run.js';\nimport { rules } from '../../core/src/rules/registry.js';\nimport { lint } from '../../core/src/index.js';\nexport const a = [run, rules, lint];\n"), [
    `1: '../../cli/src/run.js' import is restricted from being used by a pattern. ${faces}`,
    `2: '../../core/src/rules/registry.js' import is restricted from being used by a pattern. ${inner}`,
  ]);
  assert.deepEqual(await crossings('client/src/zz.ts', "import { main } from '../../server/src/server.js';\nimport { Commands } from '../../protocol/src/protocol.js';\nexport const a = [main, Commands];\n"), [
    `1: '../../server/src/server.js' import is restricted from being used by a pattern. ${faces}`,
  ]);
  assert.deepEqual(await crossings('node/src/zz.ts', "import { main } from '../../cli/src/main.js';\nexport const a = main;\n"), [
    "1: '../../cli/src/main.js' import is restricted from being used by a pattern. node/ sits below the CLI, the server and the client.",
  ]);
});
