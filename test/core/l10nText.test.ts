// User-facing text: it lives in the l10n bundles (l10n/messages.<locale>.json), and a message's
// arguments that come from the user's text are shown as they are.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatMessage, lint } from '../../core/src/index.js';

const root = process.cwd();
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

test('an argument "@id" that names a bundle message is that message; any other "@…" text is shown as it is', () => {
  assert.equal(formatMessage('sum-row-total', { formulaRest: '@formula.allZero' }, 'zh-cn').includes('@'), false);
  const rest = formatMessage('formula.allZero', {}, 'en');
  assert.ok(formatMessage('sum-row-total', { formulaRest: '@formula.allZero' }, 'en').includes(rest));
  assert.ok(formatMessage('sum-row-total', { actual: '@23' }, 'zh-cn').includes('@23'));
  assert.ok(formatMessage('sum-row-total', { actual: '@' }, 'en').includes('@'));
});

test('a total cell typed as "@23" is quoted as "@23" in the message, not as 23', () => {
  const text = readFileSync(join(root, 'examples', 'clean-2025.md'), 'utf8');
  const row = /^\| （七）总计 \|.*\| (\d+) \|$/m.exec(text);
  assert.ok(row, 'the example has a （七）总计 row');
  const broken = text.replace(row[0], row[0].replace(`| ${row[1]} |`, `| @${row[1]} |`));
  const sum = lint(broken).findings.find((f) => f.ruleId === 'sum-row-total');
  assert.ok(sum, 'the wrong total is found');
  const message = formatMessage(sum.messageId, sum.args ?? {}, 'zh-cn');
  assert.match(message, new RegExp(`表中为 @${row[1]}`));
});

test('the CLI, the server and the client spell no Chinese text in their code: it is all in the bundles', () => {
  const offenders: string[] = [];
  for (const dir of ['cli/src', 'server/src', 'client/src', 'word/src', 'node/src', 'protocol/src']) {
    for (const file of readdirSync(join(root, dir), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
      readFileSync(join(root, dir, file), 'utf8').split('\n').forEach((line, i) => {
        const code = (line.includes('//') ? line.slice(0, line.indexOf('//')) : line).replace(/^\s*(\/?\*).*$/, '');
        if (CJK.test(code)) offenders.push(`${dir}/${file}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  assert.deepEqual(offenders, []);
});
