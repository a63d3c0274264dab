// subsection-missing: section 一 (总体情况) does not cover one of the five parts the format lists
// (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障), neither as a subsection nor in its text.

import { matchesTerms } from '../text/normalizeLabel.js';
import { firstSections } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

export const subsectionMissing: Rule = {
  id: 'subsection-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: false,
  check({ report, template }) {
    const overview = firstSections(report).get('overview');
    if (!overview) return [];
    // Bracketed text counts too: "（三）管理与平台（政府信息管理、平台建设）".
    const key = report.text.slice(overview.heading.span.start, overview.body.end).normalize('NFKC').replace(/[^\p{Script=Han}]/gu, '');
    return template.overviewSubsections
      .filter((sub) => !matchesTerms(key, sub.recognise))
      .map((sub) => ({ span: overview.heading.span, messageId: 'subsection-missing', args: { title: sub.title } }));
  },
};
