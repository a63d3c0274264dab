// Lints open documents: at once on open, debounced while typing ('onType') or on save ('onSave').
// A generation number per document makes sure a lint that started earlier never publishes over a
// later one, and every publish carries the document version it was computed for. The core runs in
// worker threads (lintRunner.ts): a lint past `nianbao.lintTimeoutSeconds` is stopped and the
// document gets one diagnostic, while every other request keeps being answered.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintOptions } from '../../core/src/index.js';
import { reportRuleFailures, screenText, type Outcome } from './documentOutcome.js';
import { LintRunner } from './lintRunner.js';
import { STATUS_NOTIFICATION, type StatusParams } from '../../protocol/src/protocol.js';
import type { LintSetup, ServerContext } from './serverContext.js';
import { outcomeDiagnostics } from './toDiagnostics.js';

/** How many documents keep their full lint result (the report model) in memory. */
const RECENT_RESULTS = 4;

interface DocumentLint {
  version: number;
  outcome: Outcome;
}

export class LiveLinter {
  /**
   * The latest lint started per open document. Numbers come from one counter for all documents, so
   * a closed document's entry can go: a lint still under way for it never matches a later one.
   */
  private readonly generation = new Map<string, number>();
  private lastGeneration = 0;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The document version each open document was last linted at. */
  private readonly linted = new Map<string, number>();
  /** Full results of the last few documents linted (hover and symbols ask for them next); oldest first. */
  private readonly recent = new Map<string, DocumentLint>();

  /** The lint under way per document, and the version it is for (hover waits for it rather than lint again). */
  private readonly running = new Map<string, { version: number; lint: Promise<DocumentLint | undefined> }>();
  /** Where the core runs. */
  readonly runner = new LintRunner(undefined, process.env.NIANBAO_LINT_IN_PROCESS === '1');

  /** Told of every lint of an open document (the workspace index keeps its digest). */
  onLinted: ((uri: string, outcome: Outcome) => void) | undefined;

  constructor(private readonly ctx: ServerContext) {}

  /** A document was opened: lint it now. */
  opened(doc: TextDocument): Promise<DocumentLint | undefined> {
    return this.lintNow(doc.uri);
  }

  // A document changed: lint after the debounce delay when running on type; nothing when on save.
  // (A lint already under way is not stale: it reads the text only when it runs.)
  async changed(doc: TextDocument): Promise<void> {
    const uri = doc.uri;
    const { settings } = await this.ctx.setupFor(uri);
    if (settings.run !== 'onType') return;
    this.cancelTimer(uri);
    const timer = setTimeout(() => {
      this.timers.delete(uri);
      if (this.linted.get(uri) === this.ctx.documents.get(uri)?.version) return;
      this.lintNow(uri).catch((e) => this.ctx.errors.report('lint', e));
    }, settings.debounceMs);
    this.timers.set(uri, timer);
  }

  /** A document was saved: lint it now in 'onSave' mode (in 'onType' mode it is already current). */
  async saved(doc: TextDocument): Promise<void> {
    const { settings } = await this.ctx.setupFor(doc.uri);
    if (settings.run === 'onSave' || this.linted.get(doc.uri) !== doc.version) await this.lintNow(doc.uri);
  }

  /** A document was closed: forget everything about it (its waiting lint too) and clear its diagnostics. */
  closed(uri: string): void {
    this.cancelTimer(uri);
    this.generation.delete(uri);
    this.runner.forget(uri);
    this.linted.delete(uri);
    this.recent.delete(uri);
    this.ctx.log.forget(uri);
    this.ctx.settings.forget(uri);
    this.ctx.connection.sendDiagnostics({ uri, diagnostics: [] });
    // The last document closed: the workers (a V8 heap each) go too, until the next lint.
    if (this.ctx.documents.all().every((d) => d.uri === uri)) this.runner.endIdle();
  }

  /** Re-lints every open document (settings or a config file changed). */
  async relintAll(): Promise<void> {
    await Promise.all(this.ctx.documents.all().map((d) => this.lintNow(d.uri)));
  }

  /** The lint of a document's current version: the cached one, or a fresh lint (which also publishes). */
  async current(doc: TextDocument): Promise<DocumentLint | undefined> {
    const recent = this.recent.get(doc.uri);
    if (recent?.version === doc.version) return recent;
    const running = this.running.get(doc.uri);
    if (running?.version === doc.version) return running.lint;
    return this.lintNow(doc.uri);
  }

  // Lints the document's text as it is once the settings are known, unless a newer lint started
  // meanwhile; publishes the diagnostics and the status notification.
  async lintNow(uri: string): Promise<DocumentLint | undefined> {
    const generation = this.bump(uri);
    const setup = await this.ctx.setupFor(uri);
    if (this.generation.get(uri) !== generation) return undefined;
    const doc = this.ctx.documents.get(uri);
    if (!doc) {
      // Closed meanwhile: leave nothing behind for it.
      if (this.generation.get(uri) === generation) this.generation.delete(uri);
      return undefined;
    }
    this.cancelTimer(uri);
    // The document object is updated in place by later changes: take its version and text now.
    const version = doc.version;
    const lint = this.lintVersion(uri, version, doc.getText(), setup, generation);
    this.running.set(uri, { version, lint });
    try {
      return await lint;
    } finally {
      if (this.running.get(uri)?.lint === lint) this.running.delete(uri);
    }
  }

  /** Resolves once no lint of a document is running and the runner has no lint and no worker left (for the memory test). */
  async whenSettled(): Promise<void> {
    for (;;) {
      const lints = [...this.running.values()].map((r) => r.lint.catch(() => undefined));
      if (lints.length > 0) {
        await Promise.all(lints);
        continue;
      }
      await this.runner.whenIdle();
      if (this.running.size === 0) return;
    }
  }

  /** Ends the lint workers (the server is shutting down). */
  dispose(): Promise<void> {
    return this.runner.dispose();
  }

  // Screens and lints one version's text (in a worker), then publishes, unless a newer lint of the
  // document started meanwhile or it was closed.
  private async lintVersion(uri: string, version: number, text: string, setup: LintSetup, generation: number): Promise<DocumentLint | undefined> {
    const started = performance.now();
    const input = { text, path: setup.path, folders: this.ctx.folders, settings: setup.settings, options: setup.options };
    const outcome = screenText(input) ?? (await this.lintInWorker(uri, text, setup));
    if (!outcome || this.generation.get(uri) !== generation || !this.ctx.documents.get(uri)) return undefined;
    this.ctx.log.linted(uri, outcome, performance.now() - started, setup.locale);
    reportRuleFailures(outcome, (where, error) => this.ctx.errors.report(where, error));
    const lint: DocumentLint = { version, outcome };
    const findings = outcome.kind === 'linted' ? outcome.result.findings : [];
    this.linted.set(uri, version);
    this.recent.delete(uri);
    this.recent.set(uri, lint);
    if (this.recent.size > RECENT_RESULTS) this.recent.delete(this.recent.keys().next().value as string);
    const diagnostics = outcomeDiagnostics(outcome, { uri, locale: setup.locale, docsBaseUrl: setup.settings.docsBaseUrl, version });
    this.ctx.connection.sendDiagnostics({ uri, version, diagnostics });
    this.ctx.connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, outcome, findings));
    this.onLinted?.(uri, outcome);
    return lint;
  }

  /** The core's lint of `text` in a worker, within the time limit; undefined when a newer lint replaced it. */
  private lintInWorker(uri: string, text: string, setup: LintSetup): Promise<Outcome | undefined> {
    return lintOffThread(this.runner, this.ctx.errors, uri, text, setup.options, setup.settings.lintTimeoutSeconds);
  }

  private bump(uri: string): number {
    const next = ++this.lastGeneration;
    this.generation.set(uri, next);
    return next;
  }

  private cancelTimer(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}

/** The first line of an error's text (a stack trace is for the log, not for the diagnostic). */
function firstLine(detail: string): string {
  const end = detail.indexOf('\n');
  return end < 0 ? detail : detail.slice(0, end);
}

function statusOf(uri: string, outcome: Outcome, findings: Finding[]): StatusParams {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const state: StatusParams['state'] = outcome.kind === 'linted' || outcome.kind === 'tooLarge' || outcome.kind === 'binary'
    ? outcome.kind
    : outcome.kind === 'timedOut' || outcome.kind === 'lintFailed' ? 'stopped' : 'notReport';
  const status: StatusParams = { uri, state, counts };
  if (outcome.kind === 'linted') status.templateId = outcome.result.templateId;
  if (outcome.kind === 'linted' && outcome.result.suppressed.length > 0) status.suppressed = outcome.result.suppressed.length;
  return status;
}

/**
 * The core's lint of `text` in one of the runner's workers, stopped after `seconds`: the live lint and
 * the workspace lint both lint this way, so no lint runs on the server's own thread. Undefined when a
 * newer lint of the same document replaced it.
 */
export async function lintOffThread(runner: LintRunner, errors: ServerContext['errors'], uri: string, text: string, options: LintOptions, seconds: number): Promise<Outcome | undefined> {
  const ran = await runner.run(uri, text, options, seconds * 1000);
  switch (ran.kind) {
    case 'done':
      return { kind: 'linted', result: ran.result };
    case 'timedOut':
      return { kind: 'timedOut', seconds };
    case 'failed':
      errors.report('lint worker', new Error(ran.detail));
      return { kind: 'lintFailed', detail: firstLine(ran.detail) };
    case 'superseded':
      return undefined;
  }
}
