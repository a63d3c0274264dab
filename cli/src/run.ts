// The `nianbao` command from argv to exit code: parse, find files and configs, check, print.
// All input and output goes through `io`, so tests can run it in-process.

import { dirname, resolve } from 'node:path';
import { suppressionsSetup, writeSuppressions, type StaleReport } from './suppressionsRun.js';
import { formatMessage, ruleRegistry } from '../../core/src/index.js';
import { describeConfigProblem, findConfig, type FoundConfig } from '../../node/src/findConfig.js';
import type { LintOptions, Locale } from '../../core/src/index.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { collectFiles, comparePaths, type CollectProblem } from '../../node/src/collectFiles.js';
import { formatJson } from './formatters/json.js';
import { formatSarif } from '../../node/src/sarif.js';
import { formatStylish } from './formatters/stylish.js';
import { t } from './messages.js';
import { packageInfo } from '../../node/src/packageInfo.js';
import { lintAcrossReports } from './crossReport.js';
import { chooseThreadCount, maxWorkers } from './pool.js';
import { lintWordFile } from './lintWordFile.js';
import { convertCommand } from './convert.js';
import { summaryCommand } from './summary.js';
import { WORD_EXTENSIONS } from '../../word/src/readWordBytes.js';
import { exitCodeFor, fileMessageResult, makeFileResult, skippedResult, type FileResult, type LintTask } from '../../node/src/results.js';
import { terminalText } from './terminalText.js';

export interface RunIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stylish output may use ANSI colours. */
  color: boolean;
}

// Runs the command line and resolves to the exit code: 0 clean, 1 errors found, 2 usage or read problems.
export async function run(argv: readonly string[], io: RunIO): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`${t('usageError', parsed.locale, { detail: parsed.error })}\n${t('seeHelp', parsed.locale)}\n`);
    return 2;
  }
  const options = parsed.options;
  if (options.command === 'help') {
    io.stdout(t('usage', options.locale) + '\n');
    return 0;
  }
  if (options.command === 'version') {
    io.stdout(packageInfo().version + '\n');
    return 0;
  }
  if (options.command === 'convert') return convertCommand(options, io);
  if (options.command === 'summary') return summaryCommand(options, io);
  return lintCommand(options, io);
}

async function lintCommand(options: CliOptions, io: RunIO): Promise<number> {
  const { locale } = options;
  if (typeof options.workers === 'number' && options.workers > maxWorkers()) {
    io.stderr(t('workersCapped', locale, { asked: options.workers, max: maxWorkers() }) + '\n');
  }
  const { files, problems } = collectFiles(options.patterns, io.cwd, { word: true });
  let exitFloor = 0;
  const results: FileResult[] = [];
  for (const problem of problems) {
    if (problem.kind === 'no-match') {
      io.stderr(t('noMatch', locale, { pattern: terminalText(problem.pattern) }) + '\n');
      exitFloor = 2;
    } else {
      results.push(problemResult(problem, locale));
    }
  }

  // A broken config is one fatal result on the config file (exit 2, in every format); the files it
  // governs are listed as not checked (checked without it, they could show what it turns off), the rest go on.
  const configs = resolveConfigs(files.map((f) => f.path), [io.cwd]);
  for (const p of configs.problems) {
    const detail = describeConfigProblem(p.problem!, locale);
    // Stylish output shows it with the results; beside JSON or SARIF, people reading the log see it on stderr.
    if (options.format !== 'stylish') {
      io.stderr(t('configProblem', locale, { path: terminalText(p.path), detail: terminalText(detail) }) + '\n');
    }
    const line = p.problem!.line ?? 1;
    const column = p.problem!.column ?? 1;
    results.push(makeFileResult(p.path, [{ ruleId: null, severity: 'error', message: detail, line, column, endLine: line, endColumn: column, fatal: true }]));
  }
  const governedByBrokenConfig = (path: string) => configs.byFile.get(path)?.problem !== undefined;
  for (const f of files.filter((f) => governedByBrokenConfig(f.path))) {
    results.push(skippedResult(f.path, t('notCheckedConfig', locale, { path: configs.byFile.get(f.path)!.path })));
  }
  const checkable = files.filter((f) => !governedByBrokenConfig(f.path));

  // Each report's suppressions file (--suppressions, or beside its config, or here); a broken one stops the run.
  const suppressions = suppressionsSetup(checkable.map((f) => f.path), configs.byFile, options.suppressions ? resolve(io.cwd, options.suppressions) : undefined, io.cwd);
  if (suppressions.problems.length) {
    for (const p of suppressions.problems) io.stderr(t('suppressionsProblem', locale, { path: p.path, detail: p.problem }) + '\n');
    return 2;
  }

  const tasks: LintTask[] = checkable.map((f) => {
    const task: LintTask = {
      path: f.path,
      explicit: f.explicit,
      options: lintOptionsFor(configs.byFile.get(f.path) ?? null, options),
      fix: options.fix,
      quiet: options.quiet,
      maxSize: options.maxSize,
      locale,
    };
    const entries = suppressions.entriesFor(f.path);
    if (entries.length) task.options.suppressions = entries;
    if (options.suppressAll) task.entries = true;
    return task;
  });
  // Word files are read in the main thread (mammoth is asynchronous; they are few), the rest in the pool
  // (Word files are not yet compared across years).
  const wordTasks = tasks.filter((task) => WORD_EXTENSIONS.test(task.path));
  const textTasks = tasks.filter((task) => !WORD_EXTENSIONS.test(task.path));
  const pool = await lintAcrossReports(textTasks, (n) => chooseThreadCount(n, options.workers));
  for (const r of pool.results) if (r) results.push(r);
  for (const task of wordTasks) {
    const r = await lintWordFile(task);
    if (r) results.push(r);
  }
  // NIANBAO_DEBUG=pool shows whether worker threads did the work (a broken worker falls back silently).
  if (pool.threads > 0 && /\bpool\b/.test(process.env.NIANBAO_DEBUG ?? '')) {
    io.stderr(`nianbao pool: threads=${pool.threads} files=${textTasks.length} inline=${pool.inline}\n`);
  }
  results.sort((a, b) => comparePaths(a.filePath, b.filePath));

  if (results.length === 0 && exitFloor === 0) {
    const where = terminalText(options.patterns.length ? options.patterns.join(', ') : io.cwd);
    io.stderr(t('noReports', locale, { paths: where }) + '\n');
  }
  // --suppress-all / --prune-suppressions rewrite the files; otherwise entries of reports gone are stale.
  const stale = suppressions.staleReports();
  if (options.suppressAll || options.pruneSuppressions) {
    for (const written of writeSuppressions(suppressions, results, stale, options.suppressAll ? 'all' : 'prune')) {
      const problems = formatMessage(`cli.count.problem.${written.count === 1 ? 'one' : 'other'}`, { n: written.count }, locale);
      io.stderr(t(options.suppressAll ? 'suppressedAll' : 'prunedSuppressions', locale, { file: written.file, problems }) + '\n');
    }
  }
  io.stdout(render(results, options, io, options.suppressAll || options.pruneSuppressions ? [] : stale));
  // Files were skipped and none was checked: that is not a clean run.
  const skipped = results.filter((r) => r.skipped).length;
  if (skipped > 0 && results.every((r) => r.skipped || r.fatalErrorCount > 0)) {
    io.stderr(t('nothingChecked', locale, { files: formatMessage(`cli.count.file.${skipped === 1 ? 'one' : 'other'}`, { n: skipped }, locale) }) + '\n');
    exitFloor = 2;
  }
  return Math.max(exitFloor, exitCodeFor(results));
}

/** Finds the nearest config for each file's folder (cached per folder); collects broken configs once each. */
export function resolveConfigs(paths: readonly string[], roots: readonly string[] = []): { byFile: Map<string, FoundConfig | null>; problems: FoundConfig[] } {
  const cache = new Map<string, FoundConfig | null>();
  const knownRuleIds = ruleRegistry.map((r) => r.id);
  const byFile = new Map<string, FoundConfig | null>();
  const problems = new Map<string, FoundConfig>();
  for (const path of paths) {
    const found = findConfig(dirname(path), { cache, knownRuleIds, roots });
    byFile.set(path, found);
    if (found?.problem) problems.set(found.path, found);
  }
  return { byFile, problems: [...problems.values()] };
}

// Merges a file's config with the command line: --template beats the config's template.
export function lintOptionsFor(found: FoundConfig | null, options: Pick<CliOptions, 'template'>): LintOptions {
  const config = found?.config ?? {};
  const result: LintOptions = {};
  const template = options.template ?? config.template;
  if (template) result.template = template;
  if (config.rules) result.rules = { ...config.rules };
  return result;
}

function problemResult(problem: CollectProblem, locale: Locale): FileResult {
  const path = problem.path ?? problem.pattern;
  const message =
    problem.kind === 'not-found' ? t('notFound', locale) : t('unreadable', locale, { detail: problem.detail ?? '' });
  return fileMessageResult(path, message, 'error', true);
}

function render(results: FileResult[], options: CliOptions, io: RunIO, staleReports: StaleReport[]): string {
  const { locale } = options;
  // After a rewrite of the suppressions files nothing they hold is stale any more.
  const shown = options.suppressAll || options.pruneSuppressions ? results.map(({ unusedSuppressions: _u, ...r }) => r) : results;
  switch (options.format) {
    case 'json':
      return formatJson(shown);
    case 'sarif': {
      const info = packageInfo();
      return formatSarif(shown, {
        cwd: io.cwd,
        toolVersion: info.version,
        informationUri: info.informationUri,
        rules: ruleRegistry.map((r) => ({
          id: r.id,
          description: formatMessage(`rule.${r.id}`, {}, locale),
          helpUri: r.docsUrl,
          defaultSeverity: r.defaultSeverity,
        })),
      });
    }
    case 'stylish':
      return formatStylish(shown, { cwd: io.cwd, locale, color: io.color, staleReports });
  }
}
