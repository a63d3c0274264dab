// The outline reader: every heading candidate outside the tables, read once (readHeadingMarker), put
// at a level of the document's outline as a reader of the page would. Levels come from the numbering
// schemes and Markdown levels the document itself uses; a numbering that restarts inside a section
// is a child list. Only the top level can hold sections: `#### 4.认真办理依申请公开` inside 一, or
// `1.加强平台建设`, is never a section, whatever its words.

import type { Heading } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { LineSet } from '../text/lineSet.js';
import { matchesTerms, textKey } from '../text/normalizeLabel.js';
import type { SectionSpec, Template } from '../templates/templateTypes.js';
import { mayBeNumberedHeading, readHeadingMarker, schemeRank } from './readHeadingMarker.js';

/** A heading's title key and the template sections its words name. */
export interface Recognised {
  key: string;
  sections: SectionSpec[];
}

const NONE: Recognised = { key: '', sections: [] };

/** What a heading's words name; headings below the section schemes are not keyed (they are never sections). */
export function recogniseHeading(heading: Heading, template: Template): Recognised {
  if (heading.scheme !== 'part' && heading.scheme !== 'cn' && heading.scheme !== 'none') return NONE;
  const key = textKey(heading.title);
  return { key, sections: template.sections.filter((s) => matchesTerms(key, s.recognise)) };
}

/** Every heading candidate of the text outside `skipLines` and before-title lines, in order. */
export function readHeadingCandidates(index: LineIndex, skipLines: LineSet, markdownHeadings: Map<number, number>, fromLine: number): Heading[] {
  const found: Heading[] = [];
  for (let line = fromLine; line < index.lineCount; line++) {
    if (skipLines.has(line)) continue;
    const lineStart = index.lineStarts[line];
    const lineEnd = index.lineEnd(line);
    const hashes = markdownHeadings.get(line);
    // A plain line is a candidate only when numbered: prose is ruled out in the text, before it is copied.
    if (hashes === undefined && !mayBeNumberedHeading(index.text, lineStart, lineEnd)) continue;
    const heading = readHeadingMarker(index.text.slice(lineStart, lineEnd), lineStart, line, hashes);
    if (heading && heading.title.trim() !== '') found.push(heading);
  }
  return found;
}

/** The most frequent value (the smaller on a tie), or undefined for none. */
function mostFrequent(values: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && v < best)) best = v;
  return best;
}

// Sections are numbered 第一部分 or 一、 (the table reader ends a table at those too); a draft numbering
// its sections 1. or （一） is not read as such: their labels are the tables' own numbering.
const TOP_SCHEMES = ['part', 'cn'] as const;
/** An unnumbered Markdown heading below the section level, or any deeper scheme. */
const DEEP = schemeRank.none;

/**
 * Puts every candidate at its outline level (`level`, `kind`) and returns the top-level ones: the
 * headings that may be sections. The top level is 一、 or 第一部分, whichever names more sections of the
 * template, at the Markdown level the document gives its numbered sections (when it keeps one).
 */
export function assignOutlineLevels(candidates: Heading[], recognised: Recognised[]): Heading[] {
  // The Markdown level of the sections, when the document keeps one: where all its 一、/第一部分
  // headings stand. A draft that sets them at several levels (### 一、, ## 二、, #### 四、) uses the
  // hashes for looks, and only the numbering tells the levels.
  const numberedMd = new Set(candidates.filter((h) => h.markdownLevel > 0 && (h.scheme === 'cn' || h.scheme === 'part')).map((h) => h.markdownLevel));
  const plainMd = candidates.filter((h, i) => h.markdownLevel > 0 && h.scheme === 'none' && recognised[i].sections.length > 0).map((h) => h.markdownLevel);
  const sectionMd = numberedMd.size === 1 ? [...numberedMd][0] : numberedMd.size === 0 ? mostFrequent(plainMd) : undefined;

  const rankOf = (h: Heading, i: number): number => {
    if (h.scheme !== 'none') return schemeRank[h.scheme];
    // An unnumbered Markdown heading is a section only at the sections' level and naming one.
    const atSectionLevel = sectionMd === undefined ? numberedMd.size === 0 || h.markdownLevel <= Math.max(...numberedMd) : h.markdownLevel === sectionMd;
    return atSectionLevel && recognised[i].sections.length > 0 ? -1 : DEEP;
  };
  const ranks = candidates.map(rankOf);
  // The top level: the scheme whose headings name the most sections of the template (their children
  // name a few too: （一）主动公开); on a tie, the one the document uses first.
  let topRank: number = schemeRank.cn;
  let most = 1;
  let firstAt = Infinity;
  for (const scheme of TOP_SCHEMES) {
    const names = new Set<string>();
    let at = Infinity;
    candidates.forEach((h, i) => {
      if (ranks[i] !== schemeRank[scheme] || !h.ownLine || recognised[i].sections.length === 0) return;
      for (const s of recognised[i].sections) names.add(s.id);
      at = Math.min(at, i);
    });
    if (names.size > most || (names.size === most && names.size > 1 && at < firstAt)) {
      [topRank, most, firstAt] = [schemeRank[scheme], names.size, at];
    }
  }

  const top: Heading[] = [];
  let topLast = 0;
  let child: { last: number } | undefined;
  const setLevel = (h: Heading, level: number) => {
    h.level = level;
    h.kind = level === 0 ? 'section' : 'subsection';
  };
  for (let i = 0; i < candidates.length; i++) {
    const h = candidates[i];
    const rank = ranks[i];
    const deeperMd = sectionMd !== undefined && h.markdownLevel > sectionMd;
    if (rank > topRank || deeperMd) {
      setLevel(h, Math.max(1, Math.min(rank, DEEP) - topRank) + (deeperMd ? h.markdownLevel - sectionMd! : 0));
      continue;
    }
    const v = h.numeral?.value;
    if (v === undefined || rank < topRank) {
      // An unnumbered Markdown heading naming a section, or a scheme above the sections (第一部分 over 一、).
      setLevel(h, 0);
      top.push(h);
      child = undefined;
      continue;
    }
    const names = recognised[i].sections;
    const carriesOwnNumber = names.some((s) => s.number === v);
    const exact = names.some((s) => s.number === v && s.required.every((group) => group.some((t) => recognised[i].key.includes(t))));
    const sectionLike = (names.length > 0 && h.ownLine) || carriesOwnNumber;
    const continuesTop = v === topLast + 1;
    const isMarkdown = h.markdownLevel > 0;
    if (child) {
      const continuesChild = v === child.last + 1;
      // Both lists go on here: the top one wins only with the next section's own words on a line of its own.
      const topWins = continuesTop && carriesOwnNumber && h.ownLine && (exact || isMarkdown || h.bold);
      if (continuesChild && !topWins) {
        child.last = v;
        setLevel(h, 1);
        continue;
      }
      if (!continuesTop && !sectionLike) {
        setLevel(h, 1);
        continue;
      }
    }
    if (topLast >= 1 && v <= topLast) {
      // The numbering starts again (一、 inside 五) or goes back: a child list, unless it is a section's own heading.
      const restartsAsSection = v === 1 ? carriesOwnNumber && h.ownLine : sectionLike && h.ownLine;
      if (!restartsAsSection) {
        child = { last: v };
        setLevel(h, 1);
        continue;
      }
    } else if (!isMarkdown && !h.ownLine && !carriesOwnNumber) {
      // A numbered sentence ("一、强化组织领导。成立了…") is a list item, not a heading.
      setLevel(h, 1);
      continue;
    } else if (names.length === 0 && !(continuesTop && h.ownLine && h.title.length <= 25)) {
      // A heading the template does not know is a section (an extra one) only where the numbering goes on.
      setLevel(h, 1);
      continue;
    }
    setLevel(h, 0);
    top.push(h);
    topLast = v;
    child = undefined;
  }
  return top;
}
