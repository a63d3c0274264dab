// Checks across reports in a real VS Code: carryover-mismatch appears on this year's 二、上年结转 cells
// when last year's report is created in the workspace (a file on disk, never opened: the server's
// workspace index learns of it through VS Code's file watcher), and goes when the quick fix writes
// last year's value; the summary command opens the very Markdown `nianbao summary` (dist/cli.cjs)
// prints for the same files.

import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { formatMessage, looksLikeReport } from '../../../core/src/index.js';
import { EXTENSION_ID, applyAction, closeAllEditors, codeActionsAt, diagnosticsOf, fileUri, ruleOf, waitForDiagnostics } from './helpers.js';

const QUICK_FIX = vscode.CodeActionKind.QuickFix.value;
// The consecutive-year pair of test/fixtures/years (its README says how 2024 was made from the real 2025).
const THIS_YEAR = 'carryover/caizheng-2025.md';
const LAST_YEAR = 'carryover/caizheng-2024.md';
const CARRIED = '| 二、上年结转政府信息公开申请数量 |';
const CARRIED_OUT = '| 四、结转下年度继续办理 |';

function extensionUri(): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is installed`);
  return ext.extensionUri;
}

async function repoText(...path: string[]): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri(), ...path)));
}

/** The range of the `index`-th cell (0 = the row's label) of a pipe-table row, trimmed. */
function cellRange(lines: string[], lineStart: string, index: number): vscode.Range {
  const line = lines.findIndex((l) => l.startsWith(lineStart));
  assert.ok(line >= 0, `a row starting ${lineStart}`);
  const text = lines[line]!;
  const bars = [...text.matchAll(/\|/g)].map((m) => m.index!);
  const raw = text.slice(bars[index]! + 1, bars[index + 1]);
  const start = bars[index]! + 1 + (raw.length - raw.trimStart().length);
  return new vscode.Range(line, start, line, start + raw.trim().length);
}

const rulesOf = (ds: vscode.Diagnostic[]) => ds.map(ruleOf).sort();

/** Runs dist/cli.cjs in `cwd` and resolves with what it writes to stdout (whatever its exit code). */
function cli(args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // process.execPath is Node in code-server's extension host, Electron in desktop VS Code (run as Node).
    const child = spawn(process.execPath, [join(extensionUri().fsPath, 'dist', 'cli.cjs'), ...args], {
      cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`the CLI exited with ${code}: ${Buffer.concat(err).toString('utf8')}`));
      else resolve(Buffer.concat(out).toString('utf8'));
    });
  });
}

// Registers the suite (called after Mocha has defined its tdd globals).
export function registerCrossReportTests(): void {
  suite('across reports', () => {
    teardown(closeAllEditors);

    test('carryover-mismatch appears when last year\'s report is created in the workspace and goes with the quick fix', async () => {
      const thisUri = fileUri(THIS_YEAR);
      const lastUri = fileUri(LAST_YEAR);
      const thisText = await repoText('test', 'fixtures', 'years', 'caizheng-2025.md');
      const lastText = await repoText('test', 'fixtures', 'years', 'caizheng-2024.md');
      try {
        await vscode.workspace.fs.writeFile(thisUri, new TextEncoder().encode(thisText));
        const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(thisUri));
        const doc = editor.document;
        // Alone, this year's report has only its long overview (no 2024 report anywhere yet).
        await waitForDiagnostics(thisUri, (ds) => ds.length === 1 && ruleOf(ds[0]!) === 'overview-too-long', 'only overview-too-long');

        // Last year's report arrives on disk; nobody opens it.
        await vscode.workspace.fs.writeFile(lastUri, new TextEncoder().encode(lastText));
        const ds = await waitForDiagnostics(thisUri, (x) => x.filter((d) => ruleOf(d) === 'carryover-mismatch').length === 2, '2 × carryover-mismatch');
        assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === lastUri.toString()), 'last year\'s file was not opened');
        assert.deepEqual(rulesOf(ds), ['carryover-mismatch', 'carryover-mismatch', 'overview-too-long', 'repeated-text', 'repeated-text']);

        const thisLines = thisText.split('\n');
        const lastLines = lastText.split('\n');
        // Columns of 表三's rows: label, two empty merged cells, 自然人 (3), five kinds of 法人或其他组织, 总计 (9).
        const expected = [{ column: '自然人', index: 3 }, { column: '总计', index: 9 }].map(({ column, index }) => ({
          message: formatMessage('carryover-mismatch', {
            tableName: '表三', column, actual: '0', expected: 1, lastYear: 2024, file: 'caizheng-2024.md',
          }, 'zh-cn'),
          range: cellRange(thisLines, CARRIED, index),
          severity: vscode.DiagnosticSeverity.Error,
          code: 'carryover-mismatch',
          related: [{
            uri: lastUri.toString(),
            range: cellRange(lastLines, CARRIED_OUT, index),
            message: formatMessage('related.lastYearCarryOver', { year: 2024, value: '1' }, 'zh-cn'),
          }],
        }));
        const carried = ds.filter((d) => ruleOf(d) === 'carryover-mismatch').sort((a, b) => a.range.start.character - b.range.start.character);
        assert.deepEqual(carried.map((d) => ({
          message: d.message,
          range: d.range,
          severity: d.severity,
          code: ruleOf(d),
          related: (d.relatedInformation ?? []).map((r) => ({ uri: r.location.uri.toString(), range: r.location.range, message: r.message })),
        })), expected);
        // The messages name the values and last year's file as the user reads them.
        assert.match(carried[0]!.message, /“自然人”栏的“二、上年结转”为 0，与 2024 年度报告（caizheng-2024\.md）的“四、结转下年度继续办理” 1 不一致/);

        // The quick fix of each cell writes last year's value (2024's own sums hold, so it is offered).
        for (let i = 0; i < 2; i++) {
          const now = diagnosticsOf(thisUri).filter((d) => ruleOf(d) === 'carryover-mismatch').sort((a, b) => a.range.start.character - b.range.start.character);
          assert.equal(now.length, 2 - i);
          const actions = await codeActionsAt(thisUri, now[0]!.range, QUICK_FIX);
          // The title warns that the fix leaves this year's figures to be checked: 自然人 first breaks the
          // row's total and its column's balance; 总计 then mends the total and leaves both balances broken.
          const title = formatMessage('fix.introduces', { title: formatMessage('fix.carryover', { value: 1, year: 2024 }, 'zh-cn'), count: 2 }, 'zh-cn');
          await applyAction(actions.find((a) => a.title === title), `${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
          await waitForDiagnostics(thisUri, (x) => x.filter((d) => ruleOf(d) === 'carryover-mismatch').length === 1 - i, `${1 - i} × carryover-mismatch`);
        }
        assert.equal(doc.lineAt(expected[0]!.range.start.line).text, '| 二、上年结转政府信息公开申请数量 |  |  | 1 | 0 | 0 | 0 | 0 | 0 | 1 |');
        // What the fix leaves for a person: this year's balance (一 + 二 = 三 + 四) no longer holds in those two columns.
        const after = await waitForDiagnostics(thisUri, (x) => x.filter((d) => ruleOf(d) === 'sum-balance').length === 2, '2 × sum-balance');
        assert.deepEqual(rulesOf(after), ['overview-too-long', 'repeated-text', 'repeated-text', 'sum-balance', 'sum-balance']);
      } finally {
        await closeAllEditors();
        // One file at a time, last year's first, each seen by the server before the next: VS Code
        // reports files deleted together with their folder as the folder alone, which no watched glob matches.
        await vscode.workspace.fs.delete(lastUri).then(undefined, () => undefined);
        await waitForDiagnostics(thisUri, (ds) => !ds.some((d) => ['carryover-mismatch', 'repeated-text'].includes(ruleOf(d))), 'no cross-report finding once last year\'s file is deleted');
        await vscode.workspace.fs.delete(thisUri).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(fileUri('carryover')).then(undefined, () => undefined);
      }
    });

    test('nianbao.summarizeWorkspace opens the Markdown that `nianbao summary` prints for the same files', async () => {
      await closeAllEditors();
      const folder = vscode.workspace.workspaceFolders![0]!;
      // The workspace lint's file selection: Markdown and text files, less nianbao.files.exclude, that look like reports.
      const exclude = vscode.workspace.getConfiguration('nianbao', folder.uri).get<string[]>('files.exclude') ?? [];
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.{md,txt}'), exclude.length ? `{${exclude.join(',')}}` : null);
      const files: string[] = [];
      for (const uri of found) {
        if (looksLikeReport(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)))) files.push(vscode.workspace.asRelativePath(uri, false));
      }
      files.sort();
      assert.ok(files.includes('clean.md') && files.includes('plain/某局2025年政府信息公开工作年度报告.txt'), files.join());
      assert.ok(!files.some((f) => f.startsWith('excluded/') || f === 'reports/会议记录.md'), files.join());

      const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('nianbao.summarizeWorkspace');
      assert.ok(doc, 'the command opened a document');
      assert.equal(doc.languageId, 'markdown');
      assert.equal(doc.isUntitled, true);
      assert.equal(vscode.window.activeTextEditor?.document, doc, 'shown in the active editor');
      // nianbao.messageLanguage is the summary's language (zh-cn unless set).
      const language = vscode.workspace.getConfiguration('nianbao').get<string>('messageLanguage');
      assert.equal(language, 'zh-cn');
      const expected = await cli(['summary', ...files, '--locale', 'zh-cn'], folder.uri.fsPath);
      assert.ok(expected.includes(`共 ${files.length} 份报告`), expected.slice(0, 400));
      assert.equal(doc.getText(), expected);
    });
  });
}
