// "Fix all": lint, apply every safe fix that does not overlap another, and lint again until no
// safe fix is left (at most a few passes), as ESLint's multipass fixing does.

import { lint } from '../lint.js';
import type { Finding, LintOptions } from '../types.js';
import { applyFixes } from './applyEdits.js';

export interface FixAllResult {
  text: string;
  passes: number;
  applied: number;
}

export const MAX_FIX_PASSES = 10;

export function fixAll(text: string, options: LintOptions = {}, pick: (f: Finding) => boolean = () => true): FixAllResult {
  let current = text;
  let applied = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const fixes = lint(current, options).findings.filter((f) => f.fix?.safe && pick(f)).map((f) => f.fix!);
    if (fixes.length === 0) break;
    passes++;
    const result = applyFixes(current, fixes);
    if (result.applied.length === 0 || result.text === current) break;
    applied += result.applied.length;
    current = result.text;
  }
  return { text: current, passes, applied };
}
