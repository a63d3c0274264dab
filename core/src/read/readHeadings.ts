// Finds the report's sections: the outline reader puts every heading candidate at its level, and the
// top-level headings are aligned to the template's six sections (readOutline.ts, alignSections.ts).

import type { Heading, Section } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { LineSet } from '../text/lineSet.js';
import type { Template } from '../templates/templateTypes.js';
import { alignSections } from './alignSections.js';
import { assignOutlineLevels, readHeadingCandidates, recogniseHeading } from './readOutline.js';

interface Outline {
  /** Every heading candidate outside the tables and the title, in order, with its outline level. */
  headings: Heading[];
  sections: Section[];
}

/** Sections in document order, each with its body span and its first-level subheadings. */
export function readHeadings(
  index: LineIndex,
  skipLines: LineSet,
  markdownHeadings: Map<number, number>,
  template: Template,
  fromLine = 0,
): Outline {
  const headings = readHeadingCandidates(index, skipLines, markdownHeadings, fromLine);
  // Each heading's words are keyed once, for the levels and the alignment.
  const recognised = headings.map((h) => recogniseHeading(h, template));
  const top = assignOutlineLevels(headings, recognised);
  return { headings, sections: alignSections(top, headings, new Map(headings.map((h, i) => [h, recognised[i]])), template, index.text) };
}
