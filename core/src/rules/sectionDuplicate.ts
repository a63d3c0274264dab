// section-duplicate: a section of the template has a second heading. A copy with nothing of its own
// under it (a heading pasted twice from Word) is removed by the fix; two copies that both hold text
// must be merged by a person, so nothing is removed then.

import { chineseNumeral } from '../text/normalizeLabel.js';
import { firstSections, sectionSpec } from './sectionHelpers.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  category: 'structure',
  defaultSeverity: 'warning',
  meta: {
    messages: ['section-duplicate', 'section-duplicate.content'],
    related: ['related.sectionHeading'],
    fixes: { 'fix.removeHeading': 'safe', 'fix.mergeDuplicate': 'suggestion' },
  },
  check({ report, template, index }): RuleFinding[] {
    const main = firstSections(report);
    return report.sections
      .filter((s) => s.duplicate)
      .map((s) => {
        const spec = sectionSpec(template, s.sectionId)!;
        const section = main.get(spec.id)!;
        const args = { title: spec.title, numeral: chineseNumeral(spec.number), otherLine: section.heading.line + 1 };
        const related = [{ ...section.heading.span, messageId: 'related.sectionHeading', args: {} as Record<string, string> }];
        const lineEnd = index.lineStarts[s.heading.line + 1] ?? report.text.length;
        const removal = { start: s.heading.lineSpan.start, end: lineEnd, text: '' };
        if (!s.empty) {
          // Right after the section's own text, removing this heading merges the two: a person decides.
          const next = report.sections[report.sections.indexOf(section) + 1] === s;
          return {
            span: s.heading.span, messageId: 'section-duplicate.content', args, related,
            ...(next ? { fix: { messageId: 'fix.mergeDuplicate', args: { numeral: args.numeral }, edits: [removal], safe: false } } : {}),
          };
        }
        return {
          span: s.heading.span,
          messageId: 'section-duplicate',
          args,
          related,
          // Nothing stands under it: the heading goes with the blank lines up to the next heading.
          fix: { messageId: 'fix.removeHeading', args: {} as Record<string, string>, edits: [{ start: s.heading.lineSpan.start, end: s.body.end, text: '' }], safe: true },
        };
      });
  },
};
