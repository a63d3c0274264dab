// Checking one file end to end: read, decode, maybe fix and write back, lint, render the messages.
// Runs the same in the main thread and in worker threads; never throws (problems become messages).

import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { digestReport, entriesFor, fixAll, lint, looksLikeReport, relatedList, type LintOptions } from '../../core/src/index.js';
import { decodeBytes, encodeText } from '../../node/src/decodeText.js';
import { readFileBytes } from '../../node/src/readFileBytes.js';
import { formatBytes, t } from './messages.js';
import { reportFigures } from '../../core/src/index.js';
import { fileMessageResult, findingMessage, makeFileResult, skippedResult, type CliMessage, type FileResult, type LintTask } from '../../node/src/results.js';

// Checks one file. Returns null when a file found by walking a folder turns out not to be a report
// (binary files too, unless their text still reads as a report), so it is left out of the output;
// explicitly named files always get a result, and a file that looks like a report and is not checked
// is a skipped result saying why.
export function lintFile(task: LintTask): FileResult | null {
  try {
    return lintFileUnsafe(task);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fileMessageResult(task.path, t('internalError', task.locale, { detail }), 'error', true);
  }
}

function lintFileUnsafe(task: LintTask): FileResult | null {
  const { path, locale } = task;
  const read = readFileBytes(path, task.maxSize);
  if (read.kind === 'tooLarge') return skippedResult(path, t('tooLarge', locale, { size: formatBytes(read.size), limit: formatBytes(task.maxSize) }));
  if (read.kind === 'unreadable') return fileMessageResult(path, t('unreadable', locale, { detail: read.detail }), 'error', true);
  const { bytes } = read;
  const decoded = decodeBytes(bytes);
  if ('error' in decoded) {
    if (decoded.error === 'binary') {
      if (task.explicit) return fileMessageResult(path, t('binary', locale, { detail: decoded.detail }), 'error', true);
      // A report with a stray NUL is still a report: listed as not checked, with the reason.
      return looksLikeReport(readableText(bytes)) ? skippedResult(path, t('binaryReport', locale, { detail: decoded.detail })) : null;
    }
    // An undecodable file in a folder might still be a report; say so, but only fail the run for named files.
    const message = t('undecodable', locale, { detail: decoded.detail });
    return task.explicit ? fileMessageResult(path, message, 'error', true) : skippedResult(path, message);
  }
  let text = decoded.text;
  if (!task.explicit && !looksLikeReport(text)) return null;

  const extra: CliMessage[] = [];
  let fixed = false;
  const options: LintOptions = task.related?.length ? { ...task.options, related: relatedList(task.related), file: path } : task.options;
  if (task.fix) {
    const result = fixAll(text, options);
    if (result.text !== text) {
      const encoded = encodeText(result.text, decoded.encoding);
      if (encoded instanceof Uint8Array) {
        const written = writeIfUnchanged(path, bytes, encoded);
        if (written === 'written') {
          text = result.text;
          fixed = true;
        } else if (written === 'changed') {
          // Someone saved the file meanwhile: their edit wins, nothing is written, nothing is reported on stale text.
          return fileMessageResult(path, t('fixChangedOnDisk', locale), 'error', true);
        } else {
          extra.push(fatalAtStart(t('fixWriteFailed', locale, { detail: written.error })));
        }
      } else {
        extra.push(fatalAtStart(t('fixWriteFailed', locale, { detail: encoded.error })));
      }
    }
  }

  const result = lint(text, options);
  const { index } = result;
  // --suppress-all: every finding goes into the suppressions file, so every finding is now ignored.
  const all = [...result.findings, ...result.suppressed];
  const findings = task.entries ? all.filter((f) => f.ruleId === 'internal-error') : result.findings;
  const suppressed = task.entries ? all.filter((f) => f.ruleId !== 'internal-error') : result.suppressed;
  const messages = findings
    .filter((f) => !task.quiet || f.severity === 'error')
    .map((f) => findingMessage(f, index, locale));
  const fileResult = makeFileResult(path, [...extra, ...messages], fixed);
  if (suppressed.length > 0) fileResult.suppressedMessages = suppressed.map((f) => findingMessage(f, index, locale)).sort((a, b) => a.line - b.line || a.column - b.column);
  if (!task.entries && result.unusedSuppressions.length > 0) fileResult.unusedSuppressions = result.unusedSuppressions;
  if (task.entries) fileResult.entries = entriesFor(all, text, locale);
  if (task.digest) {
    const digest = digestReport(result, path);
    if (digest) fileResult.digest = digest;
  }
  if (task.figures) fileResult.figures = reportFigures(result, path);
  return fileResult;
}

/** What a binary file's text would read as, to tell whether it is a report with a stray control byte: UTF-8 (lossy), NULs dropped. */
function readableText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 256 * 1024)).replace(/\0/g, '');
}

/** Test hook: called after the temporary file is written and before the file is compared and replaced. */
export const fixWriteHooks: { beforeCommit?: (path: string) => void } = {};

/**
 * Replaces the file with `next` only if it still holds exactly `read`: the new bytes go to a temporary
 * file beside it (same folder, so the rename is atomic; the file's mode copied), the file is read
 * again and compared, then the temporary file is renamed over it. A link is followed and its target
 * replaced. What is left is the instant between the comparison and the rename (no portable
 * compare-and-swap of a path exists); an editor saving in that instant is not detected.
 */
function writeIfUnchanged(path: string, read: Uint8Array, next: Uint8Array): 'written' | 'changed' | { error: string } {
  let temp: string | undefined;
  try {
    const target = realpathSync(path);
    const mode = statSync(target).mode & 0o7777;
    temp = join(dirname(target), `.${basename(target)}.nianbao-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
    const fd = openSync(temp, 'wx', 0o600);
    try {
      writeAll(fd, next);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodSync(temp, mode);
    fixWriteHooks.beforeCommit?.(path);
    if (!Buffer.from(readFileSync(target)).equals(read)) {
      unlinkSync(temp);
      return 'changed';
    }
    renameSync(temp, target);
    return 'written';
  } catch (e) {
    if (temp) {
      try {
        unlinkSync(temp);
      } catch {
        // already gone
      }
    }
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function fatalAtStart(message: string): CliMessage {
  return { ruleId: null, severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}
