// sum-outcome-total — 表三: （七）总计 = （一） + （二） + the items of （三）（四）（五） + （六）, per column.
// Reported on the derived cell; the fix writes the computed value there.

import { sumRule } from './sumRule.js';

export const sumOutcomeTotal = sumRule('sum-outcome-total');
