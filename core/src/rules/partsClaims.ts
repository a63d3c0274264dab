// A total in the text against the parts it lists: "共公开政府信息159条，其中…2条；…7条；…144条".
// "其中" also introduces a few examples out of many, so the parts are compared only when they are
// clearly the whole breakdown: the classification by 公开属性 (主动公开, 依申请公开, 不予公开), and for
// 条 also a catch-all part (其他…N条) or parts that already add up to more than the total. Whenever
// the total equals the sum of the first parts, the text agrees.

import type { RelatedSpan, Span } from '../types.js';
import { partsClaim as spec } from '../templates/textClaims.js';

interface PartsDisagreement {
  /** The total's number in the text. */
  span: Span;
  total: number;
  /** The unit of the total and its parts (条, 份, 件). */
  unit: string;
  parts: { value: number; label: string; span: Span }[];
  sum: number;
}

/** Blanks out bracketed notes (same length, so offsets hold): their figures are not parts. */
function withoutNotes(text: string): string {
  return text.replace(spec.note, (m) => ' '.repeat(m.length));
}

/** A part's label without the separators around it (a loop: no regex scans a long run twice). */
function trimSeparators(label: string): string {
  let start = 0;
  let end = label.length;
  while (start < end && spec.separators.includes(label[start])) start++;
  while (end > start && spec.separators.includes(label[end - 1])) end--;
  return label.slice(start, end);
}

/** Every total-and-parts statement of `text` whose parts clearly disagree with its total (spans in `text`). */
export function partsDisagreements(text: string): PartsDisagreement[] {
  const out: PartsDisagreement[] = [];
  spec.opener.lastIndex = 0;
  for (let opener = spec.opener.exec(text); opener; opener = spec.opener.exec(text)) {
    const at = opener.index;
    const before = spec.total.exec(text.slice(Math.max(0, at - 24), at));
    if (!before) continue;
    const totalAt = at - before[0].length;
    // "2,599条", "1.5条", "第3条": the digits read are not the whole figure.
    if (/[0-9\uFF10-\uFF19][,.]$|第$/.test(text.slice(Math.max(0, totalAt - 2), totalAt))) continue;
    const found = disagreement(text, at + opener[0].length, Number(before[1]), before[2]);
    if (found) out.push({ ...found, span: { start: totalAt, end: totalAt + before[1].length } });
  }
  return out;
}

function disagreement(text: string, from: number, total: number, unit: string): Omit<PartsDisagreement, 'span'> | undefined {
  const rest = text.slice(from, from + 600);
  const endAt = rest.search(spec.end);
  if (endAt < 0) return undefined; // no sentence end in reach: not clearly one statement
  let list = withoutNotes(rest.slice(0, endAt));
  const stopAt = list.search(spec.stop);
  if (stopAt >= 0) list = list.slice(0, stopAt);
  const lead = spec.lead.exec(list)![0].length;
  const parts: PartsDisagreement['parts'] = [];
  let last = lead;
  for (const m of list.matchAll(spec.part[unit])) {
    const i = m.index ?? 0;
    parts.push({ value: Number(m[1]), label: trimSeparators(list.slice(last, i)), span: { start: from + i, end: from + i + m[1].length } });
    last = i + m[0].length;
  }
  if (parts.length < 2) return undefined;
  const listed = list.slice(0, last);
  if (spec.overlap.test(listed) || spec.nested.test(listed) || spec.unreadable.test(listed)) return undefined;
  if ([...listed.matchAll(spec.counts)].some((m) => m[1] !== unit) || spec.partial.test(list)) return undefined;
  let sum = 0;
  for (const p of parts) {
    sum += p.value;
    if (sum === total) return undefined;
  }
  const labels = parts.map((p) => p.label).join('、');
  if (spec.classification.every((word) => word.test(labels))) return { total, unit, parts, sum };
  if (unit !== '条') return undefined;
  if (parts.some((p) => spec.catchAll.test(p.label))) return { total, unit, parts, sum };
  // No catch-all: only parts of the first list that already exceed the total are a contradiction.
  const segmentEnd = listed.search(spec.segmentEnd);
  const first = segmentEnd < 0 ? parts : parts.filter((p) => p.span.start - from < segmentEnd);
  const firstSum = first.reduce((a, p) => a + p.value, 0);
  return first.length >= 2 && firstSum > total ? { total, unit, parts: first, sum: firstSum } : undefined;
}

/** The parts as related locations of the finding (the editor can step through them). */
export function partsRelated(found: PartsDisagreement): RelatedSpan[] {
  return found.parts.map((p) => ({ ...p.span, messageId: 'related.claimPart', args: { name: p.label, value: p.value, unit: found.unit } }));
}
