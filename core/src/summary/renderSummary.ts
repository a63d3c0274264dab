// The roll-up as text: Markdown (tables in the template's own shape, so the result reads back as a
// report's tables), CSV for Excel and WPS (UTF-8 with a BOM, CRLF, the same blocks as flat tables)
// and JSON (the data as it is). Words come from the l10n bundles (summary.*).

import { formatMessage } from '../l10n/formatMessage.js';
import { renderBlankTable } from '../fix/renderBlankTable.js';
import { rowDisplayName } from '../rules/rowDisplayName.js';
import { columnTitle } from '../rules/tableTerms.js';
import { templates } from '../templates/selectTemplate.js';
import type { TableSpec, TemplateId } from '../templates/templateTypes.js';
import type { Locale } from '../types.js';
import type { Comparison, Exclusion, Summary, SummaryEntry, SummaryGroup } from './consolidate.js';
import { SUMMED_TABLES, type KeyFigures } from './reportFigures.js';

type SummaryFormat = 'md' | 'csv' | 'json';

/** The file name a face shows (last path segment, decoded when it is a URI). */
type FileNamer = (file: string) => string;

interface Block {
  title: string;
  note?: string;
  header: string[];
  rows: string[][];
}

const KEY_COLUMNS: (keyof KeyFigures)[] = ['received', 'closed', 'carriedOver', 'reviews', 'lawsuits'];

function spec(templateId: TemplateId, tableId: string): TableSpec {
  return templates[templateId].tables.find((t) => t.id === tableId)!;
}

function m(id: string, locale: Locale, args: Record<string, string | number> = {}): string {
  return formatMessage(`summary.${id}`, args, locale);
}

function templateName(templateId: TemplateId, locale: Locale): string {
  return m('template', locale, { id: templateId, citation: templates[templateId].citation });
}

/** Why a report is not (wholly) in the totals, or that it is. */
function inclusion(entry: SummaryEntry, locale: Locale): string {
  const { templateId } = entry.figures;
  const excluded = Object.entries(entry.excluded);
  if (excluded.some(([, why]) => why === 'noYear')) return m('excluded.noYear', locale);
  const parts: string[] = [];
  const byReason = new Map<Exclusion, string[]>();
  for (const [id, why] of excluded) byReason.set(why, [...(byReason.get(why) ?? []), spec(templateId, id).name]);
  for (const [why, names] of byReason) parts.push(m(`excluded.${why}`, locale, { tables: names.join(m('listSeparator', locale)) }));
  if (entry.includedFailing.length) {
    parts.push(m('includedFailing', locale, { tables: entry.includedFailing.map((id) => spec(templateId, id).name).join(m('listSeparator', locale)) }));
  }
  return parts.length ? parts.join(m('sentenceSeparator', locale)) : m('included', locale);
}

function reportBlock(summary: Summary, locale: Locale, name: FileNamer): Block {
  const header = ['file', 'body', 'year', 'templateId', ...KEY_COLUMNS, 'errors', 'warnings', 'sums', 'inclusion'].map((c) => m(`column.${c}`, locale));
  const rows = summary.entries.map((entry) => {
    const f = entry.figures;
    return [
      name(f.file), f.body ?? '', f.year === undefined ? '' : String(f.year), f.templateId,
      ...KEY_COLUMNS.map((k) => (f.key[k] === undefined ? m('unreadable', locale) : String(f.key[k]))),
      String(f.counts.error), String(f.counts.warning), m(f.sumsHold ? 'sumsHold' : 'sumsFail', locale), inclusion(entry, locale),
    ];
  });
  const failing = summary.entries.filter((e) => !e.figures.sumsHold).length;
  const note = [m('overview', locale, { reports: summary.entries.length, groups: summary.groups.length })];
  if (failing) note.push(m(summary.includeFailing ? 'failingIncluded' : 'failingLeftOut', locale, { reports: failing }));
  return { title: m('reports', locale), note: note.join(m('noteSeparator', locale)), header, rows };
}

function groupTitle(group: SummaryGroup, locale: Locale): string {
  return m('group', locale, { year: group.year, template: templateName(group.templateId, locale), reports: group.reports });
}

function tableNote(group: SummaryGroup, tableId: string, locale: Locale): string {
  return m('tableReports', locale, { table: spec(group.templateId, tableId).name, included: group.tables[tableId]!.reports, reports: group.reports });
}

function cellsOf(group: SummaryGroup, tableId: string) {
  const values = group.tables[tableId]!.values;
  return (row: { id: string; columns: string[] }) => row.columns.map((c) => String(values[row.id]?.[c] ?? ''));
}

/** A table as a flat block: the row's name, then every column of the table (blank where the row has none). */
function flatTable(group: SummaryGroup, tableId: string, locale: Locale): Block {
  const s = spec(group.templateId, tableId);
  const cells = cellsOf(group, tableId);
  const header = [m('column.row', locale), ...s.columns.map((c) => columnTitle(s, c.id))];
  const rows = s.rows.filter((r) => r.columns.length > 0).map((r) => {
    const byColumn = new Map(r.columns.map((c, i) => [c, cells(r)[i]!]));
    return [rowName(s, r, locale), ...s.columns.map((c) => byColumn.get(c.id) ?? '')];
  });
  return { title: `${groupTitle(group, locale)} · ${s.name}`, note: tableNote(group, tableId, locale), header, rows };
}

function comparisonBlock(comparison: Comparison, locale: Locale, name: FileNamer): Block {
  const file = name(comparison.file);
  const title = m('against.title', locale, { file });
  const header = ['table', 'row', 'column', 'reported', 'summed'].map((c) => m(`against.column.${c}`, locale));
  if (!comparison.group) {
    const note = m('against.noGroup', locale, { file, year: comparison.year ?? '?', template: templateName(comparison.templateId, locale) });
    return { title, note, header, rows: [] };
  }
  const rows = comparison.differences.map((d) => {
    const s = spec(comparison.templateId, d.tableId);
    const row = s.rows.find((r) => r.id === d.rowId)!;
    return [s.name, rowName(s, row, locale), columnTitle(s, d.column), d.reported === null ? m('notGiven', locale) : String(d.reported), String(d.summed)];
  });
  const notes: string[] = [];
  if (comparison.notCompared.length) {
    notes.push(m('against.notCompared', locale, { tables: comparison.notCompared.map((id) => spec(comparison.templateId, id).name).join(m('listSeparator', locale)) }));
  }
  notes.push(m(rows.length ? 'against.differ' : 'against.same', locale, { file, cells: rows.length }));
  return { title, note: notes.join(m('noteSeparator', locale)), header, rows };
}

function rowName(s: TableSpec, row: TableSpec['rows'][number], locale: Locale): string {
  const name = rowDisplayName(s, row);
  return name.startsWith('@') ? formatMessage(name.slice(1), {}, locale) : name;
}

function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdBlock(block: Block, level: string): string[] {
  const out = [`${level} ${block.title}`, ''];
  if (block.note) out.push(block.note, '');
  if (block.rows.length) {
    out.push(`| ${block.header.map(mdCell).join(' | ')} |`, `|${' --- |'.repeat(block.header.length)}`);
    for (const row of block.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return out;
}

export function renderSummaryMarkdown(summary: Summary, locale: Locale, name: FileNamer, comparison?: Comparison): string {
  // The roll-up has the tables of a report but is not one: nianbao leaves it alone (an editor checks untitled Markdown).
  const out = ['<!-- nianbao-disable -->', '', `# ${m('title', locale)}`, '', ...mdBlock(reportBlock(summary, locale, name), '##')];
  for (const group of summary.groups) {
    out.push(`## ${groupTitle(group, locale)}`, '');
    for (const tableId of SUMMED_TABLES) {
      const s = spec(group.templateId, tableId);
      out.push(`### ${s.name}`, '', tableNote(group, tableId, locale), '');
      if (group.tables[tableId]!.reports > 0) out.push(...renderBlankTable(s, 'markdown', cellsOf(group, tableId)), '');
    }
  }
  if (comparison) out.push(...mdBlock(comparisonBlock(comparison, locale, name), '##'));
  return out.join('\n').trimEnd() + '\n';
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV for spreadsheets: a BOM (Excel and WPS then read UTF-8), CRLF, blocks one after another. */
function renderSummaryCsv(summary: Summary, locale: Locale, name: FileNamer, comparison?: Comparison): string {
  const blocks = [reportBlock(summary, locale, name)];
  for (const group of summary.groups) for (const tableId of SUMMED_TABLES) blocks.push(flatTable(group, tableId, locale));
  if (comparison) blocks.push(comparisonBlock(comparison, locale, name));
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length) lines.push('');
    lines.push(csvField(block.title));
    if (block.note) lines.push(csvField(block.note));
    lines.push(block.header.map(csvField).join(','));
    for (const row of block.rows) lines.push(row.map(csvField).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The data as JSON: every report (figures, what was left out and why), every group's sums, the comparison. */
function renderSummaryJson(summary: Summary, name: FileNamer, comparison?: Comparison): string {
  const reports = summary.entries.map((e) => ({
    ...e.figures, name: name(e.figures.file), group: e.group ?? null, excluded: e.excluded, includedFailing: e.includedFailing,
  }));
  return JSON.stringify({ includeFailing: summary.includeFailing, reports, groups: summary.groups, ...(comparison ? { against: comparison } : {}) }, null, 2) + '\n';
}

export function renderSummary(format: SummaryFormat, summary: Summary, locale: Locale, name: FileNamer, comparison?: Comparison): string {
  switch (format) {
    case 'md': return renderSummaryMarkdown(summary, locale, name, comparison);
    case 'csv': return renderSummaryCsv(summary, locale, name, comparison);
    case 'json': return renderSummaryJson(summary, name, comparison);
  }
}
