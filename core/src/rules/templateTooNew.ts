// template-too-new: a report checked against the 2019 format (a report for 2019 or 2020, or the
// 2019 format forced by the settings) that is written to the 2021 format: a table in the 2021 shape
// (本年制发件数, the three items of （六）其他处理), or a citation of 国办公开办函〔2021〕30号. The 2021
// format applies from the reports for 2021: for a report for 2020 the likely mistake is the year.
// One finding, on the first sign; the tables in the 2021 shape are left out of the other table rules.

import { otherFormatFinding, type OtherFormatMessages } from './otherFormatSigns.js';
import type { Rule } from './ruleTypes.js';

const MESSAGES: Record<'byYear' | 'forced', OtherFormatMessages> = {
  byYear: { citation: 'template-too-new.citation', table: 'template-too-new.table', related: 'related.newer' },
  forced: { citation: 'template-too-new.citationForced', table: 'template-too-new.tableForced', related: 'related.newer' },
};

export const templateTooNew: Rule = {
  id: 'template-too-new',
  category: 'table',
  defaultSeverity: 'warning',
  fixable: true,
  check(context) {
    const { report, template } = context;
    if (template.id !== '2019') return [];
    const year = report.year?.value;
    // The 2019 format is chosen by the year only for 2019 and 2020; otherwise it was forced.
    const byYear = year !== undefined && year >= template.years.from && year <= (template.years.to ?? year);
    return otherFormatFinding(
      context,
      template.newerCitations,
      byYear ? MESSAGES.byYear : MESSAGES.forced,
      () => undefined,
    );
  },
};
