// Builds whole reports from the snippets themselves (snippets/skeleton.json), to insert a table snippet "under its section
// heading" and lint the result: the 年报 skeleton (2021) or its 2019 variant, with one table cut out.
// Shared by the node:test snippet tests and the extension's Mocha suite.

import { BODY_PLACEHOLDER, skeletonPlaceholders, templates } from '../../core/src/index.js';
import { expandSnippet } from './expandSnippet.js';

interface Bodies { markdown: string[]; text: string[] }

/** snippets/skeleton.json, as scripts/generate-snippets.mjs writes it. */
export interface Skeleton {
  defaultYear: number;
  report: Bodies;
  tables: Record<string, Bodies>;
  snippets: { prefixes: string[]; body: string; description: string }[];
}

interface Snippet {
  /** The Chinese prefix and its pinyin. */
  prefixes: string[];
  /** What it inserts in a Markdown document (the year placeholder's default as generated). */
  body: string[];
  /** In a plain-text document. */
  text: string[];
  /** Its description's key in l10n/bundle.l10n*.json. */
  description: string;
}
/** The snippets by their Chinese prefix. */
export type SnippetFile = Record<string, Snippet>;

/** The snippets of skeleton.json by their Chinese prefix, each with the bodies it inserts. */
export function snippetsOf(skeleton: Skeleton): SnippetFile {
  return Object.fromEntries(skeleton.snippets.map((s) => {
    const bodies = s.body === 'report' ? skeleton.report : skeleton.tables[s.body];
    if (!bodies) throw new Error(`no body ${s.body}`);
    return [s.prefixes[0], { prefixes: s.prefixes, body: bodies.markdown, text: bodies.text, description: s.description }];
  }));
}

/** Which section each table snippet belongs under, and which template it is in. */
export const TABLE_SNIPPETS = [
  { name: '表二', numeral: '二', templateId: '2021' },
  { name: '表三', numeral: '三', templateId: '2021' },
  { name: '表四', numeral: '四', templateId: '2021' },
  { name: '表二2019', numeral: '二', templateId: '2019' },
  { name: '表三2019', numeral: '三', templateId: '2019' },
  { name: '表四2019', numeral: '四', templateId: '2019' },
] as const;

interface Hole {
  /** The report with the section's table removed (one empty line left under the heading). */
  text: string;
  /** Offset of the empty line where the table was. */
  offset: number;
}

/** Cuts the body of section `numeral` (a table) out of `text`, leaving one empty line to fill. */
export function withoutTable(text: string, numeral: string, eol = '\n'): Hole {
  const headingAt = text.indexOf(`${eol}## ${numeral}、`);
  if (headingAt < 0) throw new Error(`no section ${numeral}`);
  const bodyStart = text.indexOf(eol, headingAt + eol.length) + eol.length * 2; // after heading + blank line
  const next = text.indexOf(`${eol}## `, bodyStart);
  const bodyEnd = next - eol.length; // keep the blank line before the next heading
  return { text: text.slice(0, bodyStart) + text.slice(bodyEnd), offset: bodyStart };
}

/** Inserts `insert` at a hole. */
export function fill(hole: Hole, insert: string): string {
  return hole.text.slice(0, hole.offset) + insert + hole.text.slice(hole.offset);
}

/**
 * The skeleton as a writer leaves it: the body's name and a sentence of their own in place of each
 * placeholder paragraph (the placeholders themselves are placeholder-left findings).
 */
export function writtenIn(text: string): string {
  const p = skeletonPlaceholders(templates['2021']);
  let out = text.replace(BODY_PLACEHOLDER, '某某县某某局');
  for (const placeholder of [p.overview, ...p.subsections, p.problems]) {
    out = out.replace(placeholder, `本年度${placeholder.slice(0, -'。'.length)}已按要求写明。`);
  }
  return out;
}

/** The expanded 年报 skeleton, written in (writtenIn): 2021 template as written, or its 2019 variant (a 2020 report). */
export function reportText(snippets: SnippetFile, templateId: '2021' | '2019', eol = '\n'): string {
  const report = writtenIn(expandSnippet(snippets['年报'].body, eol));
  if (templateId === '2021') return report;
  let text = report.replaceAll('2025', '2020').replace('国办公开办函〔2021〕30号', '国办公开办函〔2019〕60号');
  for (const t of TABLE_SNIPPETS.filter((s) => s.templateId === '2019')) {
    text = fill(withoutTable(text, t.numeral, eol), expandSnippet(snippets[t.name].body, eol));
  }
  return text;
}
