// sum-balance — 表三: 一 + 二 = 三（七）总计 + 四, per column (printed in the table itself).
// Reported on the derived cell; the fix writes the computed value there.

import { sumRule } from './sumRule.js';

export const sumBalance = sumRule('sum-balance');
