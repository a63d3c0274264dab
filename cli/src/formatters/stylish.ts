// The default human-readable output, modelled on ESLint's "stylish": a block per file, then a summary.
// Columns are aligned by display width so Chinese messages line up; colour only when asked for.

import { relative, sep } from 'node:path';
import type { Locale, Severity } from '../../../core/src/types.js';
import type { FileResult } from '../results.js';
import { padTo, displayWidth } from './displayWidth.js';

export interface StylishOptions {
  cwd: string;
  locale: Locale;
  color: boolean;
}

const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  'zh-cn': { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

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
    const rows = result.messages.map((m) => ({
      pos: `${String(m.line).padStart(lineWidth)}:${String(m.column).padEnd(colWidth)}`,
      label: SEVERITY_LABEL[locale][m.severity],
      message: m.message.replace(/\s*\r?\n\s*/g, ' ').replace(/([^ ])\.$/, '$1'),
      ruleId: m.ruleId ?? '',
      severity: m.severity,
    }));
    const labelWidth = Math.max(...rows.map((r) => displayWidth(r.label)));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.message)));
    out += `\n${paint(ANSI.underline, displayPath(result.filePath, options.cwd))}\n`;
    for (const row of rows) {
      const cells = [
        paint(ANSI.dim, row.pos),
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
  const fixedFiles = results.filter((r) => r.fixed).length;
  if (fixedFiles > 0) {
    const note = locale === 'en' ? `✔ fixed and rewrote ${plural(fixedFiles, 'file')}` : `✔ 已修复并写回 ${fixedFiles} 个文件`;
    out += (total > 0 ? '' : '\n') + paint(ANSI.green, note) + '\n';
  }
  return out;
}

// The path shown for a file: relative to the working folder when inside it, with the OS's separators.
export function displayPath(filePath: string, cwd: string): string {
  const rel = relative(cwd, filePath);
  return rel && !rel.startsWith('..' + sep) && rel !== '..' ? rel : filePath;
}

function summaryLine(total: number, errors: number, warnings: number, infos: number, locale: Locale): string {
  if (locale === 'en') {
    const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
    if (infos > 0) parts.push(plural(infos, 'info'));
    return `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
  }
  const parts = [`${errors} 个错误`, `${warnings} 个警告`];
  if (infos > 0) parts.push(`${infos} 个提示`);
  return `✖ 共 ${total} 个问题（${parts.join('，')}）`;
}

function fixableLine(errors: number, warnings: number, locale: Locale): string {
  if (locale === 'en') {
    return `  ${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option.`;
  }
  return `  其中 ${errors} 个错误和 ${warnings} 个警告可用 --fix 选项自动修复。`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}
