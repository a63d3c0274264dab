// A new report draft from the skeleton of the template its year uses: title, preamble with the
// statistics period, the six sections with section 一's subsections, blank tables 二/三/四 and a note
// on where 上年结转 comes from — with the body's name and the year filled in everywhere.

import { renderBlankTable } from '../fix/renderBlankTable.js';
import { formatMessage } from '../l10n/formatMessage.js';
import { chineseNumeral } from '../text/normalizeLabel.js';
import { selectTemplate } from '../templates/selectTemplate.js';
import type { Locale } from '../types.js';

// Writes the skeleton of `body`'s report for `year` (Markdown, LF line breaks). The words are the
// bundle's (skeleton.*, in the draft's language, Chinese by default); labels come from the template.
export function renderReportSkeleton(body: string, year: number, locale: Locale = 'zh-cn'): string {
  const template = selectTemplate('auto', year);
  const m = (key: string, args: Record<string, string | number> = {}) => formatMessage(`skeleton.${key}`, { body, year, ...args }, locale);
  const lines: string[] = [`# ${m('title')}`, '', m('preamble', { citation: template.citation }), ''];
  for (const section of template.sections) {
    lines.push(`## ${chineseNumeral(section.number)}、${section.title}`, '');
    if (section.number === 1) {
      lines.push(m('fill', { title: section.title }), '');
      template.overviewSubsections.forEach((sub, i) => {
        lines.push(`### （${chineseNumeral(i + 1)}）${sub.title}`, '', m('fill', { title: sub.title }), '');
      });
      continue;
    }
    const table = template.tables.find((t) => t.id === section.tableId);
    if (table) {
      const carried = table.rows.find((r) => r.id === 'carried');
      const carryOver = table.rows.find((r) => r.id === 'carryOver');
      if (carried && carryOver) lines.push(`<!-- ${m('carriedHint', { previous: year - 1, carried: carried.label, carryOver: carryOver.label })} -->`, '');
      lines.push(...renderBlankTable(table, 'markdown'), '');
      continue;
    }
    lines.push(template.feeRequired && section.number === template.sections.length ? m('fee') : m('fill', { title: section.title }), '');
  }
  return lines.join('\n');
}
