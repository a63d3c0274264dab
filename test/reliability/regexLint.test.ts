// Every regular expression of the project is provably linear: ESLint with eslint-plugin-regexp
// (eslint.config.mjs: no-super-linear-backtracking, no-super-linear-move and the plugin's recommended
// "Possible Errors" rules) over all of the project's TypeScript and JavaScript. A regex the checker
// cannot prove safe is rewritten as a scan. The second test proves the check bites: a quadratic
// regex added to a core file, a script or a test fails it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { projectRoot } from './fuzzInputs.js';

const root = projectRoot;

/** Every problem ESLint reports, as "file:line:column rule message". */
function problems(results: ESLint.LintResult[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(root.length + 1)}:${m.line}:${m.column} ${m.ruleId ?? 'parse'} ${m.message}`));
}

test('every regex of the project passes the linearity checker', async (t) => {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(['.']);
  const files = results.length;
  // The project's own sources must all be among the linted files (the config misses none of them).
  for (const dir of ['core/src', 'cli/src', 'server/src', 'client/src', 'scripts', 'bench', 'test/reliability', 'test/server']) {
    assert.ok(results.some((r) => r.filePath.startsWith(join(root, dir) + '/')), `no file of ${dir} was linted`);
  }
  const found = problems(results);
  t.diagnostic(`${files} files linted, ${found.length} problems`);
  assert.deepEqual(found, []);
});

test('the checker fails on a super-linear regex added anywhere in the project', async () => {
  const eslint = new ESLint({ cwd: root });
  const bad: Array<[string, string, string]> = [
    // The heading regex before its fix: cubic on a heading padded with spaces.
    ['core/src/read/zzAdded.ts', 'export const h = (s: string) => /^\\s*#{1,6}\\s*(.*?)\\s*#*\\s*$/.exec(s);\n', 'regexp/no-super-linear-backtracking'],
    // The bracket-note regex before its fix: quadratic on a run of "[".
    ['server/src/zzAdded.ts', "export const n = (s: string) => s.replace(/\\[[^\\]]*\\]/g, '');\n", 'regexp/no-super-linear-move'],
    ['scripts/zzAdded.mjs', "export const t = (s) => s.replace(/[\\s*]+$/g, '');\n", 'regexp/no-super-linear-move'],
    ['test/cli/zzAdded.test.ts', 'export const a = /(a+)+b/;\n', 'regexp/no-super-linear-backtracking'],
  ];
  for (const [filePath, code, rule] of bad) {
    const results = await eslint.lintText(code, { filePath: join(root, filePath) });
    const rules = results.flatMap((r) => r.messages.map((m) => m.ruleId));
    assert.ok(rules.includes(rule), `${filePath}: expected ${rule}, got ${JSON.stringify(rules)}`);
    assert.ok(results.some((r) => r.errorCount > 0), `${filePath}: not an error`);
  }
  // And the same code written as the linear forms the project uses passes.
  const good = await eslint.lintText("export const t = (s: string) => s.replace(/^[\\s*]+|(?<![\\s*])[\\s*]+$/g, '');\n", { filePath: join(root, 'core/src/zzAdded.ts') });
  assert.deepEqual(problems(good), []);
});
