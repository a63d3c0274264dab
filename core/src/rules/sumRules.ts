// The four sum rules. The sums themselves are template data (SumSpec, ruleId naming the rule);
// every rule runs the one engine (checkSums), which reports a failing sum on its total (the fix
// writes the computed value) or, when one cell explains several crossing sums, on that cell.

import { checkSums } from './checkSums.js';
import type { Rule, RuleMeta } from './ruleTypes.js';

/** What every sum rule may report: its own message on a total, or a wrong cell named by 1–3 sums. */
function sumMeta(id: string, extra: readonly string[] = []): RuleMeta {
  return {
    messages: [id, ...extra, 'sum-cell.1', 'sum-cell.2', 'sum-cell.3'],
    related: ['related.term', 'related.total', 'related.crossing'],
    fixes: { 'fix.sum': 'safe', 'fix.sumsTogether': 'safe' },
  };
}

function sumRule(id: string, meta: RuleMeta = sumMeta(id)): Rule {
  return { id, category: 'sum', defaultSeverity: 'error', meta, check: (context) => checkSums(context, id) };
}

/** sum-row-total — 表三: in every row, 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
export const sumRowTotal = sumRule('sum-row-total');

/** sum-outcome-total — 表三: （七）总计 = （一） + （二） + the items of （三）（四）（五） + （六）, per column. */
export const sumOutcomeTotal = sumRule('sum-outcome-total');

/** sum-balance — 表三: 一 + 二 = 三（七）总计 + 四, per column; a negative 四 is its own message. */
export const sumBalance = sumRule('sum-balance', sumMeta('sum-balance', ['sum-balance.negative']));

/** sum-review-total — 表四: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export const sumReviewTotal = sumRule('sum-review-total');
