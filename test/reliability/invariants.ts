// The properties the core must keep on any input, as checks that throw on a violation: used by the
// fast-check properties in the tests and by the long fuzz run (scripts/fuzz.mjs).

import { applyFixes, fixAll, lint, LineIndex, MAX_FIX_PASSES } from '../../core/src/index.js';
import type { Edit, Finding, Fix, LintOptions, Span } from '../../core/src/index.js';

class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(message: string): never {
  throw new InvariantError(message);
}

function describe(f: Finding): string {
  return `${f.ruleId} ${f.messageId} at ${f.span.start}-${f.span.end}`;
}

/** 0 ≤ start ≤ end ≤ length, whole numbers. */
function checkSpan(span: Span, length: number, what: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    fail(`${what}: span ${start}-${end} is not inside the document (length ${length})`);
  }
}

/** Whether an offset falls between the \r and \n of a CRLF pair (no line/column names it). */
function insideCrlf(text: string, offset: number): boolean {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function insidePair(text: string, offset: number): boolean {
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return offset > 0 && hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** offset → position → offset is the identity for every offset that names a place in a line. */
export function checkLineIndex(index: LineIndex, text: string, extraOffsets: number[] = []): void {
  if (index.text !== text) fail('LineIndex holds another text');
  const lines = text.split(/\r\n|\r|\n/).length;
  if (index.lineCount !== lines) fail(`LineIndex counts ${index.lineCount} lines, the text has ${lines}`);
  const step = Math.max(1, Math.floor(text.length / 2000));
  const offsets = [...extraOffsets, text.length];
  for (let o = 0; o < text.length; o += step) offsets.push(o);
  for (const o of offsets) {
    if (insideCrlf(text, o)) continue;
    const p = index.positionAt(o);
    const back = index.offsetAt(p);
    if (back !== o) fail(`LineIndex: offset ${o} → ${p.line}:${p.character} → ${back}`);
  }
  const lineStep = Math.max(1, Math.floor(index.lineCount / 2000));
  for (let line = 0; line < index.lineCount; line += lineStep) {
    const start = index.lineStarts[line];
    const end = index.lineEnd(line);
    if (end < start) fail(`LineIndex: line ${line} ends (${end}) before it starts (${start})`);
    const p = index.positionAt(end);
    if (p.line !== line || p.character !== end - start) fail(`LineIndex: end of line ${line} maps to ${p.line}:${p.character}`);
    if (index.offsetAt({ line, character: 0 }) !== start) fail(`LineIndex: line ${line} does not start at ${start}`);
    if (/[\r\n]/.test(index.lineText(line))) fail(`LineIndex: line ${line} contains a line break`);
  }
}

interface LintFacts {
  ms: number;
  findings: number;
}

/**
 * lint() does not throw, no rule crashed (no internal-error finding), every span (finding, related,
 * fix edit) lies inside the document, a fix's own edits never overlap or split a CRLF or surrogate
 * pair, and the LineIndex round-trips.
 */
export function checkLint(text: string, options: LintOptions = {}): LintFacts {
  const t0 = performance.now();
  const result = lint(text, options);
  const ms = performance.now() - t0;
  const boundaries: number[] = [];
  for (const f of result.findings) {
    if (f.ruleId === 'internal-error') fail(`a rule threw: ${JSON.stringify(f.args)}`);
    checkSpan(f.span, text.length, describe(f));
    boundaries.push(f.span.start, f.span.end);
    for (const r of f.related) {
      checkSpan(r, text.length, `${describe(f)} related ${r.messageId}`);
      boundaries.push(r.start, r.end);
    }
    if (f.fix) {
      if (f.fix.edits.length === 0) fail(`${describe(f)}: fix without edits`);
      for (const e of f.fix.edits) {
        checkSpan(e, text.length, `${describe(f)} fix edit`);
        if (typeof e.text !== 'string') fail(`${describe(f)}: fix edit text is not a string`);
        for (const o of [e.start, e.end]) {
          if (insideCrlf(text, o)) fail(`${describe(f)}: fix edit boundary ${o} splits a CRLF`);
          if (insidePair(text, o)) fail(`${describe(f)}: fix edit boundary ${o} splits a surrogate pair`);
        }
      }
      if (applyFixes(text, [f.fix]).skipped.length > 0) fail(`${describe(f)}: its own fix is refused (edits overlap)`);
    }
  }
  checkLineIndex(result.index, text, boundaries);
  return { ms, findings: result.findings.length };
}

/** Applies edits by hand (an independent reference for applyFixes). */
function spliceEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The edits that turn the fixed text back into the original. */
export function inverseEdits(original: string, edits: readonly Edit[]): Edit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Edit[] = [];
  let shift = 0;
  for (const e of sorted) {
    const start = e.start + shift;
    out.push({ start, end: start + e.text.length, text: original.slice(e.start, e.end) });
    shift += e.text.length - (e.end - e.start);
  }
  return out;
}

/**
 * Where an offset of the original lands after the edits: one offset, or for an offset inside an edit
 * (or at an insertion) the whole range of the new text, since a finding left there may sit after it.
 */
function mapOffset(offset: number, edits: readonly Edit[]): { from: number; to: number } {
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (offset < e.start) break;
    if (offset < e.end || offset === e.start) return { from: e.start + shift, to: e.start + shift + e.text.length };
    shift += e.text.length - (e.end - e.start);
  }
  return { from: offset + shift, to: offset + shift };
}

export interface FixFacts {
  /** Single fixes applied and checked. */
  fixes: number;
  /** Safe fixes whose finding was checked to be gone. */
  safeFixes: number;
  /** Passes fixAll needed. */
  passes: number;
  /** Fixes fixAll applied in all. */
  applied: number;
  /** Single fixes checked, by rule. */
  byRule: Record<string, number>;
}

/**
 * Every single fix changes text only inside its own edits, is undone exactly by its inverse edits,
 * and (when safe) removes its own finding; fixAll converges within MAX_FIX_PASSES and is idempotent.
 * `maxFixes` bounds how many single fixes are tried (all of them by default).
 */
export function checkFixSafety(text: string, options: LintOptions = {}, maxFixes = Infinity): FixFacts {
  const { findings } = lint(text, options);
  const withFix = findings.filter((f): f is Finding & { fix: Fix } => f.fix !== undefined);
  let fixes = 0;
  let safeFixes = 0;
  const byRule: Record<string, number> = {};
  // When there are more fixes than `maxFixes`, take them evenly spread over the document.
  const picked = withFix.length <= maxFixes ? withFix : Array.from({ length: maxFixes }, (_, i) => withFix[Math.floor((i * withFix.length) / maxFixes)]);
  for (const f of picked) {
    const result = applyFixes(text, [f.fix]);
    if (result.applied.length !== 1) fail(`${describe(f)}: applyFixes refused its only fix`);
    const expected = spliceEdits(text, f.fix.edits);
    if (result.text !== expected) fail(`${describe(f)}: applying the fix changed text outside its edits`);
    const first = Math.min(...f.fix.edits.map((e) => e.start));
    const last = Math.max(...f.fix.edits.map((e) => e.end));
    if (!result.text.startsWith(text.slice(0, first)) || !result.text.endsWith(text.slice(last))) {
      fail(`${describe(f)}: the text before or after the fix's edits changed`);
    }
    const undone = applyFixes(result.text, [{ ...f.fix, edits: inverseEdits(text, f.fix.edits) }]);
    if (undone.text !== text) fail(`${describe(f)}: undoing the fix does not restore the original`);
    fixes++;
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    if (!f.fix.safe || result.text === text) continue;
    const place = mapOffset(f.span.start, f.fix.edits);
    const alike = (g: Finding) => g.ruleId === f.ruleId && g.messageId === f.messageId && sameSubject(f, g);
    const after = lint(result.text, options).findings.filter(alike);
    const again = after.find((g) => place.from <= g.span.start && g.span.start <= place.to);
    // A finding like it may move into the place (removing the first of two repeated headings brings
    // up the second): the fix took if there is one such finding fewer than before.
    if (again && after.length >= findings.filter(alike).length) fail(`${describe(f)}: the safe fix did not remove its finding (${JSON.stringify(again.args)})`);
    safeFixes++;
  }
  const all = fixAll(text, options);
  if (all.passes >= MAX_FIX_PASSES) fail(`fixAll did not settle within ${MAX_FIX_PASSES} passes`);
  const twice = fixAll(all.text, options);
  if (twice.text !== all.text) fail(`fixAll is not idempotent: a second run applied ${twice.applied} more fixes`);
  return { fixes, safeFixes, passes: all.passes, applied: all.applied, byRule };
}

/** The same finding about the same thing (e.g. the same missing section), not just the same rule. */
function sameSubject(a: Finding, b: Finding): boolean {
  const keys = ['section', 'table', 'label', 'column', 'numeral', 'title', 'tableName', 'group'];
  return keys.every((k) => !(k in a.args) || a.args[k] === b.args[k]);
}
