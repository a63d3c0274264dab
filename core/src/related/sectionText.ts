// The text of sections 一 and 五 as repeated-text compares it: normalised characters only (NFKC,
// CJK, letters, digits), every run of digits masked as one '#' so that years and figures changing
// from one year to the next do not count as new text.

import type { Report } from '../model.js';
import type { Template } from '../templates/templateTypes.js';
import { foldYearDigits } from '../read/foldYearDigits.js';
import { toNFKC } from '../text/nfkc.js';
import type { DigestRange } from './reportDigest.js';

/** The sections compared across years. */
export const COMPARED_SECTIONS = ['overview', 'problems'] as const;
type ComparedSection = (typeof COMPARED_SECTIONS)[number];

export interface DigestSection {
  sectionId: ComparedSection;
  /** Template number of the section (1 for 一, 5 for 五). */
  number: number;
  /** Where its heading sits. */
  heading: DigestRange;
  /** normalisedText() of its body. */
  text: string;
}

const dropped = /[^\p{Script=Han}\p{L}\d]+/gu;
const digitRuns = /\d+/g;

/** A text as compared: years folded to digits, NFKC, only letters and digits, digit runs as '#'. */
export function normalisedText(text: string): string {
  return toNFKC(foldYearDigits(text)).replace(dropped, '').replace(digitRuns, '#');
}

/** Sections 一 and 五 of a report, the first of each, with their normalised bodies. */
export function sectionTexts(report: Report, template: Template, range: (start: number, end: number) => DigestRange): DigestSection[] {
  const out: DigestSection[] = [];
  for (const id of COMPARED_SECTIONS) {
    const number = template.sections.find((s) => s.id === id)?.number;
    const section = report.sections.find((s) => s.sectionId === id && !s.duplicate);
    if (!section || number === undefined) continue;
    const { span } = section.heading;
    out.push({
      sectionId: id, number, heading: range(span.start, span.end),
      text: normalisedText(report.text.slice(section.body.start, section.body.end)),
    });
  }
  return out;
}
