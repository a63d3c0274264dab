// Workspace lint: every report in the workspace folders (the CLI's file walk: .md/.txt and Word
// files, no node_modules/.git, no links out of the folder), published as diagnostics for unopened
// files, with cancellable progress. Afterwards those results are kept right as files change, open,
// close or go, and as workspace folders are removed. A Word file's diagnostics go to its draft URI
// (protocol.ts WORD_DRAFT_SCHEME): their ranges are in the Markdown draft converted from it (what
// its draft document shows), their messages name the paragraph or table cell in the Word document.

import { CancellationTokenSource, FileChangeType, type FileEvent, type WorkDoneProgressReporter } from 'vscode-languageserver';
import { formatMessage, ruleRegistry, type LintOptions } from '../../core/src/index.js';
import { collectFiles, isOfficeOwnerFile, underSkippedFolder } from '../../node/src/collectFiles.js';
import { reportRuleFailures, screenText, sizeLimit, type Outcome } from './documentOutcome.js';
import { lintOffThread } from './liveLinter.js';
import type { LintRunner } from './lintRunner.js';
import { containingFolder, DeletedPaths, globPath, isExcluded, isIncluded } from './fileSelection.js';
import type { LintWorkspaceResult, NianbaoSettings, ReportSummary } from '../../protocol/src/protocol.js';
import { summarize } from './reportSummary.js';
import { readReportFile } from './readReportFile.js';
import type { ServerContext } from './serverContext.js';
import { outcomeDiagnostics, ruleDocsUrl } from './toDiagnostics.js';
import { canonicalUri, pathToUri, uriToPath } from './uris.js';
import { wordDraftUri } from '../../protocol/src/protocol.js';
import { WORD_EXTENSIONS } from '../../word/src/readWordBytes.js';
import { wordPlace } from '../../word/src/wordPlaces.js';
import type { WordDraft } from '../../word/src/wordDraft.js';
import type { Locale, TemplateChoice } from '../../core/src/index.js';
import { convertedDraft, readWordFile } from './readWordFile.js';
import type { WordShown } from './toDiagnostics.js';

const REPORT_FILE = /\.(md|txt|docx|doc|wps)$/i;

/** The URI a file's diagnostics are published under: its own, or a Word file's draft URI. */
function publishedUri(path: string): string {
  const uri = pathToUri(path);
  return WORD_EXTENSIONS.test(path) ? wordDraftUri(uri) : uri;
}

/** How a linted Word draft's findings are shown: named by their paragraph or table cell, at their text in the converted draft. */
function wordShown(draft: WordDraft, outcome: Outcome, choice: TemplateChoice, locale: Locale): WordShown | undefined {
  if (outcome.kind !== 'linted') return undefined;
  const { report, template } = outcome.result;
  const { map } = convertedDraft(draft, choice);
  return { place: (span) => wordPlace(draft, span, report, template, locale).text, range: (span) => map.range(span) };
}

/** Lets pending messages (cancellation, edits) through between files. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export class WorkspaceLint {
  /** Unopened files whose diagnostics this class published: canonical URI → path. */
  private readonly published = new Map<string, string>();
  private hasRun = false;
  /** Canonical URIs of the open documents. */
  private readonly open = new Set<string>();
  private current: CancellationTokenSource | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly runner: LintRunner,
  ) {}

  /** The outcome of a file's text: screened (ignored, binary, too large) or linted in a worker, within the time limit. */
  private async outcomeOf(uri: string, text: string, path: string, setup: { settings: NianbaoSettings; options: LintOptions }): Promise<Outcome | undefined> {
    const { settings, options } = setup;
    return screenText({ text, path, folders: this.ctx.folders, settings, options }) ?? lintOffThread(this.runner, this.ctx.errors, uri, text, options, settings.lintTimeoutSeconds);
  }

  // Lints every candidate file of every workspace folder. Files that are open are left to the live
  // lint. Cancelling stops between files: the files done keep their new diagnostics, the others
  // keep what they had.
  // `figures`: each report's summary carries its table figures (for the roll-up).
  async run(progress: WorkDoneProgressReporter, cancelled: () => boolean, prepared?: CancellationTokenSource, figures = false): Promise<LintWorkspaceResult> {
    const source = prepared ?? this.prepare();
    const stop = () => cancelled() || source.token.isCancellationRequested;
    const locale = await this.ctx.windowLocale();
    progress.begin(formatMessage('progress.workspace.title', {}, locale), 0, formatMessage('progress.workspace.scanning', {}, locale), true);
    const reports: ReportSummary[] = [];
    const settings = await this.ctx.settings.get(undefined);
    const rules = ruleRegistry.map((r) => ({ id: r.id, name: r.description[locale], docsUrl: ruleDocsUrl(r.id, settings.docsBaseUrl), defaultSeverity: r.defaultSeverity }));
    const result: LintWorkspaceResult = { files: 0, problems: 0, cancelled: false, reports, rules };
    const started = performance.now();
    try {
      this.hasRun = true;
      const paths = this.ctx.folders.flatMap((folder) => collectFiles([folder], folder, { word: true }).files.map((f) => f.path));
      let lastReport = 0;
      for (let i = 0; i < paths.length; i++) {
        await yieldToEvents();
        if (stop()) {
          result.cancelled = true;
          break;
        }
        const path = paths[i]!;
        // An open document is the live lint's: counted (its current text) but not published here.
        const key = canonicalUri(pathToUri(path));
        const summary = this.isOpen(key) ? await this.summarizeOpen(path, key, figures) : await this.lintFile(path, figures);
        if (summary !== undefined) {
          result.files++;
          result.problems += summary.messages.length;
          reports.push(summary);
        }
        const now = Date.now();
        if (now - lastReport >= 50 || i === paths.length - 1) {
          lastReport = now;
          const file = globPath(path, this.ctx.folders);
          progress.report(Math.floor(((i + 1) * 100) / paths.length), formatMessage('progress.workspace.file', { done: i + 1, total: paths.length, file }, locale));
        }
      }
    } finally {
      this.ctx.log.workspace(result, performance.now() - started, locale);
      progress.done();
      if (this.current === source) this.current = undefined;
      source.dispose();
    }
    return result;
  }

  /** The summary of an open document's current text (not published: the live lint owns it). */
  private async summarizeOpen(path: string, key: string, withFigures: boolean): Promise<ReportSummary | undefined> {
    const doc = this.ctx.documents.all().find((d) => canonicalUri(d.uri) === key);
    if (!doc) return undefined;
    const folder = this.folderOf(path);
    const setup = await this.ctx.setupFor(doc.uri, folder ? pathToUri(folder) : undefined);
    // Linted again off the server's thread (a worker of its own key: the live lint of the document is not replaced).
    const outcome = await this.outcomeOf(`${doc.uri}#workspace`, doc.getText(), path, setup);
    if (!outcome) return undefined;
    const { locale } = setup;
    return summarize(doc.uri, path, globPath(path, this.ctx.folders), outcome, locale, withFigures);
  }

  /** Starts a run's cancellation (stopping any earlier run); pass it to run(). */
  prepare(): CancellationTokenSource {
    this.current?.cancel();
    const source = new CancellationTokenSource();
    this.current = source;
    return source;
  }

  /** Stops the running workspace lint between files; whether one was running. */
  cancel(): boolean {
    if (!this.current) return false;
    this.current.cancel();
    return true;
  }

  // Lints one file from disk and publishes its diagnostics; returns its summary, or undefined when the
  // file is not a report (or is excluded), in which case any earlier diagnostics are cleared.
  async lintFile(path: string, withFigures = false): Promise<ReportSummary | undefined> {
    const key = canonicalUri(pathToUri(path));
    const uri = publishedUri(path);
    const folder = this.folderOf(path);
    const setup = await this.ctx.setupFor(pathToUri(path), folder ? pathToUri(folder) : undefined);
    if (this.isOpen(key)) return undefined;
    const { settings, options, locale } = setup;
    const folders = this.ctx.folders;
    let outcome: Outcome | undefined;
    let word: WordShown | undefined;
    if (isExcluded(path, folders, settings)) outcome = { kind: 'ignored' as const };
    else if (WORD_EXTENSIONS.test(path)) {
      // Linted as the CLI lints it: the reader's draft of the document, named by its draft URI.
      const read = await readWordFile(path, sizeLimit(settings), isIncluded(path, folders, settings));
      if ('draft' in read) {
        outcome = await lintOffThread(this.runner, this.ctx.errors, uri, read.draft.text, { ...options, file: uri }, settings.lintTimeoutSeconds);
        if (outcome) word = wordShown(read.draft, outcome, options.template ?? 'auto', locale);
      } else outcome = read.outcome;
    } else {
      const read = readReportFile(path, sizeLimit(settings), isIncluded(path, folders, settings));
      outcome = 'text' in read ? await this.outcomeOf(uri, read.text, path, { settings, options }) : read.outcome;
    }
    // A newer lint of the file (it changed on disk meanwhile) publishes instead.
    if (!outcome) return undefined;
    // The file was opened while its lint ran: the live lint owns it now.
    if (this.isOpen(key)) return undefined;
    reportRuleFailures(outcome, (where, error) => this.ctx.errors.report(where, error));
    if (outcome.kind === 'ignored') {
      this.clear(key);
      return undefined;
    }
    const diagnostics = outcomeDiagnostics(outcome, { uri, locale, docsBaseUrl: settings.docsBaseUrl, version: null, word });
    this.published.set(key, path);
    this.ctx.connection.sendDiagnostics({ uri, diagnostics });
    return summarize(uri, path, globPath(path, folders), outcome, locale, withFigures, word);
  }

  /** A document was opened: the live lint owns its diagnostics from now on. */
  opened(uri: string): void {
    const key = canonicalUri(uri);
    this.open.add(key);
    this.published.delete(key);
  }

  /** An open document was closed: its file's on-disk results take over again after a workspace lint. */
  async closed(uri: string): Promise<void> {
    this.open.delete(canonicalUri(uri));
    const path = uriToPath(uri);
    if (!this.hasRun || !path || !REPORT_FILE.test(path) || !this.folderOf(path)) return;
    await this.lintFile(path);
  }

  // Files changed on disk (workspace/didChangeWatchedFiles): re-lint or clear unopened report files
  // that a workspace lint covers. Open documents are the live lint's business. A deleted path with no
  // results of its own may have been a folder: the files with results under it are cleared (in the
  // order of the events, so a folder deleted and then written again keeps its new files' results).
  async filesChanged(changes: FileEvent[]): Promise<void> {
    const gone = new DeletedPaths();
    const clearGone = () => {
      if (gone.size === 0) return;
      for (const [key, path] of [...this.published]) if (gone.holds(path)) this.clear(key);
      gone.clear();
    };
    for (const change of changes) {
      const key = canonicalUri(change.uri);
      const path = uriToPath(change.uri);
      if (!path || this.isOpen(key)) continue;
      if (change.type === FileChangeType.Deleted) {
        if (this.published.has(key)) this.clear(key);
        else gone.add(path);
        continue;
      }
      clearGone();
      if (!REPORT_FILE.test(path)) continue;
      if (this.published.has(key) || (this.hasRun && this.folderOf(path) && this.inWalk(path))) await this.lintFile(path);
    }
    clearGone();
  }

  /** Workspace folders were removed or added: unopened files no longer in any folder lose their results. */
  foldersChanged(): void {
    for (const [key, path] of [...this.published]) if (!this.folderOf(path)) this.clear(key);
  }

  /** Re-lints the unopened files with published results that `wanted` picks (last year's report changed). */
  async relintWhere(wanted: (uri: string) => boolean): Promise<void> {
    for (const [key, path] of [...this.published]) {
      if (!wanted(key)) continue;
      await yieldToEvents();
      await this.lintFile(path);
    }
  }

  /** Re-lints every unopened file with published results (settings or a config file changed). */
  async refresh(): Promise<void> {
    for (const path of [...this.published.values()]) {
      await yieldToEvents();
      await this.lintFile(path);
    }
  }

  private clear(key: string): void {
    const path = this.published.get(key);
    if (path === undefined) return;
    this.published.delete(key);
    this.ctx.connection.sendDiagnostics({ uri: publishedUri(path), diagnostics: [] });
  }

  private isOpen(key: string): boolean {
    return this.open.has(key);
  }

  private folderOf(path: string): string | undefined {
    return containingFolder(path, this.ctx.folders);
  }

  /** Whether the folder walk would have taken this file (not under a folder the walk skips, not an Office owner file). */
  private inWalk(path: string): boolean {
    return !underSkippedFolder(globPath(path, this.ctx.folders)) && !isOfficeOwnerFile(path);
  }
}
