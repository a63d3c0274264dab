// fee-not-reported: in the 2021 template, section 六 must say whether 信息处理费 was collected
// (even when none was). Reported on the 六 heading. Its fix writes the template's sentence for a year
// without fees at the end of 六 — offered to the writer only (safe: false, so never in fix-all):
// only the writer knows whether fees were collected.

import { firstSections } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const feeNotReported: Rule = {
  id: 'fee-not-reported',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['fee-not-reported'], fixes: { 'fix.feeNone': 'suggestion' } },
  check({ report, template }) {
    if (!template.feeRequired) return [];
    const spec = template.sections.find((s) => s.reportsFee);
    const other = spec && firstSections(report).get(spec.id);
    if (!other) return [];
    const body = report.text.slice(other.heading.span.start, other.body.end);
    if (template.feeTerms.some((term) => body.includes(term))) return [];
    const sentence = template.feeNoneSentence;
    if (!sentence) return [{ span: other.heading.span, messageId: 'fee-not-reported', args: {} }];
    // After the last text of 六 (its heading when the section is empty), as a paragraph of its own.
    let end = other.body.end;
    while (end > other.heading.span.end && /\s/.test(report.text[end - 1]!)) end--;
    const edit = { start: end, end, text: `${report.eol}${report.eol}${sentence}` };
    return [{
      span: other.heading.span, messageId: 'fee-not-reported', args: {},
      fix: { messageId: 'fix.feeNone', args: { sentence }, edits: [edit], safe: false },
    }];
  },
};
