// template-too-new: a report checked against the 2019 template (a report for 2019 or 2020, or the
// 2019 template forced by the settings) that is written to the 2021 template: a table in the 2021 shape
// (本年制发件数, the three items of （六）其他处理), or a citation of 国办公开办函〔2021〕30号. The 2021
// template applies from the reports for 2021: for a report for 2020 the likely mistake is the year.
// One finding, on the first sign; the tables in the 2021 shape are left out of the other table rules.

import { otherTemplateRule, type OtherTemplateMessages } from './otherTemplateSigns.js';

const MESSAGES: Record<'byYear' | 'forced', OtherTemplateMessages> = {
  byYear: { citation: 'template-too-new.citation', table: 'template-too-new.table', related: 'related.newer' },
  forced: { citation: 'template-too-new.citationForced', table: 'template-too-new.tableForced', related: 'related.newer' },
};

export const templateTooNew = otherTemplateRule({
  id: 'template-too-new',
  checkedAgainst: '2019',
  messageSets: Object.values(MESSAGES),
  citations: (template) => template.newerCitations,
  // The 2019 template is chosen by the year only for 2019 and 2020; otherwise it was forced.
  messages: (report, template) => {
    const year = report.year?.value;
    return year !== undefined && year >= template.years.from && year <= (template.years.to ?? year) ? MESSAGES.byYear : MESSAGES.forced;
  },
  // No fix for a citation of 30号 (not replaceable in the template's data): the year is more likely wrong.
  citationFixes: {},
});
