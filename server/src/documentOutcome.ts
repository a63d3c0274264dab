// Decides what happens to one text: ignored (excluded, or not a report), skipped with a reason
// (binary content, too large), or linted by the core. The same for open documents and files on disk.

import { looksLikeReport, type LintOptions, type LintResult } from '../../core/src/index.js';
import { sniffBinary } from '../../node/src/decodeText.js';
import { isBundledDoc } from './bundledDocs.js';
import { isExcluded, isIncluded } from './fileSelection.js';
import type { NianbaoSettings } from '../../protocol/src/protocol.js';
import type { WordProblem } from '../../word/src/readWordBytes.js';

export type Outcome =
  | { kind: 'ignored' }
  | { kind: 'tooLarge'; size: number; limit: number }
  | { kind: 'binary'; detail: string }
  | { kind: 'undecodable'; detail: string }
  | { kind: 'unreadable'; detail: string }
  /** The lint ran past `nianbao.lintTimeoutSeconds` and was stopped (lintRunner.ts). */
  | { kind: 'timedOut'; seconds: number }
  /** The lint's worker died (out of memory, say) or the core threw. */
  | { kind: 'lintFailed'; detail: string }
  /** A Word file that cannot be read (.doc, .wps, an open password, damaged): one warning saying how to save it as .docx. */
  | { kind: 'wordProblem'; problem: WordProblem; detail: string }
  | { kind: 'linted'; result: LintResult };

interface OutcomeInput {
  text: string;
  /** File path, when the text is a file. */
  path: string | undefined;
  folders: readonly string[];
  settings: NianbaoSettings;
  options: LintOptions;
}

/** How many leading characters are inspected for binary content (as the file decoder does). */
const SNIFF_CHARS = 64 * 1024;

/** Why a text looks binary (NUL, mostly control characters), or undefined when it looks like text. */
function binaryReason(text: string): string | undefined {
  // The editor decoded the file already: NULs in its text are NULs, never UTF-16 to guess at.
  return sniffBinary(Buffer.from(text.slice(0, SNIFF_CHARS), 'utf8')) ?? undefined;
}

/** The size limit in bytes for `nianbao.maxFileSizeMB` (0 or less: no limit). */
export function sizeLimit(settings: NianbaoSettings): number {
  return settings.maxFileSizeMB > 0 ? Math.round(settings.maxFileSizeMB * 1024 * 1024) : Infinity;
}

/**
 * What is decided of a text before it is linted (the lint itself runs in a worker: liveLinter.ts's
 * lintOffThread): exclusion (and the bundled rule docs) first, then binary content and size (reported
 * once, never parsed), then the report test. An outcome without linting, or undefined when the text is
 * to be linted.
 */
export function screenText(input: OutcomeInput): Outcome | undefined {
  const { text, path, folders, settings } = input;
  if (isExcluded(path, folders, settings) || isBundledDoc(path)) return { kind: 'ignored' };
  const binary = binaryReason(text);
  if (binary !== undefined) return { kind: 'binary', detail: binary };
  const wanted = isIncluded(path, folders, settings) || looksLikeReport(text);
  const limit = sizeLimit(settings);
  if (text.length > limit / 4) {
    const size = Buffer.byteLength(text, 'utf8');
    if (size > limit) return wanted ? { kind: 'tooLarge', size, limit } : { kind: 'ignored' };
  }
  if (!wanted) return { kind: 'ignored' };
  return undefined;
}

// Logs each rule that threw during a lint (the core turned it into an internal-error finding), so a
// broken rule shows up once in the server log as well as in the Problems panel.
export function reportRuleFailures(outcome: Outcome, report: (where: string, error: unknown) => void): void {
  if (outcome.kind !== 'linted') return;
  for (const f of outcome.result.findings) {
    if (f.ruleId === 'internal-error') report(`rule ${String(f.args.rule)}`, new Error(String(f.args.detail)));
  }
}
