import { lint, fixAll } from '../out/core/src/index.js';
for (const t of ['', 'x', '某乡2023年政府信息公开工作年度报告\n', '某乡2023年政府信息公开工作年度报告\n\n一、总体情况\n\n']) {
  const r = lint(t); const a = fixAll(t); const b = fixAll(a.text);
  console.log(JSON.stringify(t), r.findings.map(f => f.ruleId + '@' + f.span.start).join(' '), '| passes', a.passes, 'applied', a.applied, 'idem', a.text === b.text);
}
