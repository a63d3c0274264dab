// Hover over a report's tables: on a total cell (or a cell of a failing sum), whether the sum holds,
// then the sum with each term once; on a row label, what the official template says about that row.

import { MarkupKind, type Hover } from 'vscode-languageserver';
import { formatMessage, type LintResult, type Locale, type Span } from '../../core/src/index.js';
import type { Cell, Row, Table } from '../../core/src/index.js';
import { compiledSums, evaluateSum, usableRowsBySpec, type SumEvaluation } from '../../core/src/index.js';
import { columnTitle, rowName } from '../../core/src/index.js';
import type { TableSpec, Template } from '../../core/src/index.js';
import { templates } from '../../core/src/index.js';

export interface HoverContent {
  markdown: string;
  span: Span;
}

function inside(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/**
 * Every sum of the template whose derived (total) cell is `cell`, and, when a sum finding is on this
 * cell (`flagged`: the wrong cell found where sums cross), every failing sum it is a term of.
 */
function sumsOf(template: Template, table: Table, cell: Cell, flagged: boolean): { nameId: string; evaluation: SumEvaluation }[] {
  const totals: { nameId: string; evaluation: SumEvaluation }[] = [];
  const terms: { nameId: string; evaluation: SumEvaluation }[] = [];
  for (const { sum, spec, each } of compiledSums(template)) {
    if (sum.tableId !== table.tableId) continue;
    const rows = usableRowsBySpec(table, spec);
    for (const { resolved } of each) {
      const evaluation = evaluateSum(resolved, rows);
      if (!evaluation) continue;
      if (evaluation.target.cell === cell) totals.push({ nameId: sum.nameId, evaluation });
      else if (flagged && !evaluation.holds && evaluation.expected !== null && evaluation.terms.some((t) => t.cell === cell)) terms.push({ nameId: sum.nameId, evaluation });
    }
  }
  return [...totals, ...terms];
}

/** One sum: the verdict first (成立 / 不成立，应为 N), then what it says, then each term once (the zeros named together). */
function describeSum(spec: TableSpec, nameId: string, ev: SumEvaluation, locale: Locale): string {
  const sameRow = ev.terms.every((t) => t.ref.row === ev.target.ref.row);
  const total = sameRow ? columnTitle(spec, ev.target.ref.column) : rowName(ev.target.rowSpec);
  const actual = ev.target.cell.token.text.trim() || formatMessage('cell.blank', {}, locale);
  let verdict: string;
  if (ev.expected === null) {
    const names = ev.terms.filter((t) => !t.cell || t.cell.value === null).map((t) => t.name).join('、');
    verdict = formatMessage('hover.sum.incomplete', { names }, locale);
  } else {
    verdict = formatMessage(ev.holds ? 'hover.sum.holds' : 'hover.sum.fails', { expected: ev.expected, actual }, locale);
  }
  const shown = ev.terms.filter((t) => !t.cell || t.cell.value !== 0);
  const zeros = ev.terms.filter((t) => t.cell && t.cell.value === 0);
  const terms = shown
    .map((t, i) => {
      const op = i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + ';
      const value = t.cell ? (t.cell.value ?? (t.cell.token.text.trim() || '?')) : '?';
      return `${op}${t.name} ${value}`;
    })
    .join('');
  const lines = [verdict, '', `**${formatMessage(`hover.${nameId}`, {}, locale)}**`, ''];
  lines.push(formatMessage('hover.sum.formula', { total, terms: terms || '0' }, locale));
  if (zeros.length > 0) lines.push('', formatMessage('hover.sum.zeros', { names: zeros.map((t) => t.name).join('、') }, locale));
  return lines.join('\n');
}

function describeRow(template: Template, spec: TableSpec, row: Row, locale: Locale): string | undefined {
  const rowSpec = spec.rows.find((r) => r.id === row.rowId);
  const lines: string[] = [];
  if (!rowSpec) {
    if (!row.otherTemplate) return undefined;
    const other = templates[row.otherTemplate.templateId];
    const expected = spec.rows.find((r) => r.id === row.otherTemplate!.rowId)?.label ?? '';
    if (!expected) return undefined;
    lines.push(formatMessage('hover.row.otherTemplate', { otherTemplate: other.id, template: template.id, expected }, locale));
    return lines.join('\n');
  }
  lines.push(`**${formatMessage('hover.row.title', { tableName: spec.name, label: rowSpec.label }, locale)}**`, '');
  lines.push(formatMessage('hover.row.template', { template: template.id, citation: template.citation }, locale), '');
  const parent = spec.rows.find((r) => r.group?.includes(rowSpec.id));
  if (parent) lines.push(formatMessage('hover.row.group', { group: parent.label }, locale), '');
  if (rowSpec.columns.length > 0) {
    const columns = rowSpec.columns.map((c) => columnTitle(spec, c)).join('、');
    lines.push(formatMessage('hover.row.columns', { count: rowSpec.columns.length, columns }, locale));
  } else if (rowSpec.group) {
    const rows = rowSpec.group.map((id) => spec.rows.find((r) => r.id === id)?.label ?? id);
    lines.push(formatMessage('hover.row.heading', { rows: rows.join('、') }, locale));
  }
  if (row.duplicate) lines.push('', formatMessage('hover.row.duplicate', {}, locale));
  return lines.join('\n');
}

// The hover at an offset of a linted report, or undefined when the offset is on neither a total cell
// nor a row label of a recognised table.
export function hoverAt(result: LintResult, offset: number, locale: Locale): HoverContent | undefined {
  const { report, template } = result;
  for (const table of report.tables) {
    const spec = template.tables.find((t) => t.id === table.tableId);
    if (!spec) continue;
    for (const row of table.rows) {
      if (row.label && inside(row.label.span, offset)) {
        const markdown = describeRow(template, spec, row, locale);
        if (markdown) return { markdown, span: row.label.span };
      }
      const cell = row.cells.find((c) => inside(c.token.span, offset));
      if (!cell) continue;
      const flagged = result.findings.some((f) => f.ruleId.startsWith('sum-') && f.span.start === cell.token.span.start);
      const sums = sumsOf(template, table, cell, flagged);
      if (sums.length > 0) {
        return { markdown: sums.map((s) => describeSum(spec, s.nameId, s.evaluation, locale)).join('\n\n---\n\n'), span: cell.token.span };
      }
    }
  }
  return undefined;
}

/** The LSP hover for hoverAt's content (ranges through the lint's line index). */
export function toLspHover(content: HoverContent, result: LintResult): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: content.markdown },
    range: { start: result.index.positionAt(content.span.start), end: result.index.positionAt(content.span.end) },
  };
}
