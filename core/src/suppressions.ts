// Suppressions kept outside the draft: a workspace file (.nianbao-suppressions.json) that lists, per
// report, the findings a person chose to ignore — after ESLint's bulk suppressions, but keyed by a
// fingerprint of the finding itself rather than a count per rule: its rule, message, the text it is on
// and its message arguments (row, column, values), never its line or offset. An edit elsewhere in the
// draft leaves the fingerprint as it was (the finding stays ignored); a new finding of the same rule
// has another fingerprint (it is reported), and a changed value makes the old one a new finding.
// Pure data and pure functions: reading and writing the file is the CLI's and the server's.

import type { Finding, Locale } from './types.js';
import { formatMessage } from './l10n/formatMessage.js';

export const SUPPRESSIONS_FILE_NAME = '.nianbao-suppressions.json';
const VERSION = 1;

/** One ignored finding of one report: `count` findings with this fingerprint are not reported. */
export interface SuppressionEntry {
  rule: string;
  fingerprint: string;
  count: number;
  /** The finding's message when it was ignored, for the people who read the file (not matched on). */
  message?: string;
}

/** The file's content: entries per report, by path relative to the file's folder with '/' separators. */
export interface SuppressionsFile {
  version: 1;
  files: Record<string, SuppressionEntry[]>;
}

/** An entry that matched fewer findings than it ignores: `unmatched` of its count found nothing. */
export interface UnusedSuppression extends SuppressionEntry {
  unmatched: number;
}

/** Arguments that say where a finding is (another heading's line), left out of its fingerprint. */
const POSITION_ARG = /line$/i;

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The text a finding is on, with runs of white space as one space (re-spacing is not a new finding). */
function flaggedText(finding: Finding, text: string): string {
  return text.slice(finding.span.start, finding.span.end).split(/\s+/).filter(Boolean).join(' ');
}

/** What identifies a finding whatever else changes in the draft: rule, message, its text and arguments. */
export function fingerprint(finding: Finding, text: string): string {
  const args = Object.keys(finding.args).filter((k) => !POSITION_ARG.test(k)).sort().map((k) => [k, finding.args[k]]);
  return fnv1a(JSON.stringify([finding.ruleId, finding.messageId, flaggedText(finding, text), args]));
}

export interface SuppressionOutcome {
  /** The findings still reported. */
  findings: Finding[];
  /** The findings the entries ignore. */
  suppressed: Finding[];
  /** The entries (or the part of their count) that ignore nothing any more. */
  unused: UnusedSuppression[];
}

/**
 * Splits a report's findings into those reported and those its entries ignore (in document order:
 * an entry of count 2 ignores the first two findings with its fingerprint). Internal errors are
 * never ignored.
 */
export function applySuppressions(findings: readonly Finding[], text: string, entries: readonly SuppressionEntry[]): SuppressionOutcome {
  const remaining = new Map<string, number>();
  for (const e of entries) remaining.set(`${e.rule}\u0000${e.fingerprint}`, (remaining.get(`${e.rule}\u0000${e.fingerprint}`) ?? 0) + e.count);
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${fingerprint(f, text)}`;
    const left = f.ruleId === 'internal-error' ? 0 : remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      suppressed.push(f);
    } else {
      kept.push(f);
    }
  }
  const unused: UnusedSuppression[] = [];
  for (const e of entries) {
    const key = `${e.rule}\u0000${e.fingerprint}`;
    const left = remaining.get(key) ?? 0;
    if (left <= 0) continue;
    const unmatched = Math.min(left, e.count);
    remaining.set(key, left - unmatched);
    unused.push({ ...e, unmatched });
  }
  return { findings: kept, suppressed, unused };
}

/** The entries that ignore exactly `findings` of a report (one per fingerprint, counted), sorted. */
export function entriesFor(findings: readonly Finding[], text: string, locale: Locale): SuppressionEntry[] {
  const byKey = new Map<string, SuppressionEntry>();
  for (const f of findings) {
    if (f.ruleId === 'internal-error') continue;
    const fp = fingerprint(f, text);
    const key = `${f.ruleId}\u0000${fp}`;
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { rule: f.ruleId, fingerprint: fp, count: 1, message: formatMessage(f.messageId, f.args, locale) });
  }
  return sortEntries([...byKey.values()]);
}

function sortEntries(entries: SuppressionEntry[]): SuppressionEntry[] {
  return entries.sort((a, b) => (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
}

/**
 * The file with one more finding ignored: its entry counts every finding of the report that has the
 * same fingerprint (they are the same finding, word for word), so all of them stay ignored.
 */
export function withSuppressed(file: SuppressionsFile, report: string, finding: Finding, all: readonly Finding[], text: string, locale: Locale): SuppressionsFile {
  const fp = fingerprint(finding, text);
  const same = all.filter((f) => f.ruleId === finding.ruleId && fingerprint(f, text) === fp);
  const entries = (file.files[report] ?? []).filter((e) => !(e.rule === finding.ruleId && e.fingerprint === fp));
  entries.push({ rule: finding.ruleId, fingerprint: fp, count: Math.max(1, same.length), message: formatMessage(finding.messageId, finding.args, locale) });
  return { version: VERSION, files: { ...file.files, [report]: sortEntries(entries) } };
}

/** The file with a report's entries replaced (none: the report is left out). */
export function withEntries(file: SuppressionsFile, report: string, entries: readonly SuppressionEntry[]): SuppressionsFile {
  const files = { ...file.files };
  if (entries.length > 0) files[report] = sortEntries([...entries]);
  else delete files[report];
  return { version: VERSION, files };
}

export function emptySuppressions(): SuppressionsFile {
  return { version: VERSION, files: {} };
}

/** The file's text: reports in path order, two-space JSON, a final line break (stable for version control). */
export function serializeSuppressions(file: SuppressionsFile): string {
  const files: Record<string, SuppressionEntry[]> = {};
  for (const report of Object.keys(file.files).sort()) {
    files[report] = file.files[report]!.map((e) => ({ rule: e.rule, fingerprint: e.fingerprint, count: e.count, ...(e.message ? { message: e.message } : {}) }));
  }
  return `${JSON.stringify({ version: VERSION, files }, null, 2)}\n`;
}

/** Reads the file's text; a file that is not one (bad JSON, wrong shape) is a problem, never thrown. */
export function parseSuppressions(text: string): { file: SuppressionsFile } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { problem: (e as Error).message };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { problem: 'not an object' };
  const { version, files } = data as { version?: unknown; files?: unknown };
  if (version !== VERSION) return { problem: `version ${JSON.stringify(version)} (expected ${VERSION})` };
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return { problem: '"files" is not an object' };
  const out: SuppressionsFile = { version: VERSION, files: {} };
  for (const [report, list] of Object.entries(files as Record<string, unknown>)) {
    if (!Array.isArray(list)) return { problem: `"${report}" is not a list` };
    const entries: SuppressionEntry[] = [];
    for (const item of list as unknown[]) {
      const e = item as Partial<SuppressionEntry> | null;
      if (!e || typeof e.rule !== 'string' || typeof e.fingerprint !== 'string' || !Number.isInteger(e.count) || e.count! < 1) {
        return { problem: `"${report}": an entry needs rule, fingerprint and a count of 1 or more` };
      }
      entries.push({ rule: e.rule, fingerprint: e.fingerprint, count: e.count!, ...(typeof e.message === 'string' ? { message: e.message } : {}) });
    }
    out.files[report] = entries;
  }
  return { file: out };
}

/** How a report is named in the file: its path relative to the file's folder, with '/' separators. */
export function reportKey(relativePath: string): string {
  return relativePath.split('\\').join('/');
}
