// Decides whether a text is an annual report draft (the same test for the editor and the CLI):
// a title about 政府信息公开 and 年度报告/工作报告, or the template's own table labels or headings.

const markers = ['本年新收政府信息公开申请数量', '结转下年度继续办理', '收到和处理政府信息公开申请情况', '主动公开政府信息情况'];

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, 4000);
  if (/政府信息公开/.test(head) && /年度报告|工作报告|年报/.test(head)) return true;
  return markers.filter((m) => text.includes(m)).length >= 2;
}
