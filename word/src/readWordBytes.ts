// Reading a Word file's bytes (Node side, shared by the CLI and the language server): a .docx is
// turned into HTML by mammoth; an old .doc/.wps or a password-protected file is named, not guessed at.

import mammoth from 'mammoth';
import { looksLikeReport } from '../../core/src/index.js';

/** Why a Word file could not be read: old binary format, open password, or a damaged package. */
export type WordProblem = 'doc' | 'wps' | 'encrypted' | 'broken';

type WordBytesResult = { ok: true; html: string } | { ok: false; problem: WordProblem; detail?: string };

/** File names the Word reading handles (by extension; the bytes decide what they really are). */
export const WORD_EXTENSIONS = /\.(docx|doc|wps)$/i;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold `text` encoded as UTF-16LE (how .doc/.wps and OLE stream names store text). */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

// Says what kind of file the bytes are without reading it all: an OLE compound file is an old Word/WPS
// document, or an encrypted Office package when it holds an "EncryptedPackage" stream.
export function sniffWordBytes(bytes: Uint8Array, fileName: string): 'zip' | WordProblem {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (holdsUtf16(bytes, 'EncryptedPackage')) return 'encrypted';
    return /\.wps$/i.test(fileName) ? 'wps' : 'doc';
  }
  return startsWith(bytes, ZIP_SIGNATURE) ? 'zip' : 'broken';
}

// Whether an old binary .doc/.wps found in a folder is a report, by the core's test on its text
// (stored as UTF-16LE, at an even or odd byte). Such a file cannot be checked, but its owner should hear why.
export function oldWordLooksLikeReport(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return looksLikeReport(buffer.toString('utf16le')) || looksLikeReport(buffer.subarray(1).toString('utf16le'));
}

// Reads a Word file into HTML (headings, paragraphs, tables with rowspan/colspan); images are left out.
// Never throws: a file mammoth cannot open is a `broken` problem with mammoth's reason.
export async function readWordBytes(bytes: Uint8Array, fileName: string): Promise<WordBytesResult> {
  const kind = sniffWordBytes(bytes, fileName);
  if (kind === 'broken') return { ok: false, problem: kind, detail: 'not a zip package' };
  if (kind !== 'zip') return { ok: false, problem: kind };
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true, externalFileAccess: false },
    );
    return { ok: true, html: result.value };
  } catch (e) {
    return { ok: false, problem: 'broken', detail: e instanceof Error ? e.message : String(e) };
  }
}
