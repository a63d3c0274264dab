// overview-too-long: the 2021 template asks that section 一 (总体情况) stay within about 1,000 字,
// counted as Word counts 字数. Information only; reported on the 一 heading.

import { countWords } from '../text/countWords.js';
import { overviewSection } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const overviewTooLong: Rule = {
  id: 'overview-too-long',
  category: 'content',
  defaultSeverity: 'info',
  meta: { messages: ['overview-too-long'] },
  check({ report, template }) {
    if (!template.overviewLimit) return [];
    const overview = overviewSection(report, template);
    if (!overview) return [];
    const count = countWords(report.text.slice(overview.body.start, overview.body.end));
    if (count <= template.overviewLimit) return [];
    return [{ span: overview.heading.span, messageId: 'overview-too-long', args: { count, limit: template.overviewLimit } }];
  },
};
