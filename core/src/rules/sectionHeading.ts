// section-heading: a section heading whose number is not the template's or whose wording changes its
// meaning (行政法复议 for 行政复议; 改进措施 or 明年工作计划 say the same as 改进情况 and pass).
// One extra or missing section shifts the numbers of all that follow: that is one finding on the
// first shifted heading, and its fix renumbers them only where no two headings end with one number.

import type { Section } from '../model.js';
import { chineseNumeral, textKey } from '../text/normalizeLabel.js';
import type { Edit, Fix } from '../types.js';
import { sectionSpec } from './sectionHelpers.js';
import type { Rule, RuleContext, RuleFinding } from './ruleTypes.js';

interface Shifted {
  section: Section;
  expected: number;
  actual: number;
}

/** Runs of consecutive sections (in document order) whose numbers are off by the same amount. */
function shiftedRuns({ report, template }: RuleContext): Shifted[][] {
  const runs: Shifted[][] = [];
  let run: Shifted[] = [];
  for (const s of report.sections) {
    if (s.duplicate || !s.heading.numeral) continue;
    const spec = sectionSpec(template, s.sectionId);
    if (!spec) continue; // an extra section does not end a run: it is what shifts the ones after it
    const shifted = { section: s, expected: spec.number, actual: s.heading.numeral.value };
    const last = run[run.length - 1];
    if (last && shifted.actual - shifted.expected === last.actual - last.expected) run.push(shifted);
    else {
      if (last && last.actual !== last.expected) runs.push(run);
      run = [shifted];
    }
  }
  if (run.length > 0 && run[0].actual !== run[0].expected) runs.push(run);
  return runs;
}

/** The edits that renumber a run, and the extra headings that would keep one of the new numbers. */
function renumbering(report: RuleContext['report'], run: Shifted[]): { edits: Edit[]; blockers: Section[] } {
  const edits: Edit[] = run.map((r) => ({ ...r.section.heading.numeral!.span, text: chineseNumeral(r.expected) }));
  const renumbered = new Set(run.map((r) => r.section));
  const taken = new Set(run.map((r) => r.expected));
  const blockers = report.sections.filter((s) => !renumbered.has(s) && s.heading.numeral !== undefined && taken.has(s.heading.numeral.value));
  return { edits, blockers };
}

/** A fix for a run: renumbering alone when it leaves every number once, else together with removing the extra headings, offered to a person. */
function runFix(context: RuleContext, run: Shifted[]): Fix | undefined {
  const { edits, blockers } = renumbering(context.report, run);
  if (blockers.length === 0) return { messageId: run.length > 1 ? 'fix.renumberRun' : 'fix.renumber', args: { numeral: chineseNumeral(run[0].expected), count: run.length }, edits, safe: true };
  // Only extra headings (none of the template's sections) may be removed with it; their text stays, in the section above.
  if (blockers.some((s) => s.sectionId !== undefined)) return undefined;
  const { index, report } = context;
  const removals = blockers.map((s) => ({ start: s.heading.lineSpan.start, end: index.lineStarts[s.heading.line + 1] ?? report.text.length, text: '' }));
  const headings = blockers.map((s) => report.text.slice(s.heading.span.start, s.heading.titleSpan.end)).join('”“');
  return { messageId: 'fix.removeExtraAndRenumber', args: { heading: headings, count: run.length }, edits: [...removals, ...edits].sort((a, b) => a.start - b.start), safe: false };
}

export const sectionHeading: Rule = {
  id: 'section-heading',
  category: 'structure',
  defaultSeverity: 'warning',
  meta: {
    messages: ['section-heading.number', 'section-heading.shiftedUp', 'section-heading.shiftedDown', 'section-heading.wording'],
    related: ['related.shiftedHeading'],
    fixes: { 'fix.renumber': 'safe', 'fix.renumberRun': 'safe', 'fix.removeExtraAndRenumber': 'suggestion', 'fix.rewordHeading': 'suggestion' },
  },
  check(context) {
    const { report, template } = context;
    const findings: RuleFinding[] = [];
    for (const run of shiftedRuns(context)) {
      const [first, ...rest] = run;
      const spec = sectionSpec(template, first.section.sectionId)!;
      const diff = first.actual - first.expected;
      const fix = runFix(context, run);
      const args = { title: spec.title, expected: chineseNumeral(first.expected), actual: chineseNumeral(first.actual) };
      findings.push(rest.length === 0
        ? { span: first.section.heading.numeral!.span, messageId: 'section-heading.number', args, ...(fix ? { fix } : {}) }
        : {
          span: first.section.heading.numeral!.span,
          messageId: diff > 0 ? 'section-heading.shiftedUp' : 'section-heading.shiftedDown',
          args: { ...args, count: run.length, by: Math.abs(diff) },
          related: rest.map((r) => ({ ...r.section.heading.numeral!.span, messageId: 'related.shiftedHeading', args: { expected: chineseNumeral(r.expected), actual: chineseNumeral(r.actual) } })),
          ...(fix ? { fix } : {}),
        });
    }
    for (const s of report.sections) {
      const spec = sectionSpec(template, s.sectionId);
      if (!spec || s.duplicate) continue;
      const key = textKey(s.heading.title);
      const missing = spec.required.filter((group) => !group.some((term) => key.includes(term))).map((group) => group[0]);
      if (missing.length > 0) {
        findings.push({
          span: s.heading.titleSpan,
          messageId: 'section-heading.wording',
          args: { actual: s.heading.title, expected: spec.title, missing: missing.join('、') },
          fix: { messageId: 'fix.rewordHeading', args: { title: spec.title }, edits: [{ ...s.heading.titleSpan, text: spec.title }], safe: false },
        });
      }
    }
    return findings.sort((a, b) => a.span.start - b.span.start);
  },
};
