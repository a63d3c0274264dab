import * as V from '../out/test/reliability/invariants.js';
import { lint } from '../out/core/src/index.js';
for (const t of ["#\n```\n四、行政复议行政诉讼", "#\n```\n", "标题2023年政府信息公开工作年度报告\n```\n一、总体情况\n", "一、总体情况\n\n```\n三、收到和处理政府信息公开申请情况\n```\n", "一、总体情况\n\n    二、主动公开政府信息情况\n"]) {
  try { const f = V.checkFixSafety(t); console.log('passed', JSON.stringify(f)); } catch (e) { console.log('caught:', e.message); }
  console.log(lint(t).findings.map(f => f.ruleId + (f.fix ? (f.fix.safe ? '*' : '?') : '') + '@' + f.span.start).join(' '));
}
