// The body a report belongs to, read from its title (平潭综合实验区经济发展局 in
// "平潭综合实验区经济发展局2024年度政府信息公开工作年度报告"), and when two names mean one body.
// Conservative on purpose: when another body could be meant, the names do not match.

import { toNFKC } from '../text/nfkc.js';
import type { Report } from '../model.js';

/** Characters that are layout, not part of a name: spaces, Markdown marks, quotes and brackets. */
const layout = /[\s#*_`>《》“”"'‘’「」【】[\]]/g;
/** What a title says after the name: 关于…, 的, the year and the rest. */
const afterName = /(?:关于)?\d{4}\s*年.*$/;

/**
 * The body's name as the title writes it before the year, normalised (NFKC, no spaces or marks).
 * Undefined when the title does not name a year from which to cut the name, or names nothing.
 */
export function bodyOfReport(report: Report): string | undefined {
  if (!report.title || report.year?.from !== 'title') return undefined;
  const start = report.title.span.start;
  // The year's span is in the report's text; the name is what precedes it in the title.
  const before = report.text.slice(start, report.year.span.start);
  return normaliseBody(before);
}

/** A body's name as a key: NFKC, layout removed, a leading 关于 and a trailing 的 dropped. */
export function normaliseBody(name: string): string | undefined {
  let key = toNFKC(name).replace(layout, '').replace(afterName, '');
  if (key.startsWith('关于')) key = key.slice(2);
  if (key.endsWith('的')) key = key.slice(0, -1);
  // A name of one or two characters (局, 区局) says nothing about which body it is.
  return key.length >= 3 ? key : undefined;
}

/** The shortest tail a shorter name must keep to stand for a longer one (区经济发展局 for 平潭…经济发展局). */
const MIN_SHORT_NAME = 4;

/**
 * Whether two names may be one body: the same key, or the shorter is the end of the longer (the
 * place left out: 区经济发展局 and 平潭综合实验区经济发展局) and is long enough to name a body. Whether
 * nothing else could be meant is decided among the candidates (see previousReport).
 */
export function mayBeSameBody(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_SHORT_NAME && long.endsWith(short);
}
