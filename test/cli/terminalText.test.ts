// Control characters from files never reach the terminal raw (issue 11 §3): file names, cell text in
// messages and config keys are escaped in stylish output; JSON output stays valid JSON with the exact text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { terminalText } from '../../cli/src/terminalText.js';
import { formatStylish } from '../../cli/src/formatters/stylish.js';
import { fileMessageResult } from '../../node/src/results.js';
import { ensureBuilt, LIJUN_2020, runCli, tempTree } from './cliRunner.js';

const ESC_NAME = 'evil\u001b]0;owned\u0007\u001b[2J\nname\r.md';
/** Anything a terminal acts on, other than the line feeds the formatter writes itself (checked per line). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

test('terminalText escapes every C0/C1 control but tab, DEL, bidi marks and line separators; nothing else', () => {
  assert.equal(terminalText(ESC_NAME), 'evil\\e]0;owned\\u0007\\e[2J\\nname\\r.md');
  assert.equal(terminalText('a\u202eb\u2066c\u2028d\u0085e\u009bf\u007fg\u0000h'), 'a\\u202eb\\u2066c\\u2028d\\u0085e\\u009bf\\u007fg\\u0000h');
  assert.equal(terminalText('表三\t第 5 行 «引用» 😀 \\e'), '表三\t第 5 行 «引用» 😀 \\e');
  for (let c = 0; c < 0x3000; c++) {
    const out = terminalText(String.fromCharCode(c));
    assert.equal(RAW_CONTROL.test(out) || /[\n]/.test(out), false, `U+${c.toString(16)} comes out raw`);
  }
});

test('stylish: file names, messages and rule ids are escaped', () => {
  const result = fileMessageResult(join('/w', ESC_NAME), 'unknown key "\u001b]8;;http://x\u0007link" in the config', 'error', true);
  const out = formatStylish([result], { cwd: '/w', locale: 'en', color: false });
  assert.equal(
    out,
    '\nevil\\e]0;owned\\u0007\\e[2J\\nname\\r.md\n  1:1  error  unknown key "\\e]8;;http://x\\u0007link" in the config\n\n✖ 1 problem (1 error, 0 warnings)\n',
  );
});

test('CLI: a report named with an ESC sequence and a newline is shown escaped in stylish, exact in JSON', (t) => {
  ensureBuilt();
  const { root, cleanup } = tempTree({ [ESC_NAME]: LIJUN_2020, [`cfg/.nianbaorc.json`]: '{"\\u001b[31mred": 1}', 'cfg/a.txt': LIJUN_2020 });
  t.after(cleanup);
  const stylish = runCli(['lint', '--locale', 'en'], root);
  for (const line of (stylish.stdout + stylish.stderr).split('\n')) assert.doesNotMatch(line, RAW_CONTROL, JSON.stringify(line));
  assert.ok(stylish.stdout.includes('\nevil\\e]0;owned\\u0007\\e[2J\\nname\\r.md\n'), stylish.stdout);
  assert.ok(stylish.stdout.includes('unknown key "\\e[31mred"'), stylish.stdout);
  const json = runCli(['lint', '--locale', 'en', '--format', 'json'], root);
  const paths = (JSON.parse(json.stdout) as { filePath: string }[]).map((r) => r.filePath);
  assert.deepEqual(paths, [join(root, 'cfg', '.nianbaorc.json'), join(root, 'cfg', 'a.txt'), join(root, ESC_NAME)]);
  for (const line of json.stderr.split('\n')) assert.doesNotMatch(line, RAW_CONTROL, JSON.stringify(line));
});
