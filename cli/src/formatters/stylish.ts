// The default human-readable output, modelled on ESLint's "stylish": a block per file, then a summary.
// Columns are aligned by display width so Chinese messages line up; colour only when asked for.

import { relative, sep } from 'node:path';
import type { Locale, Severity } from '../../../core/src/index.js';
import type { FileResult } from '../../../node/src/results.js';
import type { StaleReport } from '../suppressionsRun.js';
import { formatMessage } from '../../../core/src/index.js';
import { padTo, displayWidth } from '../../../core/src/index.js';
import { terminalText } from '../terminalText.js';

interface StylishOptions {
  cwd: string;
  locale: Locale;
  color: boolean;
  /** Reports named in a suppressions file that are no longer on disk. */
  staleReports?: readonly StaleReport[];
}

/** The widest message (in terminal columns) that the rule id column is aligned after. */
export const MESSAGE_COLUMN = 72;

const ANSI = {
  underline: '\x1b[4m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  red: '\x1b[31m',
  yellow: '\x1b[33m',
  cyan: '\x1b[36m',
  green: '\x1b[32m',
  reset: '\x1b[0m',
} as const;

// Renders results as stylish text; returns '' when there is nothing to say (like ESLint).
export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const { locale } = options;
  const paint = (code: string, text: string) => (options.color ? code + text + ANSI.reset : text);
  const severityColor: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };
  let out = '';
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    infos += result.infoCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    // As in ESLint: line numbers right-aligned, columns left-aligned, joined by ":".
    const lineWidth = Math.max(...result.messages.map((m) => String(m.line).length));
    const colWidth = Math.max(...result.messages.map((m) => String(m.column).length));
    // A finding in a Word file shows its place (第 3 段…, 表三第 5 行第 8 列…) where others show line:column.
    const rows = result.messages.map((m) => ({
      pos: m.word ? terminalText(m.word.place) : `${String(m.line).padStart(lineWidth)}:${String(m.column).padEnd(colWidth)}`,
      label: formatMessage(`cli.severity.${m.severity}`, {}, locale),
      // Messages quote cell text and file names: control characters come out escaped (terminalText).
      message: terminalText((m.word?.message ?? m.message).replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space)).replace(/([^ ])\.$/, '$1')),
      ruleId: terminalText(m.ruleId ?? ''),
      severity: m.severity,
    }));
    const posWidth = Math.max(...rows.map((r) => displayWidth(r.pos)));
    const labelWidth = Math.max(...rows.map((r) => displayWidth(r.label)));
    // Rule ids line up after the messages that fit in MESSAGE_COLUMN; a longer message is followed
    // by its rule id directly, so one long message does not push every line of the file wide.
    const messageWidth = Math.max(0, ...rows.map((r) => displayWidth(r.message)).filter((w) => w <= MESSAGE_COLUMN));
    out += `\n${paint(ANSI.underline, displayPath(result.filePath, options.cwd))}\n`;
    for (const row of rows) {
      const cells = [
        paint(ANSI.dim, padTo(row.pos, posWidth)),
        paint(severityColor[row.severity], padTo(row.label, labelWidth)),
        row.ruleId ? padTo(row.message, messageWidth) : row.message,
      ];
      if (row.ruleId) cells.push(paint(ANSI.dim, row.ruleId));
      out += `  ${cells.join('  ')}`.trimEnd() + '\n';
    }
  }
  const total = errors + warnings + infos;
  if (total > 0) {
    const color = errors > 0 ? ANSI.red : ANSI.yellow;
    out += '\n' + paint(ANSI.bold + color, summaryLine(total, errors, warnings, infos, locale)) + '\n';
    if (fixableErrors + fixableWarnings > 0) {
      out += paint(ANSI.bold + color, fixableLine(fixableErrors, fixableWarnings, locale)) + '\n';
    }
  }
  const skippedFiles = results.filter((r) => r.skipped).length;
  if (skippedFiles > 0) {
    out += paint(ANSI.yellow, formatMessage('cli.skippedSummary', { files: count('file', skippedFiles, locale) }, locale)) + '\n';
  }
  const fixedFiles = results.filter((r) => r.fixed).length;
  if (fixedFiles > 0) {
    const note = formatMessage('cli.fixed', { files: count('file', fixedFiles, locale) }, locale);
    out += (total > 0 ? '' : '\n') + paint(ANSI.green, note) + '\n';
  }
  // Ignored findings are counted, never silently lost; entries that ignore nothing are listed.
  const suppressed = results.reduce((n, r) => n + (r.suppressedMessages?.length ?? 0), 0);
  if (suppressed > 0) {
    const ignoredIn = results.filter((r) => r.suppressedMessages?.length).length;
    out += (out ? '' : '\n') + paint(ANSI.dim, formatMessage('cli.suppressedSummary', { problems: count('problem', suppressed, locale), files: count('file', ignoredIn, locale) }, locale)) + '\n';
  }
  const stale: string[] = [];
  for (const r of results) {
    for (const u of r.unusedSuppressions ?? []) {
      stale.push(`  ${displayPath(r.filePath, options.cwd)}  ${u.rule}  ${formatMessage('cli.staleEntry', { count: u.unmatched, message: u.message ?? u.fingerprint }, locale)}`);
    }
  }
  for (const s of options.staleReports ?? []) {
    stale.push(`  ${displayPath(s.suppressionsPath, options.cwd)}  ${formatMessage('cli.staleReport', { report: s.key, count: s.count }, locale)}`);
  }
  if (stale.length > 0) {
    out += (out ? '' : '\n') + paint(ANSI.yellow, formatMessage('cli.staleSuppressions', { count: stale.length }, locale)) + '\n' + stale.join('\n') + '\n';
  }
  return out;
}

// The path shown for a file: relative to the working folder when inside it, with the OS's separators,
// and control characters of the name escaped (a file may be named "\x1b]0;owned\x07.md" or hold a newline).
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return terminalText(rel && !rel.startsWith('..' + sep) && rel !== '..' ? rel : filePath);
}

function summaryLine(total: number, errors: number, warnings: number, infos: number, locale: Locale): string {
  const counts = [count('error', errors, locale), count('warning', warnings, locale)];
  if (infos > 0) counts.push(count('info', infos, locale));
  const separator = formatMessage('cli.listSeparator', {}, locale);
  return formatMessage('cli.summary', { problems: count('problem', total, locale), counts: counts.join(separator) }, locale);
}

function fixableLine(errors: number, warnings: number, locale: Locale): string {
  return `  ${formatMessage('cli.fixable', { errors: count('error', errors, locale), warnings: count('warning', warnings, locale) }, locale)}`;
}

/** "3 个错误", "1 error", "2 errors": the bundle's cli.count.<noun>.one or .other. */
function count(noun: 'problem' | 'error' | 'warning' | 'info' | 'file', n: number, locale: Locale): string {
  return formatMessage(`cli.count.${noun}.${n === 1 ? 'one' : 'other'}`, { n }, locale);
}
