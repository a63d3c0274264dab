// The checker core's public API: text and options in, findings with fixes out. It knows nothing of
// VS Code, LSP or the file system (config discovery, file walking and decoding are Node-side, in
// node/src). The faces (cli/, server/, word/, node/, protocol/) import the core from this file only.

export type { Finding, Fix, Edit, Span, Severity, SeveritySetting, LintOptions, TemplateChoice, Locale, RelatedSpan, Position } from './types.js';
export type { Report, Section, Table, Row, Cell, CellToken, Heading } from './model.js';
export type { Template, TemplateId, TableSpec, RowSpec } from './templates/templateTypes.js';
export { lint, type LintResult } from './lint.js';
export { fixAll, fixOutcome, MAX_FIX_PASSES, type FixAllResult } from './fix/fixAll.js';
export type { GateVerdict } from './fix/fixGate.js';
export { applyFixes } from './fix/applyEdits.js';
export { renderBlankTable } from './fix/renderBlankTable.js';
export { tableConversions, tableRegions, type TableConversion, type TableRegion, type LostText } from './fix/convertTable.js';
export { standardTable, placeRows, type StandardRowLine, type StandardTable, type UnplacedRow } from './fix/standardTable.js';
export { officialLayoutPlugin, type MarkdownItInstance, type OfficialLayoutOptions } from './preview/officialLayoutPlugin.js';
export { officialTableHtml, type PreviewCell } from './preview/officialTableHtml.js';
export { formatMessage, localeFor } from './l10n/formatMessage.js';
export { looksLikeReport } from './looksLikeReport.js';
export { LineIndex } from './text/lineIndex.js';
export { readReport } from './read/readReport.js';
export { gridTableAround } from './read/gridTables.js';
export { ruleRegistry, docsUrl, rules, type RuleInfo } from './rules/registry.js';
export { templates, selectTemplate } from './templates/selectTemplate.js';
export { digestReport, relatedList, type ReportDigest, type RelatedReports, type DigestCell, type DigestRange } from './related/reportDigest.js';
export { previousReport, pickSameBody } from './related/previousReport.js';
export { bodyOfReport } from './related/bodyName.js';
export { fileLabel } from './related/fileLabel.js';
export { completionsAt, type DraftCompletion } from './authoring/completions.js';
export { renderReportSkeleton } from './authoring/reportSkeleton.js';
export { BODY_PLACEHOLDER, skeletonPlaceholders, type SkeletonPlaceholders } from './authoring/placeholders.js';
export {
  SUPPRESSIONS_FILE_NAME, applySuppressions, emptySuppressions, entriesFor, fingerprint, parseSuppressions, reportKey, serializeSuppressions, withEntries, withSuppressed,
  type SuppressionEntry, type SuppressionsFile, type SuppressionOutcome, type UnusedSuppression,
} from './suppressions.js';
// Table vocabulary and sums, for the server's hovers and the Word places.
export { cellAt, columnTitle, rowName, tableSpec, usableRows } from './rules/tableTerms.js';
export { compiledSums, evaluateSum, usableRowsBySpec, type SumEvaluation } from './rules/evaluateSum.js';
export { textKey } from './text/normalizeLabel.js';
export { displayWidth, padTo } from './text/displayWidth.js';
// The county roll-up (nianbao summary and its editor command).
export { reportFigures, type ReportFigures } from './summary/reportFigures.js';
export { consolidate, compareConsolidated, type Comparison } from './summary/consolidate.js';
export { renderSummary, renderSummaryMarkdown } from './summary/renderSummary.js';
