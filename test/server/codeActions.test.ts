// Protocol tests: code actions of the built server, applied as an editor applies them: the quick fix
// of a wrong total, "fix all of this rule", `source.fixAll.nianbao` and "disable for this line".

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { fixAll, lint } from '../../core/src/index.js';
import { REPO, applyTextEdits, editsFor, startServer, type TestClient } from './lspHarness.js';

const WRONG_TOTAL = readFileSync(join(REPO, 'test', 'server', 'fixtures', 'wrong-total.md'), 'utf8');
const CLEAN_2019 = WRONG_TOTAL.replace('(七) 总计\t5', '(七) 总计\t0');
// Two wrong cells whose sums do not cross (本年新收's 商业企业, 予以公开's 社会公益组织): one finding each, both safe.
const TWO_WRONG = CLEAN_2019.replace('一、本年新收政府信息公开申请数量\t\t0\t0', '一、本年新收政府信息公开申请数量\t\t0\t3')
  .replace('(一) 予以公开\t0\t0\t0\t0', '(一) 予以公开\t0\t0\t0\t2');
const CLEAN_PIPE = readFileSync(join(REPO, 'test', 'fixtures', 'shapes', 'clean-pipe.md'), 'utf8');

let counter = 0;

describe('code actions over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await startServer();
  });
  after(async () => {
    await client.stop();
  });

  async function openReport(text: string, languageId = 'markdown'): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///virtual/actions-${++counter}.md`;
    await client.open(uri, text, languageId, 1);
    return { uri, diagnostics: await client.waitForDiagnostics(uri, (p) => p.version === 1) };
  }

  function actionsFor(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) as Promise<CodeAction[]>;
  }

  /** Sends the edited text as version 2 and returns the diagnostics the server publishes for it. */
  async function relint(uri: string, text: string): Promise<Diagnostic[]> {
    await client.replace(uri, text, 2);
    return client.waitForDiagnostics(uri, (p) => p.version === 2);
  }

  it('offers the wrong total’s fix as the preferred quick fix, and applying it clears the finding', async () => {
    const { uri, diagnostics } = await openReport(WRONG_TOTAL);
    const sum = diagnostics.filter((d) => d.code === 'sum-outcome-total');
    assert.equal(sum.length, 1);
    const actions = await actionsFor(uri, sum);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, `a preferred fix among: ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.title, '改为 0');
    assert.deepEqual(fix.diagnostics?.map((d) => d.code), ['sum-outcome-total']);
    const edits = editsFor(fix.edit, uri);
    assert.equal(edits.length, 1);
    assert.equal((fix.edit?.documentChanges?.[0] as { textDocument: { version: number } }).textDocument.version, 1, 'a versioned edit');
    const fixed = applyTextEdits(WRONG_TOTAL, edits);
    assert.equal(fixed, WRONG_TOTAL.replace('(七) 总计\t5', '(七) 总计\t0'));
    assert.deepEqual(lint(fixed).findings, []);
    assert.deepEqual(await relint(uri, fixed), []);
  });

  it('offers "fix all problems of this rule" when a rule has several fixes', async () => {
    const { uri, diagnostics } = await openReport(TWO_WRONG);
    const sums = diagnostics.filter((d) => d.code === 'sum-row-total');
    assert.equal(sums.length, 2);
    const actions = await actionsFor(uri, [sums[0]!]);
    const all = actions.find((a) => a.title.includes('全部 sum-row-total'));
    assert.ok(all, `fix-all-of-rule among: ${actions.map((a) => a.title).join(', ')}`);
    const fixed = applyTextEdits(TWO_WRONG, editsFor(all.edit, uri));
    assert.equal(fixed, CLEAN_2019);
  });

  it('returns source.fixAll.nianbao as one minimal versioned edit that leaves nothing fixable', async () => {
    const text = WRONG_TOTAL.replace(/\n/g, '\r\n');
    const { uri } = await openReport(text);
    const actions = await actionsFor(uri, [], ['source.fixAll']);
    assert.equal(actions.length, 1);
    const [action] = actions as [CodeAction];
    assert.equal(action.kind, 'source.fixAll.nianbao');
    const change = action.edit?.documentChanges?.[0] as { textDocument: { version: number }; edits: unknown[] };
    assert.equal(change.textDocument.version, 1);
    assert.equal(change.edits.length, 1, 'one replacement');
    const edits = editsFor(action.edit, uri);
    assert.equal(edits[0]!.range.start.line, edits[0]!.range.end.line, 'only the changed region (one line) is replaced');
    const fixed = applyTextEdits(text, edits);
    assert.equal(fixed, fixAll(text).text);
    assert.deepEqual(lint(fixed).findings.filter((f) => f.fix?.safe), []);
    assert.deepEqual(await relint(uri, fixed), []);
    assert.deepEqual(await actionsFor(uri, [], ['source.fixAll.nianbao']), [], 'nothing left to fix');
  });

  it('a quick fix that would bring up a new finding says so in its title, and is not preferred', async () => {
    // Two wrong cells in one column: each row total's fix alone leaves the column's （七）总计 failing.
    const broken = CLEAN_PIPE.replace('| （一）予以公开 | 8 |', '| （一）予以公开 | 9 |').replace('| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 3 |', '| （二）部分公开（区分处理的，只计这一情形，不计其他情形） | 5 |');
    const { uri, diagnostics } = await openReport(broken);
    const row = diagnostics.find((d) => d.code === 'sum-row-total')!;
    const actions = await actionsFor(uri, [row]);
    const fix = actions.find((a) => a.title.startsWith('改为 10'));
    assert.equal(fix?.title, '改为 10（改后会出现 1 个新问题，请先核对）');
    assert.notEqual(fix?.isPreferred, true);
  });

  it('does not offer source actions to a plain lightbulb request (quick fixes, and the table refactoring)', async () => {
    const { uri, diagnostics } = await openReport(WRONG_TOTAL);
    const actions = await actionsFor(uri, diagnostics);
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => a.kind === 'quickfix' || a.kind === 'refactor.rewrite'), actions.map((a) => a.kind).join(', '));
  });

  it('disables a rule for a line by inserting the comment above it, keeping the table intact', async () => {
    const { uri, diagnostics } = await openReport(WRONG_TOTAL);
    const sum = diagnostics.find((d) => d.code === 'sum-outcome-total')!;
    const actions = await actionsFor(uri, [sum]);
    const disable = actions.find((a) => a.title === '在这一行停用规则 sum-outcome-total');
    assert.ok(disable, `disable action among: ${actions.map((a) => a.title).join(', ')}`);
    const edits = editsFor(disable.edit, uri);
    assert.deepEqual(edits, [{ range: { start: { line: sum.range.start.line, character: 0 }, end: { line: sum.range.start.line, character: 0 } }, newText: '<!-- nianbao-disable-next-line sum-outcome-total -->\n' }]);
    const disabled = applyTextEdits(WRONG_TOTAL, edits);
    assert.deepEqual(lint(disabled).findings, []);
    assert.deepEqual(await relint(uri, disabled), []);
  });

  it('disables a rule on a pipe-table row with a comment at the end of the row', async () => {
    const broken = CLEAN_PIPE.replace('| （七）总计 | 19 |', '| （七）总计 | 18 |');
    const { uri, diagnostics } = await openReport(broken);
    const sum = diagnostics.find((d) => d.code === 'sum-outcome-total');
    assert.ok(sum, `sum finding among ${diagnostics.map((d) => d.code).join(', ')}`);
    const actions = await actionsFor(uri, [sum]);
    const disable = actions.find((a) => a.title === '在这一行停用规则 sum-outcome-total')!;
    const disabled = applyTextEdits(broken, editsFor(disable.edit, uri));
    assert.ok(disabled.includes('| （七）总计 | 18 | 2 | 0 | 1 | 1 | 0 | 23 | <!-- nianbao-disable-line sum-outcome-total -->'));
    const left = lint(disabled).findings.map((f) => f.ruleId);
    assert.ok(!left.includes('sum-outcome-total'), `left: ${left.join(', ')}`);
    assert.deepEqual(left, lint(broken).findings.map((f) => f.ruleId).filter((r) => r !== 'sum-outcome-total'));
  });
});
