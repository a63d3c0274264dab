// The placeholder text the snippets, the insert commands and the new-report skeleton put into a
// draft for the writer to replace. One list for both sides: scripts/generate-snippets.mjs writes
// these strings into the snippets, and the placeholder-left rule looks for them in a draft.

import type { Template } from '../templates/templateTypes.js';

/** The body's name in the snippets' title (a tab stop whose default is this). */
export const BODY_PLACEHOLDER = 'XX县XX局';

export interface SkeletonPlaceholders {
  /** The paragraph under 一、总体情况. */
  overview: string;
  /** The paragraph under each of section 一's subsections, in template order. */
  subsections: string[];
  /** The paragraph under 五、存在的主要问题及改进情况. */
  problems: string;
}

/** The paragraphs the snippets put under the sections and subsections of `template`. */
export function skeletonPlaceholders(template: Template): SkeletonPlaceholders {
  const title = (id: string) => template.sections.find((s) => s.id === id)?.title ?? '';
  return {
    overview: `${title('overview')}概述。`,
    subsections: template.overviewSubsections.map((sub) => `${sub.title}情况。`),
    problems: `${title('problems')}。`,
  };
}
