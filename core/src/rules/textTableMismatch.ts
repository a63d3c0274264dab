// text-table-mismatch: the text restates a figure of the tables and gets it wrong ("收到申请30件"
// while 表三 says 25; "未收到申请" while 表三 has some; "现行有效行政规范性文件30件" while 表二 says 34;
// "自然人申请2件" while 表三's 自然人 says 3), or a stated total disagrees with its listed parts
// ("共37条，其中35条、1条" with a catch-all part). Reported on the number in the text, the table cell
// as related location; the quick fix writes the table's figure into the text, offered to the writer
// only (which side is right is theirs to decide), so fix-all never applies it.

import { columnLayoutTables } from './columnLayoutTables.js';
import type { Cell, Row, Table } from '../model.js';
import type { Fix, Span } from '../types.js';
import type { RowSpec, TableSpec } from '../templates/templateTypes.js';
import type { Rule, RuleFinding } from './ruleTypes.js';
import type { ClaimSpec } from '../templates/textClaims.js';
import { clauseBefore, otherYearBefore, proseOutside, sentenceAfter, sentenceBefore, sourceSpan } from './claimContext.js';
import { partsDisagreements, partsRelated } from './partsClaims.js';
import { rowDisplayName } from './rowDisplayName.js';
import { cellAt, columnTitle, tableSpec, usableRows } from './tableTerms.js';
import { failingTargets } from './checkSums.js';
import { rowSpecById } from '../templates/rowSpecById.js';

/** How the message names the cells a claim restates (built only when the text disagrees). */
function labelOf(claim: ClaimSpec, spec: TableSpec): string {
  const rowSpec = (row: string) => rowSpecById(spec, row)!;
  const sameRow = claim.cells.every((c) => c.row === claim.cells[0].row);
  if (claim.cells.length > 1 && sameRow && !rowSpec(claim.cells[0].row).unlabelled) {
    const columns = claim.cells.map((c) => columnTitle(spec, c.column)).join(' + ');
    return `“${rowDisplayName(spec, rowSpec(claim.cells[0].row))}”（${claim.groupName ? `${claim.groupName}：` : ''}${columns}）`;
  }
  return claim.cells
    .map((ref) => {
      const r: RowSpec = rowSpec(ref.row);
      return r.unlabelled ? `“${columnTitle(spec, ref.column)}”` : `“${rowDisplayName(spec, r)}”（${columnTitle(spec, ref.column)}）`;
    })
    .join(' + ');
}

/** Whether the text around a claim makes it a claim of this year's cells (see ClaimSpec). */
function inContext(claim: ClaimSpec, text: string, at: number, matched: string, sentence: string): boolean {
  if (claim.requires && !claim.requires.test(sentence + matched)) return false;
  if (claim.forbids?.test(sentence)) return false;
  if (claim.clauseForbids?.test(clauseBefore(text, at))) return false;
  if (claim.sentenceForbids?.test(sentence + sentenceAfter(text, at))) return false;
  return true;
}

export const textTableMismatch: Rule = {
  id: 'text-table-mismatch',
  category: 'content',
  defaultSeverity: 'warning',
  meta: {
    messages: ['text-table-mismatch', 'text-table-mismatch.none', 'text-table-mismatch.parts'],
    related: ['related.claimCell', 'related.claimPart'],
    fixes: { 'fix.claimFromTable': 'suggestion' },
  },
  check({ report, template, facts }) {
    const findings: RuleFinding[] = [];
    const { text } = report;
    // Claims are looked for in the prose: not in the tables, and not in a section that may speak of
    // other years' figures (五: it is not a restatement of this year's tables).
    const excluded: Span[] = report.tables.map((t) => t.span);
    for (const spec of template.sections) {
      const cited = spec.citesOtherYears ? report.sections.find((s) => s.sectionId === spec.id && !s.duplicate) : undefined;
      if (cited) excluded.push({ start: cited.heading.span.start, end: cited.body.end });
    }
    const prose = proseOutside(text, excluded);
    const otherYear = (at: number) => otherYearBefore(sentenceBefore(text, at), report.year?.value);
    const failing = new Set(failingTargets(facts));
    const wrapped = facts.of(columnLayoutTables);
    const rowsOf = new Map<Table, Map<string, Row>>();
    for (const claim of template.claims) {
      const table = report.tables.find((t) => t.tableId === claim.tableId);
      const spec = tableSpec(template, claim.tableId);
      if (!table || !spec || wrapped.has(table)) continue;
      let rows = rowsOf.get(table);
      if (!rows) rowsOf.set(table, (rows = usableRows(table)));
      const cells = claim.cells.map((ref) => cellAt(rows.get(ref.row), rowSpecById(spec, ref.row), ref.column));
      // A cell this template does not have, or that holds no plain number, is not compared; when the
      // table's own total is wrong, the text is compared once the table is right.
      if (cells.some((c) => !c || c.value === null || (c.problem !== undefined && c.problem !== 'unit') || failing.has(c))) continue;
      const known = cells as Cell[];
      const value = known.reduce((acc, c) => acc + (c.value as number), 0);
      // exec, not matchAll: matchAll copies the regex on every call.
      const pattern = claim.pattern;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(prose.text); m; m = pattern.exec(prose.text)) {
        const stated = m[1] === undefined ? 0 : Number(m[1]);
        if (stated === value) continue;
        const source = sourceSpan(prose, m.index ?? 0, (m.index ?? 0) + m[0].length);
        if (!source) continue;
        const at = source.start;
        if (otherYear(at) || !inContext(claim, text, at, m[0], sentenceBefore(text, at))) continue;
        const label = labelOf(claim, spec);
        const numberAt = m[1] === undefined ? at : at + m[0].lastIndexOf(m[1]);
        const span: Span = m[1] === undefined ? { start: at, end: at + m[0].length } : { start: numberAt, end: numberAt + m[1].length };
        // Writing the table's figure into the text is for the writer to choose: never in fix-all.
        const fix: Fix | undefined = m[1] === undefined ? undefined : {
          messageId: 'fix.claimFromTable', args: { value, tableName: spec.name }, edits: [{ ...span, text: String(value) }], safe: false,
        };
        findings.push({
          span,
          messageId: m[1] === undefined ? 'text-table-mismatch.none' : 'text-table-mismatch',
          args: { text: m[0].replace(/\s+/g, ''), stated, tableName: spec.name, label, value },
          related: known.map((c, i) => ({
            ...c.token.span, messageId: 'related.claimCell',
            args: { tableName: spec.name, name: labelOf({ ...claim, cells: [claim.cells[i]], groupName: undefined }, spec), value: c.value as number },
          })),
          ...(fix ? { fix } : {}),
        });
      }
    }
    for (const found of partsDisagreements(prose.text)) {
      // Spans back in the source; a statement that runs across a table is not one statement.
      const span = sourceSpan(prose, found.span.start, found.span.end);
      const parts = found.parts.map((p) => ({ ...p, span: sourceSpan(prose, p.span.start, p.span.end)! }));
      if (!span || parts.some((p) => !p.span || p.span.start < span.end) || otherYear(span.start)) continue;
      findings.push({
        span,
        messageId: 'text-table-mismatch.parts',
        args: { stated: found.total, unit: found.unit, parts: parts.map((p) => p.value).join(' + '), sum: found.sum },
        related: partsRelated({ ...found, span, parts }),
      });
    }
    return findings;
  },
};
