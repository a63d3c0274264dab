// What test/cli/decodeText.test.ts does not cover already: a PDF renamed to .txt is refused, not
// decoded; and on any bytes at all decodeBytes never throws, and text it decodes survives the
// encode-back that --fix does (or encoding refuses), so a fix can never corrupt a file's bytes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { decodeBytes, encodeText } from '../../node/src/decodeText.js';

const SEED = 20251122;

test('a PDF renamed to .txt is reported as binary or undecodable, never decoded as text', () => {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Filter /FlateDecode /Length 999 >>\nstream\n', 'latin1');
  const stream = deflateSync(Buffer.from('某乡人民政府2025年政府信息公开工作年度报告 '.repeat(400)));
  const pdf = Buffer.concat([head, stream, Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1')]);
  const r = decodeBytes(pdf);
  assert.ok('error' in r, `decoded a PDF as ${'encoding' in r ? r.encoding : ''}`);
  // Even with a long text preamble (more than the 64 KB that are sniffed), the binary part is refused.
  const late = decodeBytes(Buffer.concat([head, Buffer.from('% comment line\n'.repeat(6000)), stream]));
  assert.ok('error' in late);
});

const bom = fc.constantFrom(Uint8Array.of(), Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xfe, 0xff));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 100 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  fc.string({ unit: 'binary', maxLength: 100 }).map((s) => new Uint8Array(Buffer.from(s, 'utf16le'))),
  fc.array(fc.constantFrom(0xc4, 0xea, 0xb1, 0xa8, 0x41, 0x0a, 0x80, 0x81, 0x30, 0xfe, 0x39), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
);

test('decodeBytes never throws on any bytes, and what it decodes encodes back to the same text', () => {
  fc.assert(fc.property(bom, bytes, (prefix, body) => {
    const buf = new Uint8Array([...prefix, ...body]);
    const r = decodeBytes(buf);
    if ('error' in r) {
      assert.ok(r.error === 'binary' || r.error === 'undecodable');
      assert.equal(typeof r.detail, 'string');
      return;
    }
    const back = encodeText(r.text, r.encoding);
    if (!(back instanceof Uint8Array)) return; // encoding refuses (a character GBK lacks): the file is left alone
    assert.deepEqual(decodeBytes(back), { text: r.text, encoding: r.encoding });
  }), { seed: SEED, numRuns: 2000 });
});

test('UTF-8 is decoded exactly as a strict TextDecoder decodes it, and refused where it refuses', () => {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const utf8ish = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
    fc.tuple(fc.string({ unit: 'binary', maxLength: 100 }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, byte]) => {
      const b = new Uint8Array(Buffer.from(s, 'utf8'));
      if (b.length > 0) b[at % b.length] = byte;
      return b;
    }),
  );
  fc.assert(
    fc.property(utf8ish, (b) => {
      if (b[0] === 0xef || b[0] === 0xff || b[0] === 0xfe) return; // a BOM or its first byte: another path
      let expected: string | null;
      try {
        expected = strict.decode(b);
      } catch {
        expected = null;
      }
      const r = decodeBytes(b);
      if (expected !== null && 'text' in r && r.encoding === 'utf-8') assert.equal(r.text, expected);
      if ('text' in r && r.encoding === 'utf-8') assert.notEqual(expected, null, 'decoded bytes the strict decoder refuses');
      // Valid UTF-8 with NUL bytes may be UTF-16 without a BOM (its ASCII is): refused, or read as that
      // and then exactly what encodes back to these bytes, and only when there is evidence (16 bytes, 4 zeros).
      const utf16 = 'text' in r && (r.encoding === 'utf-16le-nobom' || r.encoding === 'utf-16be-nobom');
      if (utf16) {
        assert.ok(b.includes(0), 'read as UTF-16 without a zero byte');
        assert.ok(b.length >= 16 && b.filter((x) => x === 0).length >= 4, 'read as UTF-16 on too little evidence');
        assert.deepEqual(Buffer.from(encodeText(r.text, r.encoding) as Uint8Array), Buffer.from(b));
      }
      if (expected !== null && !('text' in r && r.encoding === 'utf-8') && !utf16) assert.ok('error' in r, 'valid UTF-8 decoded as something else');
    }),
    { seed: SEED, numRuns: 20_000 },
  );
});
