// The county roll-up: reports grouped by template and year (never added across them), each table
// added up over the reports whose table was read whole and whose sums hold in it (failing sums only
// with `includeFailing`, and then flagged), every report listed with why a table was left out; and
// a consolidated report (全区报告) compared cell by cell with the sum of the units.

import { templates } from '../templates/selectTemplate.js';
import type { TemplateId } from '../templates/templateTypes.js';
import { SUMMED_TABLES, type ReportFigures, type TableProblem } from './reportFigures.js';

interface SummaryOptions {
  /** Add reports whose sums fail too (they are flagged all the same). */
  includeFailing?: boolean;
}

/** Why a report's table is not in its group's totals. */
export type Exclusion = TableProblem | 'sums' | 'noYear';

export interface SummaryEntry {
  figures: ReportFigures;
  /** Its group's key (template and year); none when the report names no year. */
  group?: string;
  /** tableId → left out of the totals, and why (absent: added up). */
  excluded: Record<string, Exclusion>;
  /** Added up although its sums fail (includeFailing). */
  includedFailing: string[];
}

interface GroupTable {
  /** Reports added up in this table. */
  reports: number;
  /** rowId → columnId → sum. */
  values: Record<string, Record<string, number>>;
}

export interface SummaryGroup {
  key: string;
  templateId: TemplateId;
  year: number;
  /** Reports of this template and year. */
  reports: number;
  tables: Record<string, GroupTable>;
}

export interface Summary {
  entries: SummaryEntry[];
  groups: SummaryGroup[];
  includeFailing: boolean;
}

/** A cell of the consolidated report that is not the sum of the units. */
interface Difference {
  tableId: string;
  rowId: string;
  column: string;
  /** As the consolidated report gives it; null when it gives no number there. */
  reported: number | null;
  summed: number;
}

export interface Comparison {
  file: string;
  /** The group it was compared with; undefined when none has its template and year. */
  group?: string;
  year?: number;
  templateId: TemplateId;
  /** Tables not compared: no unit's table was added up. */
  notCompared: string[];
  differences: Difference[];
}

function groupKey(templateId: TemplateId, year: number): string {
  return `${year}/${templateId}`;
}

/** Adds decimals without binary noise (万元 amounts): six places are more than any report writes. */
function add(a: number, b: number): number {
  return Math.round((a + b) * 1e6) / 1e6;
}

export function consolidate(figures: readonly ReportFigures[], options: SummaryOptions = {}): Summary {
  const includeFailing = options.includeFailing ?? false;
  const groups = new Map<string, SummaryGroup>();
  const entries: SummaryEntry[] = figures.map((f) => {
    const entry: SummaryEntry = { figures: f, excluded: {}, includedFailing: [] };
    if (f.year === undefined) {
      for (const id of SUMMED_TABLES) entry.excluded[id] = 'noYear';
      return entry;
    }
    const key = groupKey(f.templateId, f.year);
    entry.group = key;
    let group = groups.get(key);
    if (!group) {
      group = { key, templateId: f.templateId, year: f.year, reports: 0, tables: {} };
      for (const id of SUMMED_TABLES) group.tables[id] = { reports: 0, values: zeros(f.templateId, id) };
      groups.set(key, group);
    }
    group.reports++;
    for (const id of SUMMED_TABLES) {
      const table = f.tables[id];
      if (!table || !table.readable || !table.values) {
        entry.excluded[id] = table?.problem ?? 'missing';
        continue;
      }
      if (!table.sumsHold) {
        if (!includeFailing) {
          entry.excluded[id] = 'sums';
          continue;
        }
        entry.includedFailing.push(id);
      }
      const sum = group.tables[id]!;
      sum.reports++;
      for (const [row, columns] of Object.entries(sum.values)) {
        for (const column of Object.keys(columns)) columns[column] = add(columns[column]!, table.values[row]?.[column] ?? 0);
      }
    }
    return entry;
  });
  const ordered = [...groups.values()].sort((a, b) => a.year - b.year || a.templateId.localeCompare(b.templateId));
  return { entries, groups: ordered, includeFailing };
}

/** Every value cell of a template's table at 0. */
function zeros(templateId: TemplateId, tableId: string): Record<string, Record<string, number>> {
  const spec = templates[templateId].tables.find((t) => t.id === tableId);
  const out: Record<string, Record<string, number>> = {};
  for (const row of spec?.rows ?? []) {
    if (row.columns.length === 0) continue;
    out[row.id] = Object.fromEntries(row.columns.map((c) => [c, 0]));
  }
  return out;
}

/**
 * Compares a consolidated report (its figures) with the sum of the units of its template and year:
 * every cell where it differs, or gives no number, in the tables at least one unit was added up in.
 */
export function compareConsolidated(summary: Summary, consolidated: ReportFigures): Comparison {
  const base = { file: consolidated.file, templateId: consolidated.templateId, notCompared: [] as string[], differences: [] as Difference[] };
  if (consolidated.year === undefined) return base;
  const group = summary.groups.find((g) => g.key === groupKey(consolidated.templateId, consolidated.year!));
  const comparison: Comparison = { ...base, year: consolidated.year };
  if (!group) return comparison;
  comparison.group = group.key;
  for (const id of SUMMED_TABLES) {
    const sum = group.tables[id]!;
    if (sum.reports === 0) {
      comparison.notCompared.push(id);
      continue;
    }
    const given = consolidated.tables[id]?.values;
    for (const [row, columns] of Object.entries(sum.values)) {
      for (const [column, summed] of Object.entries(columns)) {
        const reported = given?.[row]?.[column] ?? null;
        if (reported !== summed) comparison.differences.push({ tableId: id, rowId: row, column, reported, summed });
      }
    }
  }
  return comparison;
}
