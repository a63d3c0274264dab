// section-order: sections stand in a different order from the template (e.g. 三 before 二). The
// longest run already in order stays; every other section is reported on its heading.

import { chineseNumeral } from '../text/normalizeLabel.js';
import { sectionSpec } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

/** Indexes of a longest strictly increasing subsequence of `values`. */
function longestIncreasing(values: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < values[i]) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) keep.add(i);
  return keep;
}

export const sectionOrder: Rule = {
  id: 'section-order',
  category: 'structure',
  defaultSeverity: 'warning',
  meta: { messages: ['section-order'], related: ['related.expectedBefore'] },
  check({ report, template }) {
    const sections = report.sections.filter((s) => s.sectionId && !s.duplicate);
    const numbers = sections.map((s) => sectionSpec(template, s.sectionId)!.number);
    const inOrder = longestIncreasing(numbers);
    const findings = [];
    for (let i = 0; i < sections.length; i++) {
      if (inOrder.has(i)) continue;
      const spec = sectionSpec(template, sections[i].sectionId)!;
      const after = [...inOrder].sort((a, b) => a - b).map((k) => sections[k]).filter((s) => sectionSpec(template, s.sectionId)!.number < spec.number).pop();
      const afterSpec = after ? sectionSpec(template, after.sectionId)! : undefined;
      findings.push({
        span: sections[i].heading.span,
        messageId: 'section-order',
        args: {
          numeral: chineseNumeral(spec.number), title: spec.title,
          afterNumeral: afterSpec ? chineseNumeral(afterSpec.number) : '',
          afterTitle: afterSpec?.title ?? '',
        },
        related: after ? [{ ...after.heading.span, messageId: 'related.expectedBefore', args: {} }] : [],
      });
    }
    return findings;
  },
};
