// fee-not-reported: in the 2021 format, section 六 must say whether 信息处理费 was collected
// (even when none was). Reported on the 六 heading.

import { firstSections } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const feeNotReported: Rule = {
  id: 'fee-not-reported',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['fee-not-reported'] },
  check({ report, template }) {
    if (!template.feeRequired) return [];
    const spec = template.sections.find((s) => s.reportsFee);
    const other = spec && firstSections(report).get(spec.id);
    if (!other) return [];
    const body = report.text.slice(other.heading.span.start, other.body.end);
    if (template.feeTerms.some((term) => body.includes(term))) return [];
    return [{ span: other.heading.span, messageId: 'fee-not-reported', args: {} }];
  },
};
