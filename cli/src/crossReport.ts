// Checking several files that may include last year's report of a body: a first pass lints every
// file and keeps its digest; a second pass re-lints only the files whose last-year report was among
// them, with that report's digest (carryover-mismatch, repeated-text). Files without one are done.

import { pickSameBody } from '../../core/src/index.js';
import { relatedList, type ReportDigest } from '../../core/src/index.js';
import { lintAll, type PoolOutcome } from './pool.js';
import type { LintTask } from '../../node/src/results.js';

/** For each digest, the digest of the same body's report of the year before, when exactly one is certain. */
function previousAmong(digests: readonly (ReportDigest | undefined)[]): (ReportDigest | undefined)[] {
  const related = relatedList(digests.filter((d): d is ReportDigest => d !== undefined));
  return digests.map((d) => (d ? pickSameBody(d.body, related.ofYear(d.year - 1).filter((o) => o.file !== d.file)) : undefined));
}

// Lints the tasks in two passes as above; `threadsFor(n)` says how many workers n files get.
// `keepDigests` leaves each result's digest on it (the summary uses them); otherwise they are dropped.
export async function lintAcrossReports(tasks: readonly LintTask[], threadsFor: (files: number) => number, keepDigests = false): Promise<PoolOutcome> {
  const first = await lintAll(tasks.map((t) => ({ ...t, digest: true })), threadsFor(tasks.length));
  const previous = previousAmong(first.results.map((r) => r?.digest));
  const again: number[] = [];
  previous.forEach((p, i) => {
    if (p) again.push(i);
  });
  if (again.length > 0) {
    // The first pass already fixed and wrote the files; the second only adds the cross-report findings.
    const second = await lintAll(again.map((i) => ({ ...tasks[i]!, fix: false, digest: keepDigests, related: [previous[i]!] })), threadsFor(again.length));
    again.forEach((i, j) => {
      const before = first.results[i];
      const after = second.results[j];
      if (after && before?.fixed) after.fixed = true;
      if (after && keepDigests && !after.digest && before?.digest) after.digest = before.digest;
      first.results[i] = after ?? before ?? null;
    });
    first.inline += second.inline;
    first.threads = Math.max(first.threads, second.threads);
  }
  if (!keepDigests) for (const r of first.results) if (r) delete r.digest;
  return first;
}
