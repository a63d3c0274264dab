// What several rules derive from the same report (the failing sums, the tables in the old format) is
// worked out once per report. lint() runs every rule on one report before the next, so remembering
// the value of the last (report, format) asked is enough; a WeakMap entry per report cost more than
// some of the rules themselves (each insertion, and its upkeep by the garbage collector).

import type { Report } from '../model.js';
import type { Template } from '../templates/templateTypes.js';

/** `compute`, remembered for the last report and format it was asked of (by identity). */
export function lastReportMemo<T>(compute: (report: Report, template: Template) => T): (report: Report, template: Template) => T {
  let lastReport: Report | undefined;
  let lastTemplate: Template | undefined;
  let value: T;
  return (report, template) => {
    if (report !== lastReport || template !== lastTemplate) {
      // Forget the old report first: a compute that throws leaves nothing stale behind.
      lastReport = undefined;
      value = compute(report, template);
      lastReport = report;
      lastTemplate = template;
    }
    return value;
  };
}
