// Translates an outcome into LSP diagnostics: each core finding with its rule id as `code`, the rule's
// docs page as `codeDescription`, the summed cells as `relatedInformation`, and its fix in `data`;
// a skipped file gets one information diagnostic at the top saying why.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { docsUrl, formatMessage, type Finding, type LineIndex, type Locale, type Severity, type Span } from '../../core/src/index.js';
import { bundledDocsDir } from './bundledDocs.js';
import type { Outcome } from './documentOutcome.js';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../../protocol/src/protocol.js';

/**
 * How a Word file's findings are shown (workspaceLint.ts): each names its place in the Word document
 * (“表三第 5 行第 8 列（…）”) before the message, and its range is in the Markdown draft converted
 * from the file (word/src/draftSpanMap.ts), the text its draft document shows.
 */
export interface WordShown {
  place: (span: Span) => string;
  range: (span: Span) => Range;
}

interface DiagnosticContext {
  uri: string;
  locale: Locale;
  /** `nianbao.docsBaseUrl` ('' for the built-in links). */
  docsBaseUrl: string;
  /** Document version (null for files that are not open). */
  version: number | null;
  /** A Word file's findings: their place in the message, their range in its converted draft. */
  word?: WordShown;
}

/** A finding's or related place's message, with its Word place in front when there is one. */
export function placedMessage(message: string, span: Span, locale: Locale, word: WordShown | undefined): string {
  return word ? formatMessage('word.placed', { place: word.place(span), message }, locale) : message;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

// The documentation link of a rule: `nianbao.docsBaseUrl` when set; else the page bundled with the
// server as a file URL (offline machines and government intranets reach no website); else the web page.
export function ruleDocsUrl(ruleId: string, base: string): string {
  if (base) return `${base.endsWith('/') ? base : base + '/'}${ruleId}.md`;
  const local = bundledDocsDir();
  return local && existsSync(join(local, `${ruleId}.md`)) ? pathToFileURL(join(local, `${ruleId}.md`)).href : docsUrl(ruleId);
}

function rangeOf(index: LineIndex, span: Span, word: WordShown | undefined): Range {
  return word ? word.range(span) : { start: index.positionAt(span.start), end: index.positionAt(span.end) };
}

// One finding as a diagnostic (ranges from the lint's own line index: the same line breaks as LSP).
export function findingToDiagnostic(finding: Finding, index: LineIndex, ctx: DiagnosticContext): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, version: ctx.version };
  if (finding.fix) data.fix = finding.fix;
  const diagnostic: Diagnostic = {
    range: rangeOf(index, finding.span, ctx.word),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId, ctx.docsBaseUrl) },
    source: DIAGNOSTIC_SOURCE,
    message: placedMessage(formatMessage(finding.messageId, finding.args, ctx.locale), finding.span, ctx.locale, ctx.word),
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      // A place in another report (last year's) carries its own file and range.
      location: r.elsewhere
        ? { uri: r.elsewhere.file, range: { start: r.elsewhere.start, end: r.elsewhere.end } }
        : { uri: ctx.uri, range: rangeOf(index, r, ctx.word) },
      message: r.elsewhere ? formatMessage(r.messageId, r.args, ctx.locale) : placedMessage(formatMessage(r.messageId, r.args, ctx.locale), r, ctx.locale, ctx.word),
    }));
  }
  return diagnostic;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

function notice(messageId: string, args: Record<string, string | number>, ctx: DiagnosticContext, severity: DiagnosticSeverity = DiagnosticSeverity.Information): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: DIAGNOSTIC_SOURCE,
    message: formatMessage(messageId, args, ctx.locale),
  };
}

/** The most findings of one document published as diagnostics. */
const MAX_DIAGNOSTICS = 1000;

// All diagnostics for an outcome: the findings (at most MAX_DIAGNOSTICS, then a note), one notice
// for a skipped file, none when ignored.
export function outcomeDiagnostics(outcome: Outcome, ctx: DiagnosticContext): Diagnostic[] {
  switch (outcome.kind) {
    case 'ignored':
      return [];
    case 'linted': {
      const { findings, index } = outcome.result;
      if (findings.length <= MAX_DIAGNOSTICS) return findings.map((f) => findingToDiagnostic(f, index, ctx));
      // Garbage or a table in a shape of its own can give thousands: the first ones by position,
      // and a note of how many there are (the editor slows down under tens of thousands).
      const first = [...findings].sort((a, b) => a.span.start - b.span.start).slice(0, MAX_DIAGNOSTICS);
      return [notice('server.tooManyProblems', { count: findings.length, shown: MAX_DIAGNOSTICS }, ctx), ...first.map((f) => findingToDiagnostic(f, index, ctx))];
    }
    case 'tooLarge':
      return [notice('server.tooLarge', { size: megabytes(outcome.size), limit: megabytes(outcome.limit) }, ctx)];
    case 'binary':
      return [notice('server.binary', { detail: outcome.detail }, ctx)];
    case 'undecodable':
      return [notice('server.undecodable', { detail: outcome.detail }, ctx)];
    case 'unreadable':
      return [notice('server.unreadable', { detail: outcome.detail }, ctx)];
    case 'timedOut':
      return [notice('server.timedOut', { seconds: outcome.seconds }, ctx)];
    case 'lintFailed':
      return [notice('server.lintFailed', { detail: outcome.detail }, ctx)];
    case 'wordProblem':
      // A warning, as the CLI gives for a Word file found in a folder: the report is there but unchecked.
      return [notice(`word.problem.${outcome.problem}`, { detail: outcome.detail }, ctx, DiagnosticSeverity.Warning)];
  }
}
