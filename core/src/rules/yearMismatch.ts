// year-mismatch: the title, the statistics period and the text disagree on the report's year, or
// the period is not the calendar year. Reported on the year that disagrees with the title.

import { yearLike } from '../read/foldYearDigits.js';
import type { Rule, RuleFinding } from './ruleTypes.js';

export const yearMismatch: Rule = {
  id: 'year-mismatch',
  category: 'content',
  defaultSeverity: 'warning',
  meta: { messages: ['year-mismatch.period', 'year-mismatch.text', 'year-mismatch.calendar'], fixes: { 'fix.replaceYear': 'safe' } },
  check({ report }) {
    const findings: RuleFinding[] = [];
    const year = report.year?.value;
    if (year === undefined) return findings;
    const p = report.period;
    const calendar = !p || (p.start.month === 1 && p.start.day === 1 && p.end.month === 12 && p.end.day === 31);
    for (const mention of report.yearMentions) {
      if (mention.kind === 'title' || mention.year === year) continue;
      const period = mention.kind === 'periodStart' || mention.kind === 'periodEnd';
      findings.push({
        span: mention.span,
        messageId: period ? 'year-mismatch.period' : 'year-mismatch.text',
        args: { expected: year, actual: mention.year },
        // Only a calendar-year period is safely corrected by its year alone (not 12月1日至11月30日).
        // The year is written as the draft writes it there (2025, ２０２５ or 二〇二五).
        fix: {
          messageId: 'fix.replaceYear', args: { year },
          edits: [{ ...mention.span, text: yearLike(report.text.slice(mention.span.start, mention.span.end), year) }],
          safe: period && calendar,
        },
      });
    }
    if (p && !calendar) {
      findings.push({
        span: p.span,
        messageId: 'year-mismatch.calendar',
        args: { text: report.text.slice(p.span.start, p.span.end), year },
      });
    }
    return findings;
  },
};
