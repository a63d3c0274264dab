// Reading a report file's bytes, for the CLI and the language server alike: the size limit first (a
// file over it is not read whole; its head is, on request, to tell whether it is a report at all),
// and a file that cannot be read is its error code, never an exception. Decoding is decodeText.ts's.

import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';

/** What reading a file gave: its bytes, or that it is too large (with its head when asked), or why it could not be read. */
type FileBytes =
  | { kind: 'read'; bytes: Uint8Array; size: number }
  | { kind: 'tooLarge'; size: number; head?: Uint8Array }
  | { kind: 'unreadable'; detail: string };

/** How much of a file over the limit is read to tell what it is. */
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

/** Reads a file of at most `limit` bytes; over it, only its head when `head` is asked for. */
export function readFileBytes(path: string, limit: number, options: { head?: boolean } = {}): FileBytes {
  try {
    const size = statSync(path).size;
    if (size > limit) return options.head ? { kind: 'tooLarge', size, head: readHead(path) } : { kind: 'tooLarge', size };
    return { kind: 'read', bytes: readFileSync(path), size };
  } catch (e) {
    return { kind: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}
