// Applies fixes to a text: edits sorted by offset, any fix whose edits overlap an earlier one (or
// each other) is skipped whole, so every applied fix changes text only inside its own ranges.

import type { Edit, Fix } from '../types.js';

interface ApplyResult {
  text: string;
  applied: Fix[];
  skipped: Fix[];
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
}

export function applyFixes(text: string, fixes: Fix[]): ApplyResult {
  const accepted: Edit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  for (const fix of fixes) {
    const valid = fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length);
    const clash = fix.edits.some((e, i) => accepted.some((a) => overlaps(a, e)) || fix.edits.some((o, j) => j !== i && overlaps(o, e)));
    if (!valid || clash) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...fix.edits);
    applied.push(fix);
  }
  accepted.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of accepted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied, skipped };
}
