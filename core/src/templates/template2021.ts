// The 2021 template (国办公开办函〔2021〕30号), used for reports on 2021 and later years.

import type { RowSpec, TemplateData } from './templateTypes.js';
import { claimSpecs } from './textClaims.js';
import {
  overviewSubsections, requestColumns, requestHeaderWords, requestRows, requestSums, reviewSums, reviewTable, requestHeader, sections,
} from './sharedParts.js';

const otherRows: RowSpec[] = [
  { id: 'other', label: '（六）其他处理', columns: [], group: ['other1', 'other2', 'other3'] },
  { id: 'other1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', columns: requestColumns.map((c) => c.id) },
  { id: 'other2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', columns: requestColumns.map((c) => c.id) },
  { id: 'other3', label: '3.其他', columns: requestColumns.map((c) => c.id), needsNumber: true },
];
const rows = requestRows(otherRows);

export const template2021: TemplateData = {
  id: '2021',
  citation: '国办公开办函〔2021〕30号',
  years: { from: 2021 },
  sections,
  overviewSubsections,
  overviewLimit: 1000,
  feeRequired: true,
  feeTerms: ['信息处理费', '处理费'],
  feeNoneSentence: '本年度未收取信息处理费。',
  outdatedCitations: [
    { pattern: /国办公开办函\s*[〔[［(（【]\s*2019\s*[〕\]］)）】]\s*60\s*号/g, replaceable: true },
    { pattern: /格式\s*[（(]\s*试行\s*[)）]/g },
  ],
  claims: claimSpecs,
  newerCitations: [],
  tables: [
    {
      id: 'active',
      labelTitle: '信息内容',
      name: '表二',
      sectionId: 'active',
      columns: [
        { id: 'made', title: '本年制发件数' },
        { id: 'repealed', title: '本年废止件数' },
        { id: 'valid', title: '现行有效件数' },
        { id: 'decisions', title: '本年处理决定数量' },
        { id: 'feeAmount', title: '本年收费金额（单位：万元）', decimal: true, money: true, unit: '万元' },
      ],
      rows: [
        { id: 'rules', label: '规章', columns: ['made', 'repealed', 'valid'] },
        { id: 'normative', label: '行政规范性文件', columns: ['made', 'repealed', 'valid'] },
        { id: 'licence', label: '行政许可', columns: ['decisions'] },
        { id: 'penalty', label: '行政处罚', columns: ['decisions'] },
        { id: 'enforcement', label: '行政强制', columns: ['decisions'] },
        { id: 'fees', label: '行政事业性收费', columns: ['feeAmount'] },
      ],
      blocks: [
        { title: '第二十条第（一）项', rows: ['rules', 'normative'], columns: ['made', 'repealed', 'valid'] },
        { title: '第二十条第（五）项', rows: ['licence'], columns: ['decisions'] },
        { title: '第二十条第（六）项', rows: ['penalty', 'enforcement'], columns: ['decisions'] },
        { title: '第二十条第（八）项', rows: ['fees'], columns: ['feeAmount'] },
      ],
      headerWords: [
        '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '信息内容',
        '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额', '单位万元',
      ],
    },
    { id: 'requests', name: '表三', sectionId: 'requests', columns: requestColumns, rows, headerWords: requestHeaderWords, labelTitle: '申请人情况', header: requestHeader },
    reviewTable,
  ],
  sums: [...requestSums(rows), ...reviewSums],
};
