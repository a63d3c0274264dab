// Exports of the reviewer's results (no VS Code API here, so it is plain to test): CSV with a UTF-8
// BOM (Excel and WPS then read the Chinese right), JSON, SARIF 2.1.0 (the CLI's writer) and one
// self-contained HTML page a reviewer can send by e-mail (inline styles, no scripts, no links out).

import { toSarif } from '../../node/src/sarif.js';
import type { FileResult } from '../../node/src/results.js';
import type { ReportSummary, RuleSummary } from '../../protocol/src/protocol.js';

export type ExportFormat = 'csv' | 'json' | 'sarif' | 'html';

/** The words an export uses, in the message language (the caller translates). */
export interface ExportWords {
  file: string;
  body: string;
  year: string;
  template: string;
  severity: string;
  rule: string;
  line: string;
  column: string;
  message: string;
  sums: string;
  sumsHold: string;
  sumsFail: string;
  noProblems: string;
  severityName: Record<'error' | 'warning' | 'info', string>;
  title: string;
  summary: string;
}

interface ExportInput {
  reports: readonly ReportSummary[];
  rules: readonly RuleSummary[];
  words: ExportWords;
  /** The workspace folder paths are relative to (SARIF's %SRCROOT%). */
  root: string;
  toolVersion: string;
  /** When the results were made (ISO 8601), shown in the HTML. */
  generated: string;
}

function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

/** CSV: a BOM, a header, one row per finding and one per clean report; CRLF line ends. */
function toCsv(input: ExportInput): string {
  const w = input.words;
  const rows = [[w.file, w.body, w.year, w.template, w.severity, w.rule, w.line, w.column, w.message]];
  for (const r of input.reports) {
    const head = [r.file, r.body ?? '', r.year === undefined ? '' : String(r.year), r.templateId ?? ''];
    if (r.messages.length === 0) rows.push([...head, '', '', '', '', w.noProblems]);
    for (const m of r.messages) rows.push([...head, w.severityName[m.severity], m.ruleId ?? '', String(m.line), String(m.column), m.message]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** JSON: the tool, when, the rules and every report as the server gave it. */
function toJson(input: ExportInput): string {
  return `${JSON.stringify({ tool: 'nianbao', version: input.toolVersion, generated: input.generated, rules: input.rules, reports: input.reports }, null, 2)}\n`;
}

/** SARIF 2.1.0 through the CLI's writer (paths relative to the workspace folder). */
function toSarifText(input: ExportInput): string {
  const results: FileResult[] = input.reports.map((r) => ({
    filePath: r.filePath,
    messages: r.messages.map((m) => ({ ...m })),
    errorCount: r.counts.error,
    warningCount: r.counts.warning,
    infoCount: r.counts.info,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }));
  const sarif = toSarif(results, {
    cwd: input.root,
    toolVersion: input.toolVersion,
    informationUri: 'https://github.com/nianbao-dev/nianbao',
    rules: input.rules.map((r) => ({ id: r.id, description: r.name, helpUri: r.docsUrl.startsWith('file:') ? `https://github.com/nianbao-dev/nianbao/blob/main/docs/rules/${r.id}.md` : r.docsUrl, defaultSeverity: r.defaultSeverity })),
  });
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function esc(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = [
  'body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}',
  'table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}',
  'th{background:#f0f0f0}.error{color:#a00}.warning{color:#8a5a00}.info{color:#245}.ok{color:#060}',
].join('');

/** One HTML page: a table of the reports, then each report's findings. */
function toHtml(input: ExportInput): string {
  const w = input.words;
  const overview = input.reports.map((r) => {
    const clean = r.messages.length === 0;
    const sums = r.sumsHold === undefined ? '' : r.sumsHold ? w.sumsHold : w.sumsFail;
    return `<tr><td>${esc(r.file)}</td><td>${esc(r.body)}</td><td>${esc(r.year)}</td><td>${esc(r.templateId)}</td>`
      + `<td class="error">${r.counts.error}</td><td class="warning">${r.counts.warning}</td><td class="info">${r.counts.info}</td>`
      + `<td class="${r.sumsHold === false ? 'error' : 'ok'}">${esc(sums)}</td><td class="ok">${clean ? '✓' : ''}</td></tr>`;
  }).join('\n');
  const details = input.reports.filter((r) => r.messages.length > 0).map((r) => {
    const rows = r.messages.map((m) => `<tr><td class="${m.severity}">${esc(w.severityName[m.severity])}</td><td>${esc(m.line)}</td><td>${esc(m.ruleId ?? '')}</td><td>${esc(m.message)}</td></tr>`).join('\n');
    return `<h2>${esc(r.file)}</h2>\n<table><tr><th>${esc(w.severity)}</th><th>${esc(w.line)}</th><th>${esc(w.rule)}</th><th>${esc(w.message)}</th></tr>\n${rows}\n</table>`;
  }).join('\n');
  const sev = w.severityName;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(w.title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(w.title)}</h1>
<p>${esc(w.summary)} · ${esc(input.generated)} · nianbao ${esc(input.toolVersion)}</p>
<table><tr><th>${esc(w.file)}</th><th>${esc(w.body)}</th><th>${esc(w.year)}</th><th>${esc(w.template)}</th><th>${esc(sev.error)}</th><th>${esc(sev.warning)}</th><th>${esc(sev.info)}</th><th>${esc(w.sums)}</th><th>✓</th></tr>
${overview}
</table>
${details}
</body></html>
`;
}

/** The export of one format. */
export function exportResults(format: ExportFormat, input: ExportInput): string {
  switch (format) {
    case 'csv': return toCsv(input);
    case 'json': return toJson(input);
    case 'sarif': return toSarifText(input);
    case 'html': return toHtml(input);
  }
}
