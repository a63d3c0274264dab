// Finds last year's report of the same body among the related reports, or nothing when it is not
// certain which one is meant (two candidates, a name too short, no body in the title).

import type { Report } from '../model.js';
import { bodyOfReport, mayBeSameBody } from './bodyName.js';
import type { RelatedReports, ReportDigest } from './reportDigest.js';

/**
 * Last year's digest for a report: the one report of year − 1 with the same body name, or else the
 * one whose name may be the same body (the place left out); undefined when none or several could be
 * meant. `self` (this file's name) is never its own previous report.
 */
export function previousReport(report: Report, related: RelatedReports | undefined, self?: string): ReportDigest | undefined {
  if (!related || !report.year) return undefined;
  const body = bodyOfReport(report);
  if (!body) return undefined;
  return pickSameBody(body, related.ofYear(report.year.value - 1).filter((d) => d.file !== self));
}

/** The one candidate that is this body: an exact name first, else a single compatible one. */
export function pickSameBody(body: string, candidates: readonly ReportDigest[]): ReportDigest | undefined {
  const exact = candidates.filter((d) => d.body === body);
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  const compatible = candidates.filter((d) => mayBeSameBody(d.body, body));
  return compatible.length === 1 ? compatible[0] : undefined;
}
