// section-duplicate: the same section of the format has a second heading. The fix removes that
// heading line (the text under it stays).

import { chineseNumeral } from '../text/normalizeLabel.js';
import { firstSections, sectionSpec } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: true,
  check({ report, template, index }) {
    const first = firstSections(report);
    return report.sections
      .filter((s) => s.duplicate)
      .map((s) => {
        const spec = sectionSpec(template, s.sectionId)!;
        const original = first.get(spec.id)!;
        const lineEnd = index.lineStarts[s.heading.line + 1] ?? report.text.length;
        return {
          span: s.heading.span,
          messageId: 'section-duplicate',
          args: { title: spec.title, numeral: chineseNumeral(spec.number), firstLine: original.heading.line + 1 },
          related: [{ ...original.heading.span, messageId: 'related.firstHeading', args: {} }],
          fix: { messageId: 'fix.removeHeading', args: {}, edits: [{ start: s.heading.lineSpan.start, end: lineEnd, text: '' }], safe: true },
        };
      });
  },
};
