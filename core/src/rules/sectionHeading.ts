// section-heading: a section heading whose number is not the format's (renumbered after an extra
// section) or whose wording drops a term that carries its meaning (行政法复议 for 行政复议).

import { chineseNumeral, textKey } from '../text/normalizeLabel.js';
import { sectionSpec } from './sectionHelpers.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const sectionHeading: Rule = {
  id: 'section-heading',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  check({ report, template }) {
    const findings: RuleFinding[] = [];
    for (const s of report.sections) {
      const spec = sectionSpec(template, s.sectionId);
      if (!spec || s.duplicate) continue;
      const numeral = s.heading.numeral;
      if (numeral && numeral.value !== spec.number) {
        const expected = chineseNumeral(spec.number);
        findings.push({
          span: numeral.span,
          messageId: 'section-heading.number',
          args: { title: spec.title, expected, actual: numeral.text },
          fix: { messageId: 'fix.renumber', args: { numeral: expected }, edits: [{ ...numeral.span, text: expected }], safe: true },
        });
      }
      const key = textKey(s.heading.title);
      const missing = spec.required.filter((term) => !key.includes(term));
      if (missing.length > 0) {
        findings.push({
          span: s.heading.titleSpan,
          messageId: 'section-heading.wording',
          args: { actual: s.heading.title, expected: spec.title, missing: missing.join('、') },
          fix: { messageId: 'fix.rewordHeading', args: { title: spec.title }, edits: [{ ...s.heading.titleSpan, text: spec.title }], safe: false },
        });
      }
    }
    return findings;
  },
};
