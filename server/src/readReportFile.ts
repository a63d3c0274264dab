// Reading a report file from disk for the workspace lint: size limit first (only the head of a huge
// file is read, to tell whether it is a report at all), then decoding (UTF-8, UTF-16 with BOM, GBK).
// Never throws: unreadable, binary and undecodable files come back as outcomes to report.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { looksLikeReport } from '../../core/src/index.js';
import { decodeBytes } from '../../core/src/decodeText.js';
import type { Outcome } from './documentOutcome.js';

type FileRead = { text: string } | { outcome: Outcome };

const HEAD_BYTES = 64 * 1024;

function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Decodes the head of a file, which may end inside a multi-byte character. */
function decodeHead(bytes: Uint8Array): ReturnType<typeof decodeBytes> {
  let result = decodeBytes(bytes);
  for (let cut = 1; cut <= 3 && 'error' in result && result.error === 'undecodable'; cut++) {
    result = decodeBytes(bytes.subarray(0, Math.max(0, bytes.length - cut)));
  }
  return result;
}

// Reads and decodes a file; `included` says a glob names it (so a too-large file is reported even if
// its head does not look like a report).
export function readReportFile(path: string, limit: number, included: boolean): FileRead {
  try {
    const size = statSync(path).size;
    if (size > limit) {
      const head = decodeHead(readHead(path));
      if ('error' in head) return { outcome: head.error === 'binary' ? { kind: 'binary', detail: head.detail } : { kind: 'ignored' } };
      return { outcome: included || looksLikeReport(head.text) ? { kind: 'tooLarge', size, limit } : { kind: 'ignored' } };
    }
    const decoded = decodeBytes(readFileSync(path));
    if ('error' in decoded) {
      return { outcome: decoded.error === 'binary' ? { kind: 'binary', detail: decoded.detail } : { kind: 'undecodable', detail: decoded.detail } };
    }
    return { text: decoded.text };
  } catch (e) {
    return { outcome: { kind: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) } };
  }
}
