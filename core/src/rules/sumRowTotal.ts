// sum-row-total — 表三: in every row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他.
// Reported on the derived cell; the fix writes the computed value there.

import { sumRule } from './sumRule.js';

export const sumRowTotal = sumRule('sum-row-total');
