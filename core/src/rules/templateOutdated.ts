// template-outdated: a report checked against the 2021 template (a report for 2021 or later, one that
// names no year, or the 2021 template forced by the settings) written to the superseded 2019 template: a
// table in the 2019 shape, or a citation of 国办公开办函〔2019〕60号 / 格式（试行）. One finding, on
// the first sign; the tables in the 2019 shape are left out of the other table rules.

import { otherTemplateRule, type OtherTemplateMessages } from './otherTemplateSigns.js';

const MESSAGES: Record<'byYear' | 'noYear' | 'forced', OtherTemplateMessages> = {
  byYear: { citation: 'template-outdated.citation', table: 'template-outdated.table', related: 'related.outdated' },
  noYear: { citation: 'template-outdated.citationNoYear', table: 'template-outdated.tableNoYear', related: 'related.outdated' },
  forced: { citation: 'template-outdated.citationForced', table: 'template-outdated.tableForced', related: 'related.outdated' },
};

export const templateOutdated = otherTemplateRule({
  id: 'template-outdated',
  checkedAgainst: '2021',
  messageSets: Object.values(MESSAGES),
  citations: (template) => template.outdatedCitations,
  // The 2021 template is chosen for a report for 2021 or later, or for one that names no year;
  // for a report for 2019 or 2020 it was forced by the settings.
  messages: (report, template) => {
    const year = report.year?.value;
    return year === undefined ? MESSAGES.noYear : year < template.years.from ? MESSAGES.forced : MESSAGES.byYear;
  },
  citationFixes: { 'fix.replaceCitation': 'suggestion' },
});
