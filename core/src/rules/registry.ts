// Every rule, in the order findings are reported, with the docs link each diagnostic carries.

import { carryoverMismatch } from './carryoverMismatch.js';
import { feeNotReported } from './feeNotReported.js';
import { overviewTooLong } from './overviewTooLong.js';
import { placeholderLeft } from './placeholderLeft.js';
import { formatMessage } from '../l10n/formatMessage.js';
import type { Rule } from './ruleTypes.js';
import { repeatedText } from './repeatedText.js';
import { sectionDuplicate } from './sectionDuplicate.js';
import { sectionExtra } from './sectionExtra.js';
import { sectionHeading } from './sectionHeading.js';
import { sectionMissing } from './sectionMissing.js';
import { sectionOrder } from './sectionOrder.js';
import { subsectionMissing } from './subsectionMissing.js';
import { sumBalance, sumOutcomeTotal, sumReviewTotal, sumRowTotal } from './sumRules.js';
import { tableCellCount } from './tableCellCount.js';
import { tableCellInvalid } from './tableCellInvalid.js';
import { tableCellsMerged } from './tableCellsMerged.js';
import { tableMissing } from './tableMissing.js';
import { tableRowMissing } from './tableRowMissing.js';
import { tableRowUnknown } from './tableRowUnknown.js';
import { templateOutdated } from './templateOutdated.js';
import { templateTooNew } from './templateTooNew.js';
import { textTableMismatch } from './textTableMismatch.js';
import { yearMismatch } from './yearMismatch.js';

export const rules: Rule[] = [
  sectionMissing, sectionDuplicate, sectionOrder, sectionExtra, sectionHeading, subsectionMissing,
  tableMissing, tableRowMissing, tableRowUnknown, tableCellsMerged, tableCellCount, tableCellInvalid, templateOutdated, templateTooNew,
  sumRowTotal, sumOutcomeTotal, sumBalance, sumReviewTotal, carryoverMismatch,
  yearMismatch, feeNotReported, overviewTooLong, repeatedText, textTableMismatch, placeholderLeft,
];

/** Where each rule's documentation lives, relative to the project (docs/rules/<id>.md). */
const DOCS_BASE_URL = 'https://github.com/nianbao-dev/nianbao/blob/main/docs/rules/';

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`;
}

export interface RuleInfo {
  id: string;
  category: Rule['category'];
  defaultSeverity: Rule['defaultSeverity'];
  fixable: boolean;
  docsUrl: string;
  docsPath: string;
  /** One line saying what the rule checks, per language (from the l10n bundles). */
  description: { 'zh-cn': string; en: string };
}

export const ruleRegistry: RuleInfo[] = rules.map((r) => ({
  id: r.id,
  category: r.category,
  defaultSeverity: r.defaultSeverity,
  fixable: Object.keys(r.meta.fixes ?? {}).length > 0,
  docsUrl: docsUrl(r.id),
  docsPath: `docs/rules/${r.id}.md`,
  description: { 'zh-cn': formatMessage(`rule.${r.id}`, {}, 'zh-cn'), en: formatMessage(`rule.${r.id}`, {}, 'en') },
}));
