// repeated-text: sections 一 and 五 must not largely repeat the same body's report of the year
// before (年年雷同). Each section is compared with last year's same section (its digest: the text
// normalised, years and every number masked) as sets of 5-character shingles: the share of this
// year's shingles that last year's section also has. From 50 % on, a warning on the heading names
// the share and last year's file, with last year's heading as a related location there. Sections
// too short to judge, and the template's own headings inside them, do not count.

import { fileLabel } from '../related/fileLabel.js';
import { previousReport } from '../related/previousReport.js';
import { COMPARED_SECTIONS, normalisedText, type DigestSection } from '../related/sectionText.js';
import type { Template } from '../templates/templateTypes.js';
import { chineseNumeral } from '../text/normalizeLabel.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

/** Characters per shingle: short enough that a light edit leaves most of a sentence's shingles, long enough that common words do not match. */
const SHINGLE_LENGTH = 5;
/** From this share of this year's shingles found in last year's section, the section is reported. */
export const REPEATED_THRESHOLD = 0.5;
/** A section with fewer distinct shingles (about 50 characters) is too short to judge. */
const MIN_SHINGLES = 50;

/**
 * The distinct shingles of a normalised text, in UTF-16 units (a character outside the BMP counts as
 * two: both years are cut the same way). Run once per lint on this year's sections.
 */
export function shingles(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE_LENGTH <= text.length; i++) out.add(text.slice(i, i + SHINGLE_LENGTH));
  return out;
}

/** Last year's shingles, worked out once per digest section (the server's index keeps its digests). */
const digestShingles = new WeakMap<DigestSection, Set<string>>();

function shinglesOf(section: DigestSection): Set<string> {
  let s = digestShingles.get(section);
  if (!s) digestShingles.set(section, (s = shingles(section.text)));
  return s;
}

/** The shingles of the template's own words (section and subsection titles), which every year repeats. */
export function templateShingles(template: Template): Set<string> {
  return template.derived.of(templateWords);
}

function templateWords(template: Template): Set<string> {
  const out = new Set<string>();
  for (const title of [...template.sections.map((s) => s.title), ...template.overviewSubsections.map((s) => s.title)]) {
    for (const s of shingles(normalisedText(title))) out.add(s);
  }
  return out;
}

/** The share (0–1) of `current`'s shingles that `previous` has, the template's own words left out; undefined when too short. */
export function repeatedShare(current: Set<string>, previous: Set<string>, ignore: Set<string> = new Set()): number | undefined {
  let counted = 0;
  let repeated = 0;
  for (const s of current) {
    if (ignore.has(s)) continue;
    counted++;
    if (previous.has(s)) repeated++;
  }
  return counted < MIN_SHINGLES ? undefined : repeated / counted;
}

export const repeatedText: Rule = {
  id: 'repeated-text',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['repeated-text'], related: ['related.lastYearSection'] },
  check({ report, template, related, file }) {
    const last = previousReport(report, related, file);
    if (!last || last.sections.length === 0) return [];
    const ignore = templateShingles(template);
    const findings: RuleFinding[] = [];
    for (const id of COMPARED_SECTIONS) {
      const before = last.sections.find((s) => s.sectionId === id);
      const section = report.sections.find((s) => s.sectionId === id && !s.duplicate);
      if (!before || !section) continue;
      const share = repeatedShare(shingles(normalisedText(report.text.slice(section.body.start, section.body.end))), shinglesOf(before), ignore);
      if (share === undefined || share < REPEATED_THRESHOLD) continue;
      const number = template.sections.find((s) => s.id === id)!.number;
      const { span } = section.heading;
      findings.push({
        span: { start: span.start, end: span.end },
        messageId: 'repeated-text',
        args: {
          numeral: chineseNumeral(number), title: section.heading.title, percent: Math.floor(share * 100),
          lastYear: last.year, file: fileLabel(last.file), lastNumeral: chineseNumeral(before.number),
        },
        related: [{
          start: 0, end: 0, messageId: 'related.lastYearSection', args: { year: last.year, numeral: chineseNumeral(before.number) },
          elsewhere: { file: last.file, start: before.heading.start, end: before.heading.end },
        }],
      });
    }
    return findings;
  },
};
