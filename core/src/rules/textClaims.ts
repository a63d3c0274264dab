// What the text of a report says about its tables: "收到政府信息公开申请25件", "未收到政府信息公开申请",
// "办结23件", "结转下年度继续办理4件", "行政复议2起", "未发生…行政复议、行政诉讼". Each claim names the
// table cells it restates, so a rule can compare them.

import type { CellRef } from '../templates/templateTypes.js';

export interface ClaimSpec {
  id: string;
  /** Global regex; group 1 is the number (absent for "none" claims, which state 0). */
  pattern: RegExp;
  tableId: string;
  /** Cells whose sum the claim restates. */
  cells: CellRef[];
}

const t = (row: string, column: string): CellRef => ({ row, column });

export const claimSpecs: ClaimSpec[] = [
  {
    id: 'received',
    pattern: /(?:收到|新收|受理)(?:各类|公民、法人(?:或者|或)其他组织(?:提出的|提交的)?)?(?:政府信息公开|依申请公开)申请(?:共|总计|合计)?\s*(\d+)\s*[件个份]/g,
    tableId: 'requests', cells: [t('new', 'total')],
  },
  { id: 'receivedNone', pattern: /未(?:收到|受理)[^。；\n]{0,30}?(?:政府信息公开|依申请公开)申请/g, tableId: 'requests', cells: [t('new', 'total')] },
  { id: 'carried', pattern: /上年(?:度)?结转(?:政府信息公开申请)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('carried', 'total')] },
  { id: 'done', pattern: /办结(?:政府信息公开申请)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('outcomeTotal', 'total')] },
  { id: 'carryOver', pattern: /结转(?:至)?下(?:一)?年度(?:继续办理)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('carryOver', 'total')] },
  { id: 'review', pattern: /(?:被申请)?行政复议(?:案件)?(?:共)?\s*(\d+)\s*[起件次]/g, tableId: 'review', cells: [t('review', 'reviewTotal')] },
  {
    id: 'lawsuit', pattern: /(?:被提起)?行政诉讼(?:案件)?(?:共)?\s*(\d+)\s*[起件次]/g,
    tableId: 'review', cells: [t('review', 'directTotal'), t('review', 'afterTotal')],
  },
  { id: 'reviewNone', pattern: /未(?:发生|出现|收到)[^。；\n]{0,30}?行政复议/g, tableId: 'review', cells: [t('review', 'reviewTotal')] },
  { id: 'lawsuitNone', pattern: /未(?:发生|出现|收到)[^。；\n]{0,40}?行政诉讼/g, tableId: 'review', cells: [t('review', 'directTotal'), t('review', 'afterTotal')] },
];

/** "主动公开政府信息共37条，其中…35条…1条…1条": a stated total and its listed parts. */
export const partsPattern = /主动公开(?:政府)?信息(?:共|总计|合计)?\s*(\d+)\s*条[，,、]?\s*其中([^。；]*)/g;
export const partPattern = /(?<!\d)(\d+)\s*条/g;
