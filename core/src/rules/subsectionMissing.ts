// subsection-missing: section 一 (总体情况) does not cover some of the five parts the template lists
// (主动公开, 依申请公开, 政府信息管理, 平台建设, 监督保障): one finding on the 一 heading naming every
// part found neither in a subheading of 一 nor in its text.

import { CharClass, keepOnly } from '../text/charClass.js';
import { toNFKC } from '../text/nfkc.js';
import { matchesTerms, textKey } from '../text/normalizeLabel.js';
import { overviewSection } from './sectionHelpers.js';
import type { Rule } from './ruleTypes.js';
import type { KeyTerms, SubsectionSpec, Template } from '../templates/templateTypes.js';

/** CJK characters only, kept by a character class (a Unicode-property regex replace is slow on a long section). */
const han = new CharClass(/^\p{Script=Han}$/u);

function keyOf(text: string): string {
  return keepOnly(toNFKC(text), han);
}

/**
 * Alternatives whose every term is its own key: finding those in the raw text implies finding them
 * in its key (CJK characters are stable under NFKC and keepOnly only removes what lies between).
 */
function isKeyForm(terms: string[]): boolean {
  return terms.every((t) => keyOf(t) === t);
}

/** Each subsection's alternatives that may be looked for in the raw text (a fact of the template). */
function rawForms(template: Template): Map<SubsectionSpec, KeyTerms> {
  return new Map(template.overviewSubsections.map((sub) => [sub, sub.recognise.filter(isKeyForm)]));
}

export const subsectionMissing: Rule = {
  id: 'subsection-missing',
  category: 'structure',
  defaultSeverity: 'warning',
  meta: { messages: ['subsection-missing'] },
  check({ report, template }) {
    const overview = overviewSection(report, template);
    if (!overview) return [];
    // What 一 covers: its text, and that of extra sections standing right after it (二、主要采取的措施
    // is overview material under its own heading).
    let end = overview.body.end;
    for (const s of report.sections.slice(report.sections.indexOf(overview) + 1)) {
      if (s.sectionId) break;
      end = s.body.end;
    }
    // Bracketed text counts too: "（三）管理与平台（政府信息管理、平台建设）".
    const text = report.text.slice(overview.heading.span.start, end);
    // A part named as the template writes it is found in the text as it is (most drafts); the subheadings'
    // keys (a heading may name a part in other words) and the key of the whole section (NFKC, CJK
    // characters only) are built only to look again for a part not found so.
    let headingKeys: string[] | undefined;
    const subheadingKeys = () => (headingKeys ??= report.headings
      .filter((h) => h.level > 0 && h.span.start >= overview.body.start && h.span.start < end)
      .map((h) => textKey(h.title)));
    let key: string | undefined;
    const raw = template.derived.of(rawForms);
    const missing = template.overviewSubsections.filter((sub) => {
      if (matchesTerms(text, raw.get(sub)!)) return false;
      const inHeading = sub.headingRecognise ?? sub.recognise;
      if (subheadingKeys().some((k) => matchesTerms(k, inHeading))) return false;
      return !matchesTerms((key ??= keyOf(text)), sub.recognise);
    });
    if (missing.length === 0) return [];
    return [{ span: overview.heading.span, messageId: 'subsection-missing', args: { titles: missing.map((m) => m.title).join('、'), count: missing.length } }];
  },
};
