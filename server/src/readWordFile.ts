// Reading a Word file from disk for the workspace lint and the index, as the CLI reads it
// (word/src/readWordReport.ts): a .docx becomes the reader's draft; an old .doc/.wps found in a
// folder counts only when its text is a report's; an encrypted or damaged file is a problem to
// report. Here each outcome becomes the server's. Never throws.
// Its draft document (WORD_DRAFT_REQUEST) is the Markdown draft "Open as draft" would write, and
// its findings' ranges are mapped into that text (word/src/draftSpanMap.ts).

import { readFileSync } from 'node:fs';
import { WORD_DRAFT_REQUEST, wordFileUri } from '../../protocol/src/protocol.js';
import { digestReport, formatMessage, readReport, type DigestRange, type Locale, type ReportDigest, type TemplateChoice } from '../../core/src/index.js';
import type { Connection } from 'vscode-languageserver';
import { convertWordDraft, DRAFT_LOCALE, type ConvertedDraft } from '../../word/src/convertWordDraft.js';
import { readWordBytes } from '../../word/src/readWordBytes.js';
import { readWordReport } from '../../word/src/readWordReport.js';
import { buildWordDraft, type WordDraft } from '../../word/src/wordDraft.js';
import type { Outcome } from './documentOutcome.js';
import { containingFolder } from './fileSelection.js';
import type { ErrorReporter } from './guard.js';
import type { ServerContext } from './serverContext.js';
import { pathToUri, uriToPath } from './uris.js';

type WordRead = { draft: WordDraft } | { outcome: Outcome };

// Reads a Word file; `included` says a glob names it (checked even if it does not look like a report).
export async function readWordFile(path: string, limit: number, included: boolean): Promise<WordRead> {
  const read = await readWordReport(path, limit, included);
  switch (read.kind) {
    case 'draft':
      return { draft: read.draft };
    case 'notReport':
      return { outcome: { kind: 'ignored' } };
    // Gone since the event or the walk that named it: nothing to report (as readReportFile).
    case 'unreadable':
      return { outcome: read.code === 'ENOENT' ? { kind: 'ignored' } : { kind: 'unreadable', detail: read.code } };
    case 'fileTooLarge':
      return { outcome: { kind: 'tooLarge', size: read.size, limit: read.limit } };
    case 'draftTooLarge':
      return { outcome: { kind: 'tooLarge', size: Buffer.byteLength(read.draft.text, 'utf8'), limit } };
    case 'wordProblem':
      return { outcome: { kind: 'wordProblem', problem: read.problem, detail: read.detail } };
  }
}

/** The Markdown draft converted from a Word file's reader draft, as "Open as draft" writes it, with the map of its places. */
export function convertedDraft(draft: WordDraft, template: TemplateChoice): ConvertedDraft {
  return convertWordDraft(draft, template, DRAFT_LOCALE);
}

// The digest of a Word report for the index (`file`: its draft URI), its ranges (last year's 结转 cells,
// its section headings: where this year's findings point) in its converted draft.
export function wordDigest(draft: WordDraft, template: TemplateChoice, file: string): ReportDigest | undefined {
  const read = readReport(draft.text, template);
  const digest = digestReport(read, file);
  if (!digest) return undefined;
  const { map } = convertedDraft(draft, template);
  const shown = (r: DigestRange): DigestRange => map.range({ start: read.index.offsetAt(r.start), end: read.index.offsetAt(r.end) });
  return {
    ...digest,
    ...(digest.carryOver ? { carryOver: digest.carryOver.map((c) => ({ ...c, range: shown(c.range) })) } : {}),
    sections: digest.sections.map((s) => ({ ...s, heading: shown(s.heading) })),
  };
}

/** The template a Word file is linted with (its settings and config, as the workspace lint reads them). */
export async function wordFileTemplate(ctx: ServerContext, path: string): Promise<TemplateChoice> {
  const folder = containingFolder(path, ctx.folders);
  const { options } = await ctx.setupFor(pathToUri(path), folder ? pathToUri(folder) : undefined);
  return options.template ?? 'auto';
}

// The text of a Word file's draft document (WORD_DRAFT_REQUEST): its converted Markdown draft (where
// its findings' ranges are), or the one sentence saying why it cannot be read, so the Problems entry
// always opens something true. Nothing is written to disk.
async function draftText(uri: string, ctx: ServerContext | undefined): Promise<string> {
  const locale: Locale = ctx ? await ctx.windowLocale() : 'zh-cn';
  const path = uriToPath(wordFileUri(uri));
  if (!path) return formatMessage('server.unreadable', { detail: uri }, locale);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return formatMessage('server.unreadable', { detail: (e as NodeJS.ErrnoException).code ?? String(e) }, locale) + '\n';
  }
  const read = await readWordBytes(bytes, path);
  if (!read.ok) return formatMessage(`word.problem.${read.problem}`, { detail: read.detail ?? '' }, locale) + '\n';
  return convertedDraft(buildWordDraft(read.html), ctx ? await wordFileTemplate(ctx, path) : 'auto').markdown;
}

/** Answers WORD_DRAFT_REQUEST on the connection. */
export function registerWordDrafts(connection: Connection, errors: ErrorReporter, context: () => ServerContext | undefined): void {
  connection.onRequest(
    WORD_DRAFT_REQUEST,
    errors.guard('wordDraft', { text: '' }, async (params: { uri: string }) => ({ text: await draftText(params.uri, context()) })),
  );
}
