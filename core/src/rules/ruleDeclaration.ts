// Holds a finding to its rule's declaration (Rule.meta): lint() runs this on every finding, so a
// message id the rule did not declare, or a suggestion marked safe for "fix all", is caught.

import type { Rule, RuleFinding, RuleMeta } from './ruleTypes.js';

interface Declared {
  messages: ReadonlySet<string>;
  related: ReadonlySet<string>;
  fixes: RuleMeta['fixes'] & object;
}

const declaredOf = new WeakMap<Rule, Declared>();

function declared(rule: Rule): Declared {
  let d = declaredOf.get(rule);
  if (!d) {
    d = { messages: new Set(rule.meta.messages), related: new Set(rule.meta.related ?? []), fixes: rule.meta.fixes ?? {} };
    declaredOf.set(rule, d);
  }
  return d;
}

/** What the finding uses that its rule did not declare (a sentence for the internal error), or undefined. */
export function undeclaredUse(rule: Rule, finding: RuleFinding): string | undefined {
  const d = declared(rule);
  if (!d.messages.has(finding.messageId)) return `undeclared message id ${finding.messageId}`;
  for (const r of finding.related ?? []) {
    if (!d.related.has(r.messageId)) return `undeclared related message id ${r.messageId}`;
  }
  const fix = finding.fix;
  if (fix) {
    const kind = Object.hasOwn(d.fixes, fix.messageId) ? d.fixes[fix.messageId] : undefined;
    if (kind === undefined) return `undeclared fix ${fix.messageId}`;
    if (fix.safe && kind !== 'safe') return `fix ${fix.messageId} is declared a suggestion but marked safe`;
  }
  return undefined;
}
