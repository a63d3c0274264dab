// The 2019 template (国办公开办函〔2019〕60号, 试行), used for reports on 2019 and 2020.

import type { RowSpec, TemplateData } from './templateTypes.js';
import { claimSpecs } from './textClaims.js';
import {
  overviewSubsections, requestColumns, requestHeaderWords, requestRows, requestSums, reviewSums, reviewTable, requestHeader, sections,
} from './sharedParts.js';

const otherRows: RowSpec[] = [
  { id: 'other', label: '（六）其他处理', columns: requestColumns.map((c) => c.id) },
];
const rows = requestRows(otherRows);
const itemColumns = ['lastYearItems', 'change', 'decisions'];

export const template2019: TemplateData = {
  id: '2019',
  citation: '国办公开办函〔2019〕60号',
  years: { from: 2019, to: 2020 },
  sections,
  overviewSubsections,
  feeRequired: false,
  feeTerms: ['信息处理费', '处理费'],
  outdatedCitations: [],
  // Not replaceable: in a report checked against this template, the year is more likely wrong than the citation.
  claims: claimSpecs,
  newerCitations: [{ pattern: /国办公开办函\s*[〔[［(（【]\s*2021\s*[〕\]］)）】]\s*30\s*号/g }],
  tables: [
    {
      id: 'active',
      labelTitle: '信息内容',
      name: '表二',
      sectionId: 'active',
      columns: [
        { id: 'newMade', title: '本年新制作数量' },
        { id: 'newPublished', title: '本年新公开数量' },
        { id: 'totalPublic', title: '对外公开总数量' },
        { id: 'lastYearItems', title: '上一年项目数量' },
        { id: 'change', title: '本年增/减', signed: true },
        { id: 'decisions', title: '处理决定数量' },
        { id: 'procurementCount', title: '采购项目数量' },
        { id: 'procurementAmount', title: '采购总金额', decimal: true, money: true },
      ],
      rows: [
        { id: 'rules', label: '规章', columns: ['newMade', 'newPublished', 'totalPublic'] },
        { id: 'normative', label: '规范性文件', columns: ['newMade', 'newPublished', 'totalPublic'] },
        { id: 'licence', label: '行政许可', columns: itemColumns },
        { id: 'otherServices', label: '其他对外管理服务事项', columns: itemColumns },
        { id: 'penalty', label: '行政处罚', columns: itemColumns },
        { id: 'enforcement', label: '行政强制', columns: itemColumns },
        { id: 'fees', label: '行政事业性收费', columns: ['lastYearItems', 'change'] },
        { id: 'procurement', label: '政府集中采购', columns: ['procurementCount', 'procurementAmount'] },
      ],
      blocks: [
        { title: '第二十条第（一）项', rows: ['rules', 'normative'], columns: ['newMade', 'newPublished', 'totalPublic'] },
        { title: '第二十条第（五）项', rows: ['licence', 'otherServices'], columns: itemColumns },
        { title: '第二十条第（六）项', rows: ['penalty', 'enforcement'], columns: itemColumns },
        { title: '第二十条第（八）项', rows: ['fees'], columns: ['lastYearItems', 'change'] },
        { title: '第二十条第（九）项', rows: ['procurement'], columns: ['procurementCount', 'procurementAmount'] },
      ],
      headerWords: [
        '第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项', '第二十条第（九）项',
        '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '处理决定数量',
        '采购项目数量', '采购总金额',
      ],
    },
    { id: 'requests', name: '表三', sectionId: 'requests', columns: requestColumns, rows, headerWords: requestHeaderWords, labelTitle: '申请人情况', header: requestHeader },
    reviewTable,
  ],
  sums: [...requestSums(rows), ...reviewSums],
};
