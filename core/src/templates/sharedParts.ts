// The parts both official templates share: the six sections, what section 一 covers, table 四, and
// the rows and columns of table 三 up to （五）. Each template file assembles its own template from these.

import type { ColumnSpec, RowSpec, SectionSpec, SubsectionSpec, SumSpec, TableData } from './templateTypes.js';

// `required`: every group must be present, by any of its words — the words that carry the section's
// meaning. A heading that says the same thing in other words (改进措施, 明年工作计划; 概述 for 总体情况)
// keeps them; one that changes the meaning (行政法复议) does not.
export const sections: SectionSpec[] = [
  { id: 'overview', number: 1, title: '总体情况', recognise: [['总体']], required: [['总体', '概述', '概况', '总述', '基本情况']], coversParts: true, narratesYear: true },
  { id: 'active', number: 2, title: '主动公开政府信息情况', recognise: [['主动']], required: [['主动'], ['公开']], tableId: 'active', narratesYear: true },
  { id: 'requests', number: 3, title: '收到和处理政府信息公开申请情况', recognise: [['申请']], required: [['申请']], tableId: 'requests', narratesYear: true },
  { id: 'review', number: 4, title: '政府信息公开行政复议、行政诉讼情况', recognise: [['复议'], ['诉讼']], required: [['行政复议'], ['行政诉讼']], tableId: 'review', narratesYear: true },
  {
    id: 'problems', number: 5, title: '存在的主要问题及改进情况', recognise: [['问题'], ['改进']],
    required: [['问题', '不足', '短板'], ['改进', '整改', '措施', '计划', '打算', '举措', '方向', '下一步']],
    citesOtherYears: true,
  },
  { id: 'other', number: 6, title: '其他需要报告的事项', recognise: [['其他', '事项'], ['其他', '报告']], required: [['其他']], reportsFee: true },
];

export const overviewSubsections: SubsectionSpec[] = [
  { id: 'active', title: '主动公开', recognise: [['主动公开']] },
  { id: 'requests', title: '依申请公开', recognise: [['依申请'], ['申请公开']] },
  { id: 'management', title: '政府信息管理', recognise: [['信息管理'], ['公开指南'], ['公开目录'], ['保密审查'], ['发布审核'], ['先审后发']] },
  { id: 'platform', title: '政府信息公开平台建设', recognise: [['平台'], ['网站'], ['新媒体'], ['公开栏'], ['公示栏'], ['公众号']] },
  { id: 'supervision', title: '监督保障', recognise: [['监督保障'], ['监督考核'], ['社会监督'], ['责任追究'], ['监督检查'], ['考核'], ['培训'], ['评议'], ['问责']], headingRecognise: [['监督']] },
];

/** Columns of table 三: who applied. */
export const requestColumns: ColumnSpec[] = [
  { id: 'natural', title: '自然人' },
  { id: 'business', title: '商业企业' },
  { id: 'research', title: '科研机构' },
  { id: 'charity', title: '社会公益组织' },
  { id: 'legal', title: '法律服务机构' },
  { id: 'otherOrg', title: '其他' },
  { id: 'total', title: '总计' },
];
const requestValueColumns = requestColumns.map((c) => c.id);

function dataRow(id: string, label: string, extra: Partial<RowSpec> = {}): RowSpec {
  return { id, label, columns: requestValueColumns, ...extra };
}

const refuseItems = [
  '1.属于国家秘密', '2.其他法律行政法规禁止公开', '3.危及“三安全一稳定”', '4.保护第三方合法权益',
  '5.属于三类内部事务信息', '6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项',
];
const cannotItems = ['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'];
const ignoreItems = [
  '1.信访举报投诉类申请', '2.重复申请', '3.要求提供公开出版物', '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
];

function items(prefix: string, labels: string[]): RowSpec[] {
  return labels.map((label, i) => dataRow(`${prefix}${i + 1}`, label));
}

/** Rows of table 三; `otherRows` is the template's own （六）其他处理 part. */
export function requestRows(otherRows: RowSpec[]): RowSpec[] {
  const refuse = items('refuse', refuseItems);
  const cannot = items('cannot', cannotItems);
  const ignore = items('ignore', ignoreItems);
  const outcomeRows = [
    dataRow('open', '（一）予以公开'),
    dataRow('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
    { id: 'refuse', label: '（三）不予公开', columns: [], group: refuse.map((r) => r.id) },
    ...refuse,
    { id: 'cannot', label: '（四）无法提供', columns: [], group: cannot.map((r) => r.id) },
    ...cannot,
    { id: 'ignore', label: '（五）不予处理', columns: [], group: ignore.map((r) => r.id) },
    ...ignore,
    ...otherRows,
    dataRow('outcomeTotal', '（七）总计', { needsNumber: true, short: '（七）总计' }),
  ];
  return [
    dataRow('new', '一、本年新收政府信息公开申请数量', { short: '本年新收' }),
    dataRow('carried', '二、上年结转政府信息公开申请数量', { short: '上年结转' }),
    { id: 'outcome', label: '三、本年度办理结果', columns: [], group: outcomeRows.map((r) => r.id) },
    ...outcomeRows,
    dataRow('carryOver', '四、结转下年度继续办理', { short: '结转下年度继续办理' }),
  ];
}

/** The rows that add up to （七）总计: every data row between 三、 and （七）. */
function outcomeTerms(rows: RowSpec[]): string[] {
  const start = rows.findIndex((r) => r.id === 'outcome');
  const end = rows.findIndex((r) => r.id === 'outcomeTotal');
  return rows.slice(start + 1, end).filter((r) => r.columns.length > 0).map((r) => r.id);
}

export const requestHeaderWords = [
  '本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和', '申请人情况', '自然人', '法人或其他组织',
  '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
];

/** The header table 三 prints above its columns. */
export const requestHeader: NonNullable<TableData['header']> = {
  corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  title: '申请人情况',
  groups: [{ title: '法人或其他组织', columns: ['business', 'research', 'charity', 'legal', 'otherOrg'] }],
};

/** Sums of table 三 for a given row list. */
export function requestSums(rows: RowSpec[]): SumSpec[] {
  const parts = requestValueColumns.filter((c) => c !== 'total');
  const dataRows = rows.filter((r) => r.columns.length > 0).map((r) => ({ row: r.id }));
  const eachColumn = requestValueColumns.map((column) => ({ column }));
  return [
    {
      kind: 'rowTotal', ruleId: 'sum-row-total', tableId: 'requests', nameId: 'sum.rowTotal', each: dataRows,
      target: { row: '{row}', column: 'total' }, plus: parts.map((column) => ({ row: '{row}', column })), minus: [],
    },
    {
      kind: 'outcomeTotal', ruleId: 'sum-outcome-total', tableId: 'requests', nameId: 'sum.outcomeTotal', each: eachColumn,
      target: { row: 'outcomeTotal', column: '{column}' },
      plus: outcomeTerms(rows).map((row) => ({ row, column: '{column}' })), minus: [],
    },
    {
      kind: 'balance', ruleId: 'sum-balance', tableId: 'requests', nameId: 'sum.balance', each: eachColumn,
      target: { row: 'carryOver', column: '{column}' },
      plus: [{ row: 'new', column: '{column}' }, { row: 'carried', column: '{column}' }],
      minus: [{ row: 'outcomeTotal', column: '{column}' }],
    },
  ];
}

const reviewGroups = [
  { id: 'review', title: '行政复议' },
  { id: 'direct', title: '行政诉讼（未经复议直接起诉）' },
  { id: 'after', title: '行政诉讼（复议后起诉）' },
];
const reviewOutcomes = [
  { id: 'Upheld', title: '结果维持' },
  { id: 'Corrected', title: '结果纠正' },
  { id: 'Other', title: '其他结果' },
  { id: 'Pending', title: '尚未审结' },
  { id: 'Total', title: '总计' },
];

export const reviewTable: TableData = {
  id: 'review',
  name: '表四',
  sectionId: 'review',
  columns: reviewGroups.flatMap((g) => reviewOutcomes.map((o) => ({ id: g.id + o.id, title: `${g.title}${o.title}`, short: o.title }))),
  columnGroups: [
    { title: '行政复议', columns: reviewOutcomes.map((o) => 'review' + o.id) },
    { title: '行政诉讼', subtitle: '未经复议直接起诉', columns: reviewOutcomes.map((o) => 'direct' + o.id) },
    { title: '', subtitle: '复议后起诉', columns: reviewOutcomes.map((o) => 'after' + o.id) },
  ],
  rows: [{
    id: 'review', label: '', unlabelled: true,
    columns: reviewGroups.flatMap((g) => reviewOutcomes.map((o) => g.id + o.id)),
  }],
  headerWords: ['行政复议', '行政诉讼', '未经复议直接起诉', '复议后起诉', ...reviewOutcomes.map((o) => o.title)],
  anchors: ['行政复议'],
};

export const reviewSums: SumSpec[] = [{
  kind: 'reviewTotal', ruleId: 'sum-review-total', tableId: 'review', nameId: 'sum.reviewTotal',
  each: reviewGroups.map((g) => ({ group: g.id })),
  target: { row: 'review', column: '{group}Total' },
  plus: ['Upheld', 'Corrected', 'Other', 'Pending'].map((o) => ({ row: 'review', column: `{group}${o}` })),
  minus: [],
}];
