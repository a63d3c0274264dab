// The one finding of template-outdated and template-too-new: the signs that a report is written to
// the other template than the one it is checked against (a citation of that template's document, a
// table in its shape), reported once, on the first sign, with the others as related locations.

import { renderBlankTable } from '../fix/renderBlankTable.js';
import { gridTableAround } from '../read/gridTables.js';
import type { Fix } from '../types.js';
import { otherTemplateTables } from './otherTemplateTables.js';
import type { CitationSign, Template, TemplateId } from '../templates/templateTypes.js';
import type { Report } from '../model.js';
import type { FixKind, Rule, RuleContext, RuleFinding } from './ruleTypes.js';
import { tableSpec } from './tableTerms.js';

export interface OtherTemplateMessages {
  /** Message of a citation sign; args: text, year, citation (of the template checked against). */
  citation: string;
  /** Message of a table sign; args: tableName, text, year, citation. */
  table: string;
  /** Message of the other signs, as related locations; args: text. */
  related: string;
}

/** A rule that reports, in reports checked against `checkedAgainst`, the signs of the other template. */
export function otherTemplateRule(spec: {
  id: string;
  checkedAgainst: TemplateId;
  /** The citations of the other template's document, in this template's data. */
  citations: (template: Template) => readonly CitationSign[];
  /** Every set of messages the rule has; `messages` picks one for a report. */
  messageSets: readonly OtherTemplateMessages[];
  /** The messages for this report (they differ by why the template was chosen). */
  messages: (report: Report, template: Template) => OtherTemplateMessages;
  /** The fixes of its citations, by title id ('fix.replaceCitation' where a citation is replaceable). */
  citationFixes: Readonly<Record<string, FixKind>>;
}): Rule {
  return {
    id: spec.id,
    category: 'table',
    defaultSeverity: 'warning',
    meta: {
      messages: [...new Set(spec.messageSets.flatMap((m) => [m.citation, m.table]))],
      related: [...new Set(spec.messageSets.map((m) => m.related))],
      fixes: { 'fix.replaceTable': 'suggestion', ...spec.citationFixes },
    },
    check(context) {
      const { report, template } = context;
      if (template.id !== spec.checkedAgainst) return [];
      return otherTemplateFinding(context, spec.citations(template), spec.messages(report, template));
    },
  };
}

function otherTemplateFinding(
  { report, template, index, facts }: RuleContext,
  citations: readonly CitationSign[],
  messages: OtherTemplateMessages,
): RuleFinding[] {
  const year = report.year?.value ?? '';
  const signs: RuleFinding[] = [];
  for (const { pattern, replaceable } of citations) {
    for (const m of report.text.matchAll(pattern)) {
      const span = { start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
      const fix: Fix | undefined = replaceable
        ? { messageId: 'fix.replaceCitation', args: { citation: template.citation }, edits: [{ ...span, text: template.citation }], safe: false }
        : undefined;
      signs.push({ span, messageId: messages.citation, args: { text: m[0], year, citation: template.citation }, fix });
    }
  }
  for (const [table, token] of facts.of(otherTemplateTables)) {
    const spec = tableSpec(template, table.tableId)!;
    const blank = renderBlankTable(spec, report.markdown ? 'markdown' : 'text').join(report.eol);
    // Replace whole lines, so no pipe or cell of the old table is left at either end (nor, for a
    // grid table, its borders and the lines of its last row).
    const first = index.lineAt(table.span.start);
    const last = index.lineAt(Math.max(table.span.start, table.span.end - 1));
    const start = index.lineStarts[gridTableAround(index, first)?.first ?? first];
    const end = index.lineEnd(gridTableAround(index, last)?.last ?? last);
    signs.push({
      span: token.span,
      messageId: messages.table,
      args: { tableName: spec.name, text: token.text, year, citation: template.citation },
      fix: {
        messageId: 'fix.replaceTable', args: { tableName: spec.name, template: template.id },
        edits: [{ start, end, text: blank }], safe: false,
      },
    });
  }
  if (signs.length === 0) return [];
  signs.sort((a, b) => a.span.start - b.span.start);
  const first = signs[0];
  // "格式（试行）》（国办公开办函〔2019〕60号）": the first sign may have no fix while a later citation has one.
  first.fix ??= signs.find((s) => s.fix && s.messageId === first.messageId)?.fix;
  first.related = signs.slice(1).map((s) => ({ ...s.span, messageId: messages.related, args: { text: report.text.slice(s.span.start, s.span.end).slice(0, 20) } }));
  return [first];
}
