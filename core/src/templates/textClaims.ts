// What the text of a report says about its tables, as data: "收到政府信息公开申请25件", "未收到政府
//信息公开申请", "现行有效行政规范性文件34件", "作出行政处罚决定784起", "自然人申请2件、法人申请1件",
// "行政复议2起". Each claim names the table cells it restates and where in a sentence it is a claim of
// this year's tables at all; a template lists its claims (TemplateData.claims) and text-table-mismatch
// compares them. A third template later needs no new
// rule: a claim whose cells its tables do not have is simply not checked against them.

import type { CellRef } from './templateTypes.js';

export interface ClaimSpec {
  id: string;
  /** Global regex; group 1 is the number (absent for "none" claims, which state 0). */
  pattern: RegExp;
  tableId: string;
  /** Cells whose sum the claim restates (one row, or the same cell of one row when several). */
  cells: CellRef[];
  /** How the message names a group of cells of one row (表三's 法人或其他组织: five columns). */
  groupName?: string;
  /** The sentence up to the claim (and the claim itself) must match this, or it is no claim. */
  requires?: RegExp;
  /** The sentence up to the claim must not match this (it speaks of another row). */
  forbids?: RegExp;
  /** The clause up to the claim (from the last comma) must not match this (another body's figure). */
  clauseForbids?: RegExp;
  /** The whole sentence must not match this (it splits the figure further, so the phrase is ambiguous). */
  sentenceForbids?: RegExp;
}

const t = (row: string, column: string): CellRef => ({ row, column });

/** 表三's five 法人或其他组织 columns, in the template's order. */
const organisationColumns = ['business', 'research', 'charity', 'legal', 'otherOrg'];

/**
 * Applicants by type restate row 一 (本年新收) of 表三; a sentence that is about finished, answered or
 * carried-over requests, or about 行政复议/行政诉讼, is not about row 一, and is left alone.
 */
const notNewRequests = /办结|办理结果|答复|结转|予以公开|不予|无法提供|复议|诉讼/;
/** …and 法人或其他组织 right after "自然人、" or "公民、" is part of a phrase naming every applicant. */
const notOrganisations = /办结|办理结果|答复|结转|予以公开|不予|无法提供|复议|诉讼|(?:自然人|公民)(?:[、和及与]|或者?)$/;
const aboutRequests = /申请/;

/**
 * 表二 restated by an office that also reviews or counts for others (司法局: "审核各部门规范性文件",
 * "全区现行有效规范性文件"): such figures are not its own table's.
 */
const otherScope = /全[区县市省州旗盟]|各(?:部门|单位|乡镇|街道|区县|县区)|审核|审查|备案|指导|清理/;

export const claimSpecs: ClaimSpec[] = [
  // 表三
  {
    id: 'received',
    pattern: /(?:收到|新收|受理)(?:各类|公民、法人(?:或者|或)其他组织(?:提出的|提交的)?)?(?:政府信息公开|依申请公开)申请(?:共|总计|合计)?\s*(\d+)\s*[件个份]/g,
    tableId: 'requests', cells: [t('new', 'total')],
  },
  { id: 'receivedNone', pattern: /未(?:收到|受理)[^。；\n]{0,30}?(?:政府信息公开|依申请公开)申请/g, tableId: 'requests', cells: [t('new', 'total')] },
  { id: 'carried', pattern: /上年度?结转(?:政府信息公开申请)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('carried', 'total')] },
  { id: 'done', pattern: /办结(?:政府信息公开申请)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('outcomeTotal', 'total')] },
  { id: 'carryOver', pattern: /结转至?下一?年度(?:继续办理)?\s*(\d+)\s*件/g, tableId: 'requests', cells: [t('carryOver', 'total')] },
  {
    id: 'naturalPersons',
    pattern: /自然人(?:提出|提交)?的?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|合计)?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: [t('new', 'natural')], requires: aboutRequests, forbids: notNewRequests,
  },
  {
    id: 'organisations',
    pattern: /法人(?:或者?|[和及与])其他组织(?:提出|提交)?的?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|合计)?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: organisationColumns.map((c) => t('new', c)), groupName: '法人或其他组织',
    requires: aboutRequests, forbids: notOrganisations,
  },
  {
    // "法人申请1件": 法人 alone means the whole 法人或其他组织 group, unless the sentence names
    // other organisations apart (then 法人 is only part of the group).
    id: 'legalPersons',
    pattern: /法人(?:提出|提交)?的?(?:政府信息公开|依申请公开)?(?:申请)?(?:共|合计)?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: organisationColumns.map((c) => t('new', c)), groupName: '法人或其他组织',
    requires: aboutRequests, forbids: notOrganisations, sentenceForbids: /其他组织|社会组织|企业|机构/,
  },
  {
    id: 'businesses', pattern: /商业企业(?:提出|提交)?的?(?:申请)?共?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: [t('new', 'business')], requires: aboutRequests, forbids: notNewRequests,
  },
  {
    id: 'research', pattern: /科研机构(?:提出|提交)?的?(?:申请)?共?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: [t('new', 'research')], requires: aboutRequests, forbids: notNewRequests,
  },
  {
    id: 'charities', pattern: /社会公益组织(?:提出|提交)?的?(?:申请)?共?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: [t('new', 'charity')], requires: aboutRequests, forbids: notNewRequests,
  },
  {
    id: 'legalServices', pattern: /法律服务机构(?:提出|提交)?的?(?:申请)?共?\s*(\d+)\s*[件份]/g,
    tableId: 'requests', cells: [t('new', 'legal')], requires: aboutRequests, forbids: notNewRequests,
  },
  // 表二 (2021 template: 本年制发件数, 本年废止件数, 现行有效件数; 本年处理决定数量 in both templates)
  {
    id: 'normativeMade', pattern: /(?:制发|印发|出台)了?(?:行政)?规范性文件(?:共|合计)?\s*(\d+)\s*[件份部]/g,
    tableId: 'active', cells: [t('normative', 'made')], clauseForbids: otherScope,
  },
  {
    id: 'normativeRepealed', pattern: /废止了?(?:行政)?规范性文件(?:共|合计)?\s*(\d+)\s*[件份部]/g,
    tableId: 'active', cells: [t('normative', 'repealed')], clauseForbids: otherScope,
  },
  {
    id: 'normativeValid',
    pattern: /(?:现行有效的?(?:行政)?规范性文件|(?:行政)?规范性文件现行有效)(?:共|总数|合计)?\s*(\d+)\s*[件份部]/g,
    tableId: 'active', cells: [t('normative', 'valid')], clauseForbids: otherScope,
  },
  { id: 'rulesMade', pattern: /(?:制发|印发|出台)了?(?:政府)?规章(?:共|合计)?\s*(\d+)\s*[件部]/g, tableId: 'active', cells: [t('rules', 'made')], clauseForbids: otherScope },
  {
    id: 'rulesValid', pattern: /(?:现行有效的?(?:政府)?规章|(?:政府)?规章现行有效)(?:共|合计)?\s*(\d+)\s*[件部]/g,
    tableId: 'active', cells: [t('rules', 'valid')], clauseForbids: otherScope,
  },
  {
    id: 'licences',
    pattern: /(?:(?:作出|做出|办理|办结)(?:各类)?行政许可(?:决定|事项|申请)?|行政许可决定书?)(?:共|合计)?\s*(\d+)\s*[件起宗份]/g,
    tableId: 'active', cells: [t('licence', 'decisions')], clauseForbids: otherScope,
  },
  {
    id: 'penalties',
    pattern: /(?:(?:作出|做出|办结)(?:各类)?行政处罚(?:决定)?|行政处罚决定书?)(?:共|合计)?\s*(\d+)\s*[件起宗份]/g,
    tableId: 'active', cells: [t('penalty', 'decisions')], clauseForbids: otherScope,
  },
  {
    id: 'enforcement',
    pattern: /(?:(?:作出|做出)(?:各类)?行政强制(?:决定|措施)?|行政强制决定书?)(?:共|合计)?\s*(\d+)\s*[件起宗份]/g,
    tableId: 'active', cells: [t('enforcement', 'decisions')], clauseForbids: otherScope,
  },
  // 表四
  { id: 'review', pattern: /(?:被申请)?行政复议(?:案件)?共?\s*(\d+)\s*[起件次]/g, tableId: 'review', cells: [t('review', 'reviewTotal')] },
  {
    id: 'lawsuit', pattern: /(?:被提起)?行政诉讼(?:案件)?共?\s*(\d+)\s*[起件次]/g,
    tableId: 'review', cells: [t('review', 'directTotal'), t('review', 'afterTotal')],
  },
  { id: 'reviewNone', pattern: /未(?:发生|出现|收到)[^。；\n]{0,30}?行政复议/g, tableId: 'review', cells: [t('review', 'reviewTotal')] },
  { id: 'lawsuitNone', pattern: /未(?:发生|出现|收到)[^。；\n]{0,40}?行政诉讼/g, tableId: 'review', cells: [t('review', 'directTotal'), t('review', 'afterTotal')] },
];

/** A part of a total in 条: its number (the digits before it are not part of it). */
export const partPattern = /(?<!\d)(\d+)\s*条/g;

/**
 * A stated total and its listed parts, "共公开政府信息2599条，其中…25条、…68条": pieces of
 * information (条) and documents (份, 件). Requests (件) are often broken down by outcome, which need
 * not add up to what was received (some are carried over): lists in 份 and 件 are compared only when
 * they are the classification of information by 公开属性 (主动公开, 依申请公开, 不予公开), which is
 * complete by definition.
 */
export const partsClaim = {
  /** Where a breakdown starts. */
  opener: /其中/g,
  /** The total right before "其中" (the text before it ends with this): its number and unit. */
  total: /(?<!\d)(\d+)\s*([件份条])\s*(?:[，,：:]\s*)?$/,
  /** What may follow "其中" before the first part. */
  lead: /^[，,：:\s]*/,
  /** A part in the total's unit: its number (1,234 and 1.5 are told apart by `unreadable`). */
  part: { 条: partPattern, 份: /(?<!\d)(\d+)\s*份/g, 件: /(?<!\d)(\d+)\s*件/g } as Record<string, RegExp>,
  /** The list ends at the sentence's end. */
  end: /[。！？!?]/,
  /** …or where a nested breakdown or a comparison begins. */
  stop: /其中|较|同比|比上年|比去年|增加|减少|增长|下降|上升|提高/,
  /** Notes in brackets are not parts. */
  note: /（[^（）]*）|\([^()]*\)/g,
  /** Parts that overlap or are counted per channel: the list is no partition of the total. */
  overlap: /网|微信|微博|公众号|新媒体|公开栏|公示栏|客户端|平台|抖音|头条|视频号|报刊|电视|广播|媒体|涉及/,
  /** A part containing parts of its own: counting both would count twice. */
  nested: /含|包括/,
  /** The list says it is not complete ("…39条等"). */
  partial: /[件份条]\s*等/,
  /** Figures the part pattern cannot read exactly (1,234条, 1.5条, ２５条, 两条): the sum would be wrong. */
  unreadable: /\d[,.]\d|[\uFF10-\uFF19]|[一二两三四五六七八九十百千万]\s*[件份条]/,
  /** Counts among the parts (5件 in a list of 条): a unit other than the total's means the list is mixed. */
  counts: /\d\s*([件份篇个项次期场批部条])/g,
  /** A catch-all part ("其他类101条", "其余…"): a list of 条 that means to be the complete breakdown. */
  catchAll: /^(?:其他|其它|其余|剩余)/,
  /** The classification by 公开属性: a list whose labels name all three is complete, in any unit. */
  classification: [/主动公开/, /依申请/, /不予公开|不公开/],
  /** Separators between parts, trimmed off a part's label. */
  separators: '，,、；;：: \t\r\n',
  /** The first part list ends at the first semicolon (what follows may be another list). */
  segmentEnd: /[；;]/,
};
