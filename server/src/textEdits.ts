// Building the edits code actions return: core offset edits as LSP TextEdits inside one versioned
// WorkspaceEdit, and the smallest single replacement that turns one text into another.

import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { Edit, LineIndex } from '../../core/src/index.js';

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// The one edit that replaces only the region where `before` and `after` differ, never splitting a
// surrogate pair or a CRLF (positions inside those are not valid LSP positions).
export function minimalReplace(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && (isHighSurrogate(before.charCodeAt(prefix - 1)) || (before[prefix - 1] === '\r' && (before[prefix] === '\n' || after[prefix] === '\n')))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const cut = before.length - suffix;
  if (suffix > 0 && (isHighSurrogate(before.charCodeAt(cut - 1)) || isHighSurrogate(after.charCodeAt(after.length - suffix - 1)))) suffix--;
  if (suffix > 0 && before[before.length - suffix] === '\n' && (before[before.length - suffix - 1] === '\r' || after[after.length - suffix - 1] === '\r')) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** Core offset edits as LSP text edits for the text `index` was built on. */
export function toTextEdits(edits: readonly Edit[], index: LineIndex): TextEdit[] {
  return edits.map((e) => ({ range: { start: index.positionAt(e.start), end: index.positionAt(e.end) }, newText: e.text }));
}

// A WorkspaceEdit for one document: versioned `documentChanges` when the client supports them (so a
// stale edit is refused), plain `changes` otherwise.
export function documentEdit(uri: string, version: number, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
}
