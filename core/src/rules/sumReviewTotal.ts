// sum-review-total — 表四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
// Reported on the derived cell; the fix writes the computed value there.

import { sumRule } from './sumRule.js';

export const sumReviewTotal = sumRule('sum-review-total');
