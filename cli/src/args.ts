// Command-line argument parsing for `nianbao lint`: turns argv into checked options or a usage error.
// Built on node:util parseArgs (strict), with the option values validated and errors localised.

import { parseArgs } from 'node:util';
import type { Locale, TemplateChoice } from '../../core/src/index.js';
import { t } from './messages.js';

type OutputFormat = 'stylish' | 'json' | 'sarif';
/** `nianbao summary --format`: Markdown (default), CSV for spreadsheets, JSON. */
type SummaryOutputFormat = 'md' | 'csv' | 'json';

export interface CliOptions {
  command: 'lint' | 'convert' | 'summary' | 'help' | 'version';
  /** `convert -o FILE`: where the Markdown draft goes (default: beside the Word file, as .md); `summary -o FILE`: where the summary goes (default: standard output). */
  output?: string;
  /** `summary --format` (then `format` stays the lint default). */
  summaryFormat: SummaryOutputFormat;
  /** `summary --against FILE`: a consolidated report to compare with the sum of the units. */
  against?: string;
  /** `summary --include-failing`: add reports whose sums fail to the totals (flagged). */
  includeFailing: boolean;
  /** Paths, folders or globs as given; empty means the current folder. */
  patterns: string[];
  format: OutputFormat;
  fix: boolean;
  /** Only set when --template was given; otherwise the config file (or 'auto') decides. */
  template?: TemplateChoice;
  quiet: boolean;
  locale: Locale;
  /** Files larger than this many bytes are skipped with a message. */
  maxSize: number;
  /** 'auto': a worker pool above WORKER_THRESHOLD files; 0: never; n: a pool of n threads. */
  workers: 'auto' | number;
  /** `--suppressions FILE`: the suppressions file for every report (default: beside each report's config). */
  suppressions?: string;
  /** `--suppress-all`: write every current finding into the suppressions file. */
  suppressAll: boolean;
  /** `--prune-suppressions`: drop the entries that ignore nothing any more. */
  pruneSuppressions: boolean;
}

type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string; locale: Locale };

export const DEFAULT_MAX_SIZE = 5 * 1024 * 1024;
const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];
const SUMMARY_FORMATS: readonly SummaryOutputFormat[] = ['md', 'csv', 'json'];
const TEMPLATES: readonly TemplateChoice[] = ['auto', '2021', '2019'];
const LOCALES: readonly Locale[] = ['zh-cn', 'en'];

// Parses argv (without node and script): returns the options, or a localised usage error for exit code 2.
// The locale is read first so that even the usage error comes out in the requested language.
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  const locale = peekLocale(argv);
  const fail = (error: string): ParsedArgs => ({ ok: false, error, locale });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        template: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        locale: { type: 'string' },
        'max-size': { type: 'string' },
        workers: { type: 'string' },
        output: { type: 'string', short: 'o' },
        against: { type: 'string' },
        'include-failing': { type: 'boolean' },
        suppressions: { type: 'string' },
        'suppress-all': { type: 'boolean' },
        'prune-suppressions': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    return fail((e as Error).message);
  }
  const v = parsed.values;
  const localeValue = v.locale ?? 'zh-cn';
  if (!LOCALES.includes(localeValue as Locale)) return fail(badChoice('--locale', localeValue, LOCALES, locale));
  const isSummary = parsed.positionals[0] === 'summary';
  const format = isSummary ? 'stylish' : v.format ?? 'stylish';
  if (!FORMATS.includes(format as OutputFormat)) return fail(badChoice('--format', format, FORMATS, locale));
  const summaryFormat = isSummary ? v.format ?? 'md' : 'md';
  if (!SUMMARY_FORMATS.includes(summaryFormat as SummaryOutputFormat)) return fail(badChoice('--format', summaryFormat, SUMMARY_FORMATS, locale));
  if (!isSummary && (v.against !== undefined || v['include-failing'])) return fail(t('summaryOnly', locale));
  if (v.template !== undefined && !TEMPLATES.includes(v.template as TemplateChoice)) {
    return fail(badChoice('--template', v.template, TEMPLATES, locale));
  }
  const maxSize = v['max-size'] === undefined ? DEFAULT_MAX_SIZE : parseSize(v['max-size']);
  if (maxSize === null) return fail(t('badSize', locale, { value: v['max-size']! }));
  const workers: 'auto' | number | null =
    v.workers === undefined || v.workers === 'auto' ? 'auto' : /^\d+$/.test(v.workers) ? Number(v.workers) : null;
  if (workers === null) return fail(t('badWorkers', locale, { value: v.workers! }));

  const [command, ...patterns] = parsed.positionals;
  const base = {
    patterns,
    format: format as OutputFormat,
    summaryFormat: summaryFormat as SummaryOutputFormat,
    includeFailing: v['include-failing'] ?? false,
    ...(v.against !== undefined ? { against: v.against } : {}),
    fix: v.fix ?? false,
    quiet: v.quiet ?? false,
    locale: localeValue as Locale,
    maxSize,
    workers,
    suppressAll: v['suppress-all'] ?? false,
    pruneSuppressions: v['prune-suppressions'] ?? false,
    ...(v.suppressions !== undefined ? { suppressions: v.suppressions } : {}),
    ...(v.template !== undefined ? { template: v.template as TemplateChoice } : {}),
    ...(v.output !== undefined ? { output: v.output } : {}),
  };
  if (v.help) return { ok: true, options: { ...base, command: 'help' } };
  if (v.version) return { ok: true, options: { ...base, command: 'version' } };
  if (command === undefined) return fail(t('noCommand', locale));
  if (command === 'convert') {
    if (patterns.length !== 1 || !/\.docx$/i.test(patterns[0]!)) return fail(t('convertNeedsWord', locale));
    return { ok: true, options: { ...base, command: 'convert' } };
  }
  if (command === 'summary') {
    if (v.fix) return fail(t('summaryNoFix', locale));
    return { ok: true, options: { ...base, command: 'summary' } };
  }
  if (command !== 'lint') return fail(t('unknownCommand', locale, { detail: command }));
  return { ok: true, options: { ...base, command: 'lint' } };
}

// Reads a size such as "5MB", "500kb", "1.5 MB" or "1048576" (bytes; K/M are 1024-based). Null if malformed.
export function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(text.trim());
  if (!m) return null;
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.round(Number(m[1]) * scale);
  return bytes > 0 ? bytes : null;
}

/** The --locale value if present and valid, so that errors about other options are in that language. */
function peekLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice('--locale='.length) : undefined;
    if (value === 'en' || value === 'zh-cn') return value;
  }
  return 'zh-cn';
}

function badChoice(option: string, value: string, choices: readonly string[], locale: Locale): string {
  return t('badChoice', locale, { option, value, choices: choices.join(', ') });
}
