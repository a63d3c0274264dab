// Facts several rules derive from the same report (the failing sums, the tables in the other template)
// are worked out once per lint and travel in the rule context: lint() makes one LintFacts per report,
// and a rule asks it for a fact by the function that computes it. Nothing is kept between lints.

import type { Report } from '../model.js';
import type { Template } from '../templates/templateTypes.js';

/** A fact of one report checked against one template (a pure function of the two; `facts` gives it the other facts it builds on). */
export type Fact<T> = (report: Report, template: Template, facts: LintFacts) => T;

export class LintFacts {
  private readonly known = new Map<Fact<unknown>, unknown>();

  constructor(
    readonly report: Report,
    readonly template: Template,
    /** The rules this lint runs with severity off (a rule that defers to another asks whether it runs). */
    readonly off: ReadonlySet<string> = new Set(),
  ) {}

  /** The fact for this lint's report and template, computed on first asking. */
  of<T>(fact: Fact<T>): T {
    if (this.known.has(fact)) return this.known.get(fact) as T;
    const value = fact(this.report, this.template, this);
    this.known.set(fact, value);
    return value;
  }
}
