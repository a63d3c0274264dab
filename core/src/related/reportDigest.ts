// What another report contributes to the cross-report rules (carry-over, repeated text): a small,
// plain-data digest made once when that report is read. The CLI makes one per file it was given,
// the language server keeps one per workspace file in its index; the core never reads files.

import type { LintResult } from '../lint.js';
import { failingTargets } from '../rules/checkSums.js';
import { LintFacts } from '../rules/lintFacts.js';
import { cellAt, tableSpec, usableRows } from '../rules/tableTerms.js';
import type { Position } from '../types.js';
import { bodyOfReport } from './bodyName.js';
import { sectionTexts, type DigestSection } from './sectionText.js';

/** A line/column range in the digested file (0-based, UTF-16), for related locations there. */
export interface DigestRange {
  start: Position;
  end: Position;
}

/** One cell of last year's 四、结转下年度继续办理 row. */
export interface DigestCell {
  column: string;
  /** The number it holds, or null (blank, placeholder, text). */
  value: number | null;
  /** The cell as written. */
  text: string;
  range: DigestRange;
  /** No sum of table 三 fails in this column of that report (its value can be trusted by a fix). */
  sumsHold: boolean;
}

export interface ReportDigest {
  /** How the face names the file (a path in the CLI, a URI in the server). */
  file: string;
  /** The body's normalised name (bodyName.ts). */
  body: string;
  /** The report's year, from its title. */
  year: number;
  templateId: string;
  /** Table 三's 四、结转下年度继续办理, column by column, when the row has all its values. */
  carryOver?: DigestCell[];
  /** Sections 一 and 五 as compared by repeated-text. */
  sections: DigestSection[];
}

/** The reports a lint may compare with, by year (an index answers without reading files again). */
export interface RelatedReports {
  ofYear(year: number): readonly ReportDigest[];
}

/** A plain list of digests as RelatedReports (the CLI's "files given"; also easy in tests). */
export function relatedList(digests: readonly ReportDigest[]): RelatedReports {
  const byYear = new Map<number, ReportDigest[]>();
  for (const d of digests) {
    const list = byYear.get(d.year);
    if (list) list.push(d);
    else byYear.set(d.year, [d]);
  }
  return { ofYear: (year) => byYear.get(year) ?? [] };
}

/**
 * The digest of a linted report, or undefined when its title names no body and year (then no other
 * report can be matched with it). `file` is how the caller names the file.
 */
export function digestReport(result: Pick<LintResult, 'report' | 'template' | 'index'> & { facts?: LintFacts }, file: string): ReportDigest | undefined {
  const { report, template, index } = result;
  const body = bodyOfReport(report);
  if (!body || !report.year) return undefined;
  const range = (start: number, end: number): DigestRange => ({ start: index.positionAt(start), end: index.positionAt(end) });
  return {
    file, body, year: report.year.value, templateId: template.id,
    carryOver: carryOverCells(result, range),
    sections: sectionTexts(report, template, range),
  };
}

function carryOverCells(result: Pick<LintResult, 'report' | 'template' | 'index'> & { facts?: LintFacts }, range: (s: number, e: number) => DigestRange): DigestCell[] | undefined {
  const { report, template } = result;
  const spec = tableSpec(template, 'requests');
  const rowSpec = spec?.rows.find((r) => r.id === 'carryOver');
  if (!spec || !rowSpec) return undefined;
  for (const table of report.tables) {
    if (table.tableId !== 'requests') continue;
    const rows = usableRows(table);
    const row = rows.get('carryOver');
    if (!row || row.cells.length !== row.expectedCount) continue;
    // Columns in which a sum of this table fails: its 结转 value there is not to be trusted.
    const failing = new Set(failingTargets(result.facts ?? new LintFacts(report, template)));
    const doubtful = new Set<string>();
    for (const [rowId, r] of rows) {
      const rs = spec.rows.find((s) => s.id === rowId);
      if (!rs || r.cells.length !== r.expectedCount) continue;
      r.cells.forEach((c, i) => {
        if (failing.has(c)) doubtful.add(rs.columns[i]!);
      });
    }
    return rowSpec.columns.map((column) => {
      const cell = cellAt(row, rowSpec, column)!;
      const value = cell.problem && cell.problem !== 'unit' ? null : cell.value;
      return { column, value, text: cell.token.text.trim(), range: range(cell.token.span.start, cell.token.span.end), sumsHold: !doubtful.has(column) };
    });
  }
  return undefined;
}
