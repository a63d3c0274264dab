// section-missing: a section of the template (一 to 六) has no heading. Reported where it belongs;
// the fix inserts its heading there.

import { chineseNumeral } from '../text/normalizeLabel.js';
import { firstSections, headingInsertion, insertionPoint } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const sectionMissing: Rule = {
  id: 'section-missing',
  category: 'structure',
  defaultSeverity: 'error',
  meta: { messages: ['section-missing', 'section-missing.fee'], fixes: { 'fix.insertSection': 'safe' } },
  check({ report, template }) {
    const present = firstSections(report);
    return template.sections
      .filter((spec) => !present.has(spec.id))
      .map((spec) => {
        const at = insertionPoint(report, template, spec);
        const args = { numeral: chineseNumeral(spec.number), title: spec.title };
        const end = Math.min(report.text.length, at + Math.max(1, report.text.slice(at).search(/[\r\n]|$/)));
        return {
          span: { start: at, end: at < report.text.length ? end : at },
          // 六 carries the fee statement the 2021 template requires: say so, as fee-not-reported cannot.
          messageId: spec.reportsFee && template.feeRequired ? 'section-missing.fee' : 'section-missing',
          args,
          fix: { messageId: 'fix.insertSection', args, edits: [{ start: at, end: at, text: headingInsertion(report, at, spec) }], safe: true },
        };
      });
  },
};
