// "Fix all": lint, apply the safe fixes, lint again until none is left (at most a few passes), as
// ESLint's multipass fixing does — but a fix is kept only when re-linting shows its finding gone and
// no new finding (fixGate.ts): a pass's fixes are tried together, and one by one when together they
// fail. Fixes that undo each other across passes (text A → B → A) stop the run before the text repeats.

import { lintWithFacts } from '../lint.js';
import { failingSumKeys } from '../rules/checkSums.js';
import type { Edit, Finding, Fix, LintOptions } from '../types.js';
import { applyFixes } from './applyEdits.js';
import { judgeFixes, type GateVerdict } from './fixGate.js';

export interface FixAllResult {
  text: string;
  passes: number;
  /** Fixes applied (and kept). */
  applied: number;
  /** Safe fixes not applied because re-linting showed their finding still there or a new finding. */
  rejected: number;
  /** Whether fixes were found undoing each other (the run stopped before repeating a text). */
  cycle: boolean;
}

export const MAX_FIX_PASSES = 10;

/** The order a pass applies its fixes in: by the range they edit. */
function byRange(a: Finding, b: Finding): number {
  const sa = Math.min(...a.fix!.edits.map((e) => e.start));
  const sb = Math.min(...b.fix!.edits.map((e) => e.start));
  return sa - sb || a.span.start - b.span.start;
}

/** Whether a verdict lets the fixes stand: their findings gone, nothing new, no sum broken. */
function passes(verdict: GateVerdict): boolean {
  return verdict.resolved && verdict.added.length === 0 && verdict.sumsBroken === 0;
}

/** A lint as the gate needs it: the findings, and every sum that fails (reported or not). */
interface Linted {
  findings: Finding[];
  failingSums: string[];
}

function lintFor(text: string, options: LintOptions): Linted {
  const result = lintWithFacts(text, options);
  // The lint's own failing sums (no recount).
  return { findings: result.findings, failingSums: failingSumKeys(result.facts) };
}

/** The gate's verdict on a lint after some fixes, against the lint before them. */
function judge(before: Linted, fixed: Set<Finding>, edits: Edit[], after: Linted, text: string): GateVerdict {
  const verdict = judgeFixes(before.findings, fixed, edits, after.findings, text);
  // A sum the fixes break can hide behind another failure (reported as its consequence): count them all.
  const failed = new Set(before.failingSums);
  return { ...verdict, sumsBroken: after.failingSums.filter((k) => !failed.has(k)).length };
}

/** The key a rejected fix is remembered by across passes (its rule, message and edits). */
function fixKey(f: Finding, text: string): string {
  return `${f.ruleId}|${f.messageId}|${f.fix!.edits.map((e) => `${text.slice(Math.max(0, e.start - 20), e.end + 20)}→${e.text}`).join('|')}`;
}

/**
 * Applies every safe fix (that `pick` accepts) that passes the fix gate, pass after pass, and
 * returns the fixed text. A fix whose result re-lints with its finding still there, or with any
 * finding that was not there before, is not applied.
 */
export function fixAll(text: string, options: LintOptions = {}, pick: (f: Finding) => boolean = () => true): FixAllResult {
  let current = text;
  let linted = lintFor(current, options);
  let applied = 0;
  let passCount = 0;
  let cycle = false;
  const rejected = new Set<string>();
  const seen = new Set<string>([text]);
  while (passCount < MAX_FIX_PASSES) {
    const candidates = linted.findings.filter((f) => f.fix?.safe && pick(f) && !rejected.has(fixKey(f, current))).sort(byRange);
    if (candidates.length === 0) break;
    passCount++;
    const step = gatedPass(current, linted, candidates, options);
    for (const f of step.rejected) rejected.add(fixKey(f, current));
    if (step.applied === 0 || step.text === current) {
      if (step.rejected.length === 0) break;
      continue;
    }
    if (seen.has(step.text)) {
      cycle = true;
      break;
    }
    seen.add(step.text);
    applied += step.applied;
    current = step.text;
    linted = step.linted;
  }
  return { text: current, passes: passCount, applied, rejected: rejected.size, cycle };
}

interface PassResult {
  text: string;
  linted: Linted;
  applied: number;
  rejected: Finding[];
}

/** One pass: all candidates at once when they pass the gate together, else each in turn. */
function gatedPass(text: string, before: Linted, candidates: Finding[], options: LintOptions): PassResult {
  const together = applyFixes(text, candidates.map((f) => f.fix!));
  const fixedTogether = new Set(candidates.filter((f) => together.applied.includes(f.fix!)));
  const afterTogether = lintFor(together.text, options);
  if (passes(judge(before, fixedTogether, editsOf(together.applied), afterTogether, text))) {
    return { text: together.text, linted: afterTogether, applied: together.applied.length, rejected: [] };
  }
  // One by one, in range order, each judged with the ones kept so far (all against the pass's start).
  const kept: Finding[] = [];
  const rejected: Finding[] = [];
  let current = { text, linted: before };
  for (const f of candidates) {
    const trial = applyFixes(text, [...kept, f].map((k) => k.fix!));
    if (!trial.applied.includes(f.fix!)) continue; // overlaps a fix kept earlier: next pass
    const after = lintFor(trial.text, options);
    if (passes(judge(before, new Set([...kept, f]), editsOf(trial.applied), after, text))) {
      kept.push(f);
      current = { text: trial.text, linted: after };
    } else {
      rejected.push(f);
    }
  }
  return { text: current.text, linted: current.linted, applied: kept.length, rejected };
}

function editsOf(fixes: Fix[]): Edit[] {
  return fixes.flatMap((f) => f.edits);
}

/**
 * What one fix would do to a report, for a quick fix offered to a person (the language server
 * names in its title the findings a fix would add): whether its finding goes, what is new, and how
 * many sums it breaks (some hide behind another failure as its consequence).
 */
export function fixOutcome(text: string, finding: Finding, options: LintOptions = {}): GateVerdict {
  if (!finding.fix) return { resolved: false, added: [], sumsBroken: 0 };
  const before = lintFor(text, options);
  const own = before.findings.find((f) => f.ruleId === finding.ruleId && f.span.start === finding.span.start && f.messageId === finding.messageId) ?? finding;
  const result = applyFixes(text, [finding.fix]);
  return judge(before, new Set([own]), editsOf(result.applied), lintFor(result.text, options), text);
}
