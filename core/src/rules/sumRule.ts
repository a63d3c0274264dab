// Builds a sum rule: its own id, docs and severity; the sums themselves are template data.

import { checkSums } from './checkSums.js';
import type { Rule } from './ruleTypes.js';

export function sumRule(id: string): Rule {
  return { id, category: 'sum', defaultSeverity: 'error', fixable: true, check: (context) => checkSums(context, id) };
}
