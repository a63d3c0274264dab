// Reading a report file from disk for the workspace lint: node/src's readFileBytes (size limit first;
// only the head of a huge file, to tell whether it is a report at all), then decoding (UTF-8, UTF-16,
// GBK). Never throws: unreadable, binary and undecodable files come back as outcomes to report; a
// file that no longer exists is ignored (its results are cleared).

import { looksLikeReport } from '../../core/src/index.js';
import { decodeBytes } from '../../node/src/decodeText.js';
import { readFileBytes } from '../../node/src/readFileBytes.js';
import type { Outcome } from './documentOutcome.js';

type FileRead = { text: string } | { outcome: Outcome };

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
  const read = readFileBytes(path, limit, { head: true });
  // Gone since the event or the walk that named it (its folder deleted, say): nothing to report.
  if (read.kind === 'unreadable') return { outcome: read.detail === 'ENOENT' ? { kind: 'ignored' } : { kind: 'unreadable', detail: read.detail } };
  if (read.kind === 'tooLarge') {
    const head = decodeHead(read.head ?? new Uint8Array());
    if ('error' in head) return { outcome: head.error === 'binary' ? { kind: 'binary', detail: head.detail } : { kind: 'ignored' } };
    return { outcome: included || looksLikeReport(head.text) ? { kind: 'tooLarge', size: read.size, limit } : { kind: 'ignored' } };
  }
  const decoded = decodeBytes(read.bytes);
  if ('error' in decoded) {
    return { outcome: decoded.error === 'binary' ? { kind: 'binary', detail: decoded.detail } : { kind: 'undecodable', detail: decoded.detail } };
  }
  return { text: decoded.text };
}
