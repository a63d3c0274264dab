// "Ignore this problem in the workspace": the edit that adds a finding to the report's suppressions
// file (.nianbao-suppressions.json) — an edit of that file, never of the draft. The file is created
// when there is none (which needs the client's documentChanges); a broken file is left alone.

import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { emptySuppressions, LineIndex, serializeSuppressions, withSuppressed, type Finding, type Locale } from '../../core/src/index.js';
import type { LoadedSuppressions } from '../../node/src/suppressionsFile.js';
import { pathToUri } from './uris.js';

/** The report's suppressions file as the code actions see it. */
export interface SuppressionTarget {
  loaded: LoadedSuppressions;
  /** How the file names this report. */
  key: string;
  /** Every finding of the text, the ignored ones included (an entry counts all findings alike). */
  all: readonly Finding[];
}

/** The edit that ignores `finding`, or undefined when it cannot be written (broken file; no file and no documentChanges). */
export function suppressEdit(target: SuppressionTarget, finding: Finding, text: string, locale: Locale, documentChanges: boolean): WorkspaceEdit | undefined {
  const { loaded } = target;
  if (loaded.problem !== undefined) return undefined;
  const next = serializeSuppressions(withSuppressed(loaded.file ?? emptySuppressions(), target.key, finding, target.all, text, locale));
  const uri = pathToUri(loaded.path);
  if (loaded.missing) {
    if (!documentChanges) return undefined;
    const insert: TextEdit = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: next };
    return { documentChanges: [{ kind: 'create', uri, options: { ignoreIfExists: true } }, { textDocument: { uri, version: null }, edits: [insert] }] };
  }
  const old = loaded.text;
  const whole: TextEdit = { range: { start: { line: 0, character: 0 }, end: new LineIndex(old).positionAt(old.length) }, newText: next };
  return documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits: [whole] }] } : { changes: { [uri]: [whole] } };
}
