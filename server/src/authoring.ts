// Writing comfort in the language server: Format Document (pipe tables aligned), completion of row
// labels and headings, the new-report skeleton and the Word → Markdown conversion requests.
// Registered by server.ts with one call; answers nothing for documents that are not reports.

import { readFileSync } from 'node:fs';
import {
  CompletionItemKind, TextEdit, type CompletionItem, type Connection, type DocumentFormattingParams, type TextDocumentPositionParams, type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completionsAt, looksLikeReport, renderReportSkeleton } from '../../core/src/index.js';
import { convertWordFile } from '../../word/src/convertWordFile.js';
import { DRAFT_LOCALE } from '../../word/src/convertWordDraft.js';
import { wordFileTemplate } from './readWordFile.js';
import { formatMessage } from '../../core/src/index.js';
import { formatTables } from './formatting.js';
import type { ErrorReporter } from './guard.js';
import type { ServerContext } from './serverContext.js';
import { uriToPath } from './uris.js';

/** Custom requests of the authoring features (the VS Code client's commands send them). */
const AuthoringRequests = {
  /** { body: string; year: number } → { text: string }: a new report draft. */
  newReport: 'nianbao/newReport',
  /** { uri: string } → ConvertWordAnswer: a Word report as a Markdown draft (nothing is written). */
  convertWord: 'nianbao/convertWord',
} as const;

interface NewReportParams {
  body: string;
  year: number;
}

type ConvertWordAnswer =
  | { ok: true; markdown: string; unplaced: { place: string; text: string }[] }
  | { ok: false; message: string };

/** Completion trigger characters: a pipe starts a table cell, # a heading. */
export const COMPLETION_TRIGGERS = ['|', '#'];

// The formatting edits for a report draft's pipe tables (none for other documents).
function formattingEdits(doc: TextDocument): TextEdit[] {
  const text = doc.getText();
  if (!looksLikeReport(text)) return [];
  const lines = text.split(/\r\n|\r|\n/);
  return formatTables(text).map((e) => TextEdit.replace({ start: { line: e.line, character: 0 }, end: { line: e.line, character: lines[e.line]!.length } }, e.text));
}

// The completion items at a position of a report draft.
function completionItems(doc: TextDocument, params: TextDocumentPositionParams, template: 'auto' | '2021' | '2019'): CompletionItem[] {
  const text = doc.getText();
  if (!looksLikeReport(text)) return [];
  const offset = doc.offsetAt(params.position);
  return completionsAt(text, offset, template).map((c) => ({
    label: c.label,
    kind: c.kind === 'row' ? CompletionItemKind.Field : CompletionItemKind.Module,
    detail: c.detail,
    filterText: c.filterText,
    sortText: c.sortText,
    textEdit: TextEdit.replace({ start: doc.positionAt(c.replace.start), end: doc.positionAt(c.replace.end) }, c.insertText),
  }));
}

// Registers formatting, completion and the two requests on the connection.
export function registerAuthoring(connection: Connection, documents: TextDocuments<TextDocument>, errors: ErrorReporter, context: () => ServerContext | undefined): void {
  connection.onDocumentFormatting(
    errors.guard('formatting', [], async (params: DocumentFormattingParams) => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? formattingEdits(doc) : [];
    }),
  );
  connection.onCompletion(
    errors.guard('completion', [], async (params: TextDocumentPositionParams) => {
      const doc = documents.get(params.textDocument.uri);
      const ctx = context();
      if (!doc || !ctx) return [];
      const setup = await ctx.setupFor(doc.uri);
      return completionItems(doc, params, setup.options.template ?? 'auto');
    }),
  );
  connection.onRequest(
    AuthoringRequests.newReport,
    errors.guard('newReport', { text: '' }, async (params: NewReportParams) => ({ text: renderReportSkeleton(String(params.body).trim(), Math.trunc(Number(params.year))) })),
  );
  connection.onRequest(
    AuthoringRequests.convertWord,
    errors.guard('convertWord', { ok: false, message: '' } as ConvertWordAnswer, async (params: { uri: string }): Promise<ConvertWordAnswer> => {
      const ctx = context();
      const path = uriToPath(params.uri);
      const locale = ctx ? await ctx.windowLocale() : 'zh-cn';
      if (!path) return { ok: false, message: formatMessage('word.problem.broken', { detail: params.uri }, locale) };
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (e) {
        return { ok: false, message: formatMessage('word.problem.broken', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, locale) };
      }
      // The text the Word file's draft document shows (readWordFile.ts): the same template, in the report's words.
      const converted = await convertWordFile(bytes, path, ctx ? await wordFileTemplate(ctx, path) : 'auto', DRAFT_LOCALE);
      if (!converted.ok) return { ok: false, message: formatMessage(`word.problem.${converted.problem}`, { detail: converted.detail ?? '' }, locale) };
      return { ok: true, markdown: converted.draft.markdown, unplaced: converted.draft.unplaced };
    }),
  );
}
