// Picks the official template for a report: forced by an option, else by the report's year.

import type { TemplateChoice } from '../types.js';
import { template2019 } from './template2019.js';
import { template2021 } from './template2021.js';
import { compileTemplates } from './compileTemplate.js';
import type { Template, TemplateId } from './templateTypes.js';

export const templates: Record<TemplateId, Template> = compileTemplates({ '2021': template2021, '2019': template2019 });

/** The template for a report year: 2019 and 2020 use the 2019 template, everything else the 2021 one. */
export function selectTemplate(choice: TemplateChoice | undefined, year: number | undefined): Template {
  if (choice === '2021' || choice === '2019') return templates[choice];
  if (year !== undefined && year <= (template2019.years.to ?? 2020)) return templates['2019'];
  return templates['2021'];
}
