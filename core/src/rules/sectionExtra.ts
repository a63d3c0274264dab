// section-extra: a numbered top-level heading that is none of the template's six sections
// (e.g. 二、主要采取的措施). Its content belongs in one of the six; no automatic fix.

import { chineseNumeral } from '../text/normalizeLabel.js';
import type { Rule } from './ruleTypes.js';

export const sectionExtra: Rule = {
  id: 'section-extra',
  category: 'structure',
  defaultSeverity: 'warning',
  meta: { messages: ['section-extra'] },
  check({ report, template }) {
    const list = template.sections.map((s) => `${chineseNumeral(s.number)}、${s.title}`).join('；');
    return report.sections
      .filter((s) => !s.sectionId)
      .map((s) => ({
        span: s.heading.span,
        messageId: 'section-extra',
        args: { heading: report.text.slice(s.heading.span.start, s.heading.titleSpan.end), list },
      }));
  },
};
