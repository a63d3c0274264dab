// Tests for decoding report files: BOMs, UTF-16, GBK, binary detection, and encoding back for --fix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, encodeText, gbkSupported } from '../../node/src/decodeText.js';

const SAMPLE = '海原县李俊乡人民政府2020年政府信息公开工作年度报告\r\n一、总体情况（单位：件）\n';
// "年报" in GBK: 年 = C4 EA, 报 = B1 A8.
const GBK_NIANBAO = Uint8Array.of(0xc4, 0xea, 0xb1, 0xa8);

function text(buf: Uint8Array) {
  const r = decodeBytes(buf);
  if ('error' in r) assert.fail(`expected text, got ${r.error}: ${r.detail}`);
  return r;
}

test('this Node build has a strict GBK decoder', () => {
  assert.equal(gbkSupported(), true);
});

test('plain UTF-8 decodes as is', () => {
  const r = text(Buffer.from(SAMPLE, 'utf8'));
  assert.equal(r.text, SAMPLE);
  assert.equal(r.encoding, 'utf-8');
});

test('a UTF-8 BOM is stripped and remembered', () => {
  const r = text(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
  assert.equal(r.text, SAMPLE);
  assert.equal(r.encoding, 'utf-8-bom');
});

test('UTF-16 LE and BE with BOM decode', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
  assert.deepEqual(text(le), { text: SAMPLE, encoding: 'utf-16le' });
  const be = Buffer.from(le.subarray(2)).swap16();
  assert.deepEqual(text(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: SAMPLE, encoding: 'utf-16be' });
});

test('GBK text that is not valid UTF-8 decodes as GBK', () => {
  assert.deepEqual(text(GBK_NIANBAO), { text: '年报', encoding: 'gbk' });
  const gbk = encodeText(SAMPLE, 'gbk');
  assert.ok(gbk instanceof Uint8Array);
  assert.deepEqual(text(gbk), { text: SAMPLE, encoding: 'gbk' });
});

test('an empty file is empty text', () => {
  assert.deepEqual(text(new Uint8Array()), { text: '', encoding: 'utf-8' });
});

test('NUL bytes or many control bytes mean binary, reported not decoded', () => {
  const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52);
  const r = decodeBytes(png);
  assert.ok('error' in r && r.error === 'binary');
  const controls = Uint8Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
  const r2 = decodeBytes(controls);
  assert.ok('error' in r2 && r2.error === 'binary', 'a third of the bytes are control bytes');
});

test('bytes that are neither UTF-8 nor GBK are undecodable, with a byte offset', () => {
  const r = decodeBytes(Uint8Array.of(0x41, 0x42, 0xff, 0xff, 0xff));
  assert.ok('error' in r);
  assert.equal(r.error, 'undecodable');
  assert.match(r.detail, /byte 2/);
});

test('encodeText round-trips every encoding decodeBytes reports', () => {
  for (const encoding of ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gbk'] as const) {
    const bytes = encodeText(SAMPLE, encoding);
    assert.ok(bytes instanceof Uint8Array, encoding);
    assert.deepEqual(decodeBytes(bytes), { text: SAMPLE, encoding }, encoding);
  }
});

test('encoding to GBK refuses characters GBK lacks instead of corrupting them', () => {
  const r = encodeText('年报 😀', 'gbk');
  assert.ok(!(r instanceof Uint8Array));
  assert.match(r.error, /GBK/);
});
