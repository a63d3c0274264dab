// The test every automatic fix must pass: after it, re-linting shows its own finding gone and no new
// finding (a fix that would unbalance a sum, or turn one problem into another, is not applied).
// Findings of the two texts are matched through the edits' offset shifts.

import type { Edit, Finding } from '../types.js';

/** Where an offset of the text before `edits` (non-overlapping, sorted by start) lands in the text after them. */
function mapOffset(offset: number, edits: Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.start >= offset && !(e.start === e.end && e.start === offset)) break;
    // Inside a replaced range: its start. Text inserted right at the offset goes before it.
    if (e.end > offset) return e.start + delta;
    delta += e.text.length - (e.end - e.start);
  }
  return offset + delta;
}

/** What re-linting after some fixes shows, compared with the findings before them. */
export interface GateVerdict {
  /** Every fixed finding is gone (no finding of its rule where it was). */
  resolved: boolean;
  /** Findings after the fixes that match no finding before them. */
  added: Finding[];
  /** How many sums fail after the fixes that held before (reported or not); set by fixAll's gate. */
  sumsBroken: number;
}

/**
 * Compares the findings before (`before`, of which `fixed` had their fixes applied with `edits`)
 * with those after. A finding after is old when a finding before of its rule sat at the same place
 * (offsets mapped through the edits), or else has the same rule and message (it moved).
 */
export function judgeFixes(before: Finding[], fixed: Set<Finding>, edits: Edit[], after: Finding[], source: string): GateVerdict {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const inserted = structuralRanges(sorted, source);
  const at = (f: Finding) => `${f.ruleId}@${mapOffset(f.span.start, sorted)}`;
  const afterAt = new Set(after.map((f) => `${f.ruleId}@${f.span.start}`));
  const resolved = [...fixed].every((f) => !afterAt.has(at(f)));
  const byPlace = new Map<string, number>();
  const byMessage = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  for (const f of before) {
    if (fixed.has(f)) continue;
    bump(byPlace, at(f), 1);
  }
  const unplaced: Finding[] = [];
  for (const f of after) {
    const key = `${f.ruleId}@${f.span.start}`;
    if ((byPlace.get(key) ?? 0) > 0) bump(byPlace, key, -1);
    else unplaced.push(f);
  }
  // The old findings left unmatched by place may have moved (a heading renumbered before them).
  for (const f of before) {
    if (fixed.has(f)) continue;
    if ((byPlace.get(at(f)) ?? 0) > 0) {
      bump(byPlace, at(f), -1);
      bump(byMessage, `${f.ruleId}|${f.messageId}`, 1);
    }
  }
  const added: Finding[] = [];
  for (const f of unplaced) {
    const key = `${f.ruleId}|${f.messageId}`;
    if ((byMessage.get(key) ?? 0) > 0) bump(byMessage, key, -1);
    else if (!inserted.some((r) => f.span.start >= r.start && f.span.start <= r.end)) added.push(f);
  }
  return { resolved, added, sumsBroken: 0 };
}

/**
 * Where, in the text after the edits, a structural edit (one that inserts or removes whole lines: a
 * missing section or table put in, a duplicated heading taken out) left its text. A new finding
 * there is what that fix says it does (an empty 六 inserted does not report the fee yet), not harm.
 * Cell edits never hold a line break, so they get no such allowance.
 */
function structuralRanges(sorted: Edit[], source: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let delta = 0;
  for (const e of sorted) {
    const lines = /[\r\n]/.test(e.text) || /[\r\n]/.test(source.slice(e.start, e.end));
    if (lines) out.push({ start: e.start + delta, end: e.start + delta + e.text.length });
    delta += e.text.length - (e.end - e.start);
  }
  return out;
}
