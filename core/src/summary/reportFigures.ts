// One report's figures for the county roll-up (`nianbao summary`, the editor's summary command):
// the values of tables 二, 三 and 四 as the core's reader read them (the report model, never parsed
// again), whether each table was read whole, whether its sums hold, and the report's finding counts.
// Plain data, so it crosses worker threads and the language-server protocol unchanged.

import type { LintResult } from '../lint.js';
import type { Finding } from '../types.js';
import { bodyOfReport } from '../related/bodyName.js';
import { cellAt, usableRows } from '../rules/tableTerms.js';
import type { Row } from '../model.js';
import type { TemplateId } from '../templates/templateTypes.js';

/** Why a table's values cannot be added up: not found, rows missing or with the wrong count, cells without a number. */
export type TableProblem = 'missing' | 'rows' | 'cells';

interface TableFigures {
  /** Every value row of the template read with all its values as numbers. */
  readable: boolean;
  problem?: TableProblem;
  /** No sum of this table fails in the report. */
  sumsHold: boolean;
  /** rowId → columnId → value of every cell read with a number (all of them when readable). */
  values?: Record<string, Record<string, number>>;
}

/** The figures a reviewer looks at first (undefined where the table is not readable). */
export interface KeyFigures {
  /** 表三 一、本年新收, 总计. */
  received?: number;
  /** 表三 （七）总计, 总计 (办结). */
  closed?: number;
  /** 表三 四、结转下年度继续办理, 总计. */
  carriedOver?: number;
  /** 表四 行政复议总计. */
  reviews?: number;
  /** 表四 行政诉讼总计 (未经复议直接起诉 + 复议后起诉). */
  lawsuits?: number;
}

export interface ReportFigures {
  /** How the face names the file. */
  file: string;
  /** The body as the title names it (normalised), when it does. */
  body?: string;
  year?: number;
  templateId: TemplateId;
  counts: { error: number; warning: number; info: number };
  /** No finding of a sum rule. */
  sumsHold: boolean;
  /** tableId → figures, for every table of the template. */
  tables: Record<string, TableFigures>;
  key: KeyFigures;
}

/** The tables the roll-up adds up, in the template's order (二, 三, 四). */
export const SUMMED_TABLES = ['active', 'requests', 'review'] as const;

/** The figures of a linted report (its findings as given: after severities and inline disables). */
export function reportFigures(result: Pick<LintResult, 'report' | 'template' | 'findings'>, file: string): ReportFigures {
  const { report, template, findings } = result;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const failingTables = tablesWithFailingSums(findings, template.sums);
  const tables: Record<string, TableFigures> = {};
  for (const spec of template.tables) {
    const read = report.tables.filter((t) => t.tableId === spec.id);
    const sumsHold = !failingTables.has(spec.id);
    if (read.length === 0) {
      tables[spec.id] = { readable: false, problem: 'missing', sumsHold };
      continue;
    }
    // A table split in two (a page break) is read as two tables: the first copy of each row counts.
    const rows = new Map<string, Row>();
    for (const t of read) for (const [id, row] of usableRows(t)) if (!rows.has(id)) rows.set(id, row);
    const values: Record<string, Record<string, number>> = {};
    let problem: TableProblem | undefined;
    for (const rowSpec of spec.rows) {
      if (rowSpec.columns.length === 0) continue;
      const row = rows.get(rowSpec.id);
      if (!row || row.cells.length !== row.expectedCount) {
        problem ??= 'rows';
        continue;
      }
      const byColumn: Record<string, number> = {};
      for (const column of rowSpec.columns) {
        const cell = cellAt(row, rowSpec, column);
        // A unit written after the number (2件) still holds it; a blank, placeholder or text does not.
        if (!cell || cell.value === null || (cell.problem && cell.problem !== 'unit')) problem ??= 'cells';
        else byColumn[column] = cell.value;
      }
      values[rowSpec.id] = byColumn;
    }
    tables[spec.id] = problem ? { readable: false, problem, sumsHold, values } : { readable: true, sumsHold, values };
  }
  const figures: ReportFigures = {
    file, templateId: template.id, counts, sumsHold: failingTables.size === 0, tables,
    key: keyFigures(tables),
  };
  const body = bodyOfReport(report);
  if (body) figures.body = body;
  if (report.year) figures.year = report.year.value;
  return figures;
}

function tablesWithFailingSums(findings: readonly Finding[], sums: readonly { ruleId: string; tableId: string }[]): Set<string> {
  const failing = new Set<string>();
  const rules = new Set(findings.map((f) => f.ruleId));
  for (const s of sums) if (rules.has(s.ruleId)) failing.add(s.tableId);
  return failing;
}

function keyFigures(tables: Record<string, TableFigures>): KeyFigures {
  const key: KeyFigures = {};
  const requests = tables.requests?.readable ? tables.requests.values : undefined;
  if (requests) {
    key.received = requests.new?.total;
    key.closed = requests.outcomeTotal?.total;
    key.carriedOver = requests.carryOver?.total;
  }
  const review = tables.review?.readable ? tables.review.values?.review : undefined;
  if (review) {
    key.reviews = review.reviewTotal;
    if (review.directTotal !== undefined && review.afterTotal !== undefined) key.lawsuits = review.directTotal + review.afterTotal;
  }
  return key;
}
