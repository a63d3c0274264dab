// Aligns the outline's top-level headings to the template's section sequence: each heading becomes a
// template section (by its key words, else by its number where it stands in the right place) or an
// extra section; of several headings of one section, the one with content is the section and the
// others are its duplicates. section-missing/-duplicate/-order/-extra/-heading are views of this one
// result.

import type { Heading, Section } from '../model.js';
import type { SectionSpec, Template } from '../templates/templateTypes.js';
import { isSpace } from '../text/charClass.js';
import type { Recognised } from './readOutline.js';

/** The section a heading's words name; of several, the one whose number it carries, else the closest match. */
function byWords(heading: Heading, { key, sections }: Recognised): SectionSpec | undefined {
  if (sections.length <= 1) return sections[0];
  const own = sections.find((s) => s.number === heading.numeral?.value);
  if (own) return own;
  const score = (s: SectionSpec) => s.required.filter((group) => group.some((t) => key.includes(t))).length;
  return sections.reduce((best, s) => (score(s) > score(best) ? s : best));
}

/** Whether nothing but whitespace stands between two offsets. */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i)) && text[i] !== '\n' && text[i] !== '\r') return false;
  return true;
}

/**
 * Sections in document order (top-level headings with their bodies and first-level subheadings),
 * each recognised as a template section, an extra section, or a duplicate.
 */
export function alignSections(top: Heading[], all: Heading[], recognised: Map<Heading, Recognised>, template: Template, text: string): Section[] {
  const assigned: (SectionSpec | undefined)[] = top.map((h) => byWords(h, recognised.get(h)!));
  // A heading in other words (一、概述) is the section whose number it carries, where that section
  // stands: no other heading names it, and the sections around it come before and after it.
  for (let i = 0; i < top.length; i++) {
    const value = top[i].numeral?.value;
    if (assigned[i] || value === undefined) continue;
    const spec = template.sections.find((s) => s.number === value);
    if (!spec || assigned.includes(spec)) continue;
    const before = assigned.slice(0, i).filter((s) => s !== undefined).pop();
    const after = assigned.slice(i + 1).find((s) => s !== undefined);
    if ((!before || before.number < spec.number) && (!after || after.number > spec.number)) assigned[i] = spec;
  }

  // The headings under each top-level one, in one pass (both lists are in document order).
  const under: Heading[][] = top.map(() => []);
  let t = -1;
  for (const h of all) {
    while (t + 1 < top.length && top[t + 1].span.start <= h.span.start) t++;
    if (t >= 0 && h.level > 0) under[t].push(h);
  }
  const sections: Section[] = top.map((heading, i) => {
    const end = i + 1 < top.length ? top[i + 1].lineSpan.start : text.length;
    const body = { start: heading.lineSpan.end, end };
    const children = under[i];
    const firstLevel = Math.min(...children.map((h) => h.level));
    return {
      heading,
      sectionId: assigned[i]?.id,
      body,
      subsections: children.filter((h) => h.level === firstLevel),
      empty: blank(text, body.start, end),
    };
  });

  // Of the headings of one section, the first with content of its own is the section; a copy with
  // nothing under it (pasted twice) or a later one is its duplicate.
  const byId = new Map<string, Section[]>();
  for (const s of sections) if (s.sectionId) byId.set(s.sectionId, [...(byId.get(s.sectionId) ?? []), s]);
  for (const copies of byId.values()) {
    if (copies.length < 2) continue;
    const main = copies.find((s) => !s.empty) ?? copies[copies.length - 1];
    for (const s of copies) if (s !== main) s.duplicate = true;
  }
  return sections;
}
