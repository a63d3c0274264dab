// Nothing skipped in silence (issue 11 §4): in a folder, a report with a NUL byte is listed as not
// checked with its reason in every output format; UTF-16 without a BOM is recognised by its bytes,
// decoded and checked; a run that checked nothing because files were skipped is not a clean exit 0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { decodeBytes, encodeText } from '../../node/src/decodeText.js';
import { ensureBuilt, LIJUN_2020, JIATANG_2024, NOT_A_REPORT, runCli, runJson, tempTree } from './cliRunner.js';

const WITH_NUL = LIJUN_2020.slice(0, 500) + '\0' + LIJUN_2020.slice(500);
const NUL_OFFSET = Buffer.byteLength(LIJUN_2020.slice(0, 500));
const LE = Buffer.from(JIATANG_2024, 'utf16le');
const BE = Buffer.from(LE).swap16();
const PNG = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);

test('UTF-16 LE and BE without a BOM decode by their byte pattern, and encode back without one', () => {
  assert.deepEqual(decodeBytes(LE), { text: JIATANG_2024, encoding: 'utf-16le-nobom' });
  assert.deepEqual(decodeBytes(BE), { text: JIATANG_2024, encoding: 'utf-16be-nobom' });
  // Mostly Chinese with many 一 (U+4E00: a zero low byte, in the place ASCII has its zero in BE) still reads as LE.
  const cjk = '一、总体情况\n一是一以贯之，一一落实；二是统一口径。\n';
  assert.deepEqual(decodeBytes(Buffer.from(cjk, 'utf16le')), { text: cjk, encoding: 'utf-16le-nobom' });
  for (const encoding of ['utf-16le-nobom', 'utf-16be-nobom'] as const) {
    const bytes = encodeText(JIATANG_2024, encoding);
    assert.ok(bytes instanceof Uint8Array);
    assert.deepEqual(Buffer.from(bytes), encoding === 'utf-16le-nobom' ? LE : BE);
  }
});

test('binary stays binary: PNG, zero-padded bytes that do not read as text, NUL code units, odd lengths', () => {
  const binary = (bytes: Uint8Array) => {
    const r = decodeBytes(bytes);
    return 'error' in r ? r.error : r.encoding;
  };
  assert.equal(binary(PNG), 'binary');
  // Bytes 0x00–0xFF, each followed by a zero: UTF-16 LE of every Latin-1 unit, a third of them controls.
  assert.equal(binary(Uint8Array.from({ length: 512 }, (_, i) => (i % 2 === 0 ? (i / 2) % 256 : 0))), 'binary');
  // A pseudo-random high byte over zero low bytes: units all over the code space.
  let x = 12345;
  const noisy = Uint8Array.from({ length: 4096 }, (_, i) => (i % 2 === 0 ? 0 : ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24)));
  assert.equal(binary(noisy), 'binary');
  assert.equal(binary(Buffer.concat([LE, Buffer.from([0, 0])])), 'binary', 'a NUL character');
  assert.equal(binary(LE.subarray(0, LE.length - 1)), 'binary', 'odd length');
});

test('CLI: the NUL report is listed with its reason in stylish, JSON and SARIF; UTF-16 without BOM is checked', (t) => {
  ensureBuilt();
  const { root, cleanup } = tempTree({ 'nul.txt': WITH_NUL, 'u16le.txt': LE, 'u16be.md': BE, 'utf8.txt': JIATANG_2024, 'notes.md': NOT_A_REPORT, 'picture.txt': PNG });
  t.after(cleanup);
  const reason = `looks like a report but holds binary content (NUL byte at offset ${NUL_OFFSET}); not checked: remove that character and save as UTF-8`;
  const json = runJson(['lint', '--locale', 'en'], root);
  const byName = new Map(json.json.map((r) => [r.filePath.slice(root.length + 1), r]));
  assert.deepEqual([...byName.keys()], ['nul.txt', 'u16be.md', 'u16le.txt', 'utf8.txt']);
  assert.deepEqual(byName.get('nul.txt')!.messages, [{ ruleId: null, severity: 1, message: reason, line: 1, column: 1, endLine: 1, endColumn: 1 }]);
  assert.ok(byName.get('utf8.txt')!.messages.length > 0);
  assert.deepEqual(byName.get('u16le.txt')!.messages, byName.get('utf8.txt')!.messages);
  assert.deepEqual(byName.get('u16be.md')!.messages, byName.get('utf8.txt')!.messages);

  const stylish = runCli(['lint', '--locale', 'en'], root);
  assert.ok(stylish.stdout.includes(`\nnul.txt\n  1:1  warning  ${reason}\n`), stylish.stdout);
  assert.match(stylish.stdout, /\nnot checked, though they look like reports: 1 file \(reasons above\)\n/);

  const sarif = JSON.parse(runCli(['lint', '--locale', 'en', '--format', 'sarif'], root).stdout) as {
    runs: { invocations: { toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[];
  };
  assert.deepEqual(
    sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => [n.level, n.message.text, n.locations[0]!.physicalLocation.artifactLocation.uri]),
    [['warning', reason, 'nul.txt']],
  );
});

test('CLI: a folder whose only report was skipped does not end "no reports found" with exit 0', (t) => {
  ensureBuilt();
  const { root, cleanup } = tempTree({ 'nul.txt': WITH_NUL, 'notes.md': NOT_A_REPORT });
  t.after(cleanup);
  for (const format of ['stylish', 'json', 'sarif']) {
    const r = runCli(['lint', '--locale', 'en', '--format', format], root);
    assert.equal(r.code, 2, format);
    assert.equal(r.stderr, 'no report was checked: 1 file skipped (reasons in the output).\n', format);
    assert.ok(r.stdout.includes('NUL byte at offset'), format);
  }
  // Without the NUL report it is the plain "none found" (nothing looked like a report).
  const { root: empty, cleanup: cleanEmpty } = tempTree({ 'notes.md': NOT_A_REPORT });
  t.after(cleanEmpty);
  const none = runCli(['lint', '--locale', 'en'], empty);
  assert.equal(none.code, 0);
  assert.match(none.stderr, /no \.md, \.txt or \.docx files that look like annual reports were found/);
  assert.equal(join(empty, 'x').length > 0, true);
});
