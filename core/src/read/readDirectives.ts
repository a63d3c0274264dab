// Reads inline comments that silence findings: <!-- nianbao-disable-next-line rule-id -->,
// nianbao-disable-line, and nianbao-disable / nianbao-enable blocks (all rules when none is named).

import type { Directive } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';

const directivePattern = /<!--\s*nianbao-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function readDirectives(text: string, index: LineIndex): Directive[] {
  if (!text.includes('nianbao-')) return [];
  const out: Directive[] = [];
  for (const m of text.matchAll(directivePattern)) {
    const rules = m[2].split(/[\s,]+/).filter((r) => /^[a-z]+(-[a-z]+)*$/.test(r));
    out.push({ kind: m[1] as Directive['kind'], rules, line: index.lineAt(m.index ?? 0) });
  }
  return out;
}

/** Whether a finding of `ruleId` starting on `line` is silenced by the directives. */
export function isDisabled(directives: Directive[], ruleId: string, line: number): boolean {
  let blocked = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(ruleId);
    if (!applies) continue;
    if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
    if (d.kind === 'disable-line' && d.line === line) return true;
    if (d.line > line) continue;
    if (d.kind === 'disable') blocked = true;
    if (d.kind === 'enable') blocked = false;
  }
  return blocked;
}
