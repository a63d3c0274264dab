// subsection-missing: section 一 (总体情况) does not cover one of the five parts the format lists
// (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障), neither as a subsection nor in its text.

import { CharClass, keepOnly } from '../text/charClass.js';
import { toNFKC } from '../text/nfkc.js';
import { matchesTerms } from '../text/normalizeLabel.js';
import { firstSections } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';

/** CJK characters only (was a /[^\p{Script=Han}]/gu replace over the whole section, slow on long text). */
const han = new CharClass(/^\p{Script=Han}$/u);

export const subsectionMissing: Rule = {
  id: 'subsection-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  fixable: false,
  check({ report, template }) {
    const overview = firstSections(report).get('overview');
    if (!overview) return [];
    // Bracketed text counts too: "（三）管理与平台（政府信息管理、平台建设）".
    const key = keepOnly(toNFKC(report.text.slice(overview.heading.span.start, overview.body.end)), han);
    return template.overviewSubsections
      .filter((sub) => !matchesTerms(key, sub.recognise))
      .map((sub) => ({ span: overview.heading.span, messageId: 'subsection-missing', args: { title: sub.title } }));
  },
};
