// `nianbao summary [paths…] [--format md|csv|json] [--against 全区报告.md] [--include-failing] [-o FILE]`:
// the county roll-up. Every report is linted as `nianbao lint` would (worker threads, last year's
// reports among the files given), its figures taken from the core's report model, then grouped
// and added up by the core (core/src/summary/). Files that cannot be read are named on stderr.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeConfigProblem } from '../../node/src/findConfig.js';
import { compareConsolidated, consolidate, type Comparison } from '../../core/src/index.js';
import type { ReportFigures } from '../../core/src/index.js';
import { renderSummary } from '../../core/src/index.js';
import type { CliOptions } from './args.js';
import { collectFiles, comparePaths } from '../../node/src/collectFiles.js';
import { lintAcrossReports } from './crossReport.js';
import { displayPath } from './formatters/stylish.js';
import { lintWordFile } from './lintWordFile.js';
import { t } from './messages.js';
import { chooseThreadCount } from './pool.js';
import type { FileResult, LintTask } from '../../node/src/results.js';
import { lintOptionsFor, resolveConfigs, type RunIO } from './run.js';
import { WORD_EXTENSIONS } from '../../word/src/readWordBytes.js';
import { convertedDraftStem, wordReportStem, wordReportsWithDrafts } from '../../node/src/convertedDrafts.js';

// Runs the summary; resolves to the exit code: 0 written, 2 usage, read or write problems.
export async function summaryCommand(options: CliOptions, io: RunIO): Promise<number> {
  const { locale } = options;
  const against = options.against === undefined ? undefined : resolve(io.cwd, options.against);
  const { files, problems } = collectFiles(options.patterns, io.cwd, { word: true });
  let exit = 0;
  for (const problem of problems) {
    const where = problem.path ? displayPath(problem.path, io.cwd) : problem.pattern;
    const detail = problem.kind === 'no-match' ? t('noMatch', locale, { pattern: problem.pattern })
      : problem.kind === 'not-found' ? `${where}: ${t('notFound', locale)}` : `${where}: ${t('unreadable', locale, { detail: problem.detail ?? '' })}`;
    io.stderr(detail + '\n');
    exit = 2;
  }
  // The consolidated report is compared with the units, never one of them. A Word report with the
  // Markdown draft converted from it beside it is counted once, as the draft.
  const twice = wordReportsWithDrafts(files.map((f) => f.path));
  for (const path of twice) {
    const draft = files.find((f) => f.path !== path && convertedDraftStem(f.path) === wordReportStem(path))!;
    io.stderr(t('summaryWordDraft', locale, { file: displayPath(path, io.cwd), draft: displayPath(draft.path, io.cwd) }) + '\n');
  }
  const unitFiles = files.filter((f) => f.path !== against && !twice.has(f.path));
  const paths = [...unitFiles.map((f) => f.path), ...(against ? [against] : [])];
  const configs = resolveConfigs(paths);
  if (configs.problems.length) {
    for (const p of configs.problems) io.stderr(t('configProblem', locale, { path: p.path, detail: describeConfigProblem(p.problem!, locale) }) + '\n');
    return 2;
  }
  const task = (path: string, explicit: boolean): LintTask => ({
    path, explicit, options: lintOptionsFor(configs.byFile.get(path) ?? null, options),
    fix: false, quiet: false, maxSize: options.maxSize, locale, figures: true,
  });
  const tasks = unitFiles.map((f) => task(f.path, f.explicit));
  const results = await lintTasks(tasks, options);
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  const figures: ReportFigures[] = [];
  for (const r of results) {
    if (r.figures) figures.push(r.figures);
    else if (noteUnread(r, io)) exit = 2;
  }
  const summary = consolidate(figures, { includeFailing: options.includeFailing });
  let comparison: Comparison | undefined;
  if (against) {
    const [consolidated] = await lintTasks([task(against, true)], options);
    if (!consolidated?.figures) {
      if (consolidated) noteUnread(consolidated, io);
      return 2;
    }
    comparison = compareConsolidated(summary, consolidated.figures);
  }
  if (figures.length === 0 && exit === 0) {
    io.stderr(t('noReports', locale, { paths: options.patterns.length ? options.patterns.join(', ') : io.cwd }) + '\n');
  }
  const text = renderSummary(options.summaryFormat, summary, locale, (file) => displayPath(file, io.cwd), comparison);
  if (options.output === undefined) {
    io.stdout(text);
    return exit;
  }
  const target = resolve(io.cwd, options.output);
  try {
    writeFileSync(target, text, 'utf8');
  } catch (e) {
    io.stderr(`${displayPath(target, io.cwd)}: ${t('summaryWriteFailed', locale, { detail: (e as NodeJS.ErrnoException).code ?? String(e) })}\n`);
    return 2;
  }
  io.stderr(t('summaryWritten', locale, { path: displayPath(target, io.cwd), reports: figures.length }) + '\n');
  return exit;
}

/** Lints the files (text files in the pool, with last year's reports among them; Word files in this thread). */
async function lintTasks(tasks: readonly LintTask[], options: CliOptions): Promise<FileResult[]> {
  const word = tasks.filter((task) => WORD_EXTENSIONS.test(task.path));
  const text = tasks.filter((task) => !WORD_EXTENSIONS.test(task.path));
  const pool = await lintAcrossReports(text, (n) => chooseThreadCount(n, options.workers));
  const out = pool.results.filter((r): r is FileResult => r !== null);
  for (const task of word) {
    const r = await lintWordFile(task);
    if (r) out.push(r);
  }
  return out;
}

/** A file that gave no figures (unreadable, too large, binary…): its message on stderr; whether it is fatal. */
function noteUnread(result: FileResult, io: RunIO): boolean {
  const [message] = result.messages;
  if (message) io.stderr(`${displayPath(result.filePath, io.cwd)}: ${message.message}\n`);
  return result.fatalErrorCount > 0;
}
