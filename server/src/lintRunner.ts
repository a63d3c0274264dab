// Runs the server's lints in worker threads (lintWorker.ts), so that no input can freeze the server:
// a lint still running after its time limit (`nianbao.lintTimeoutSeconds`) is stopped by terminating
// its worker, and the server's own thread stays free for hover, code actions and other documents.
// At most MAX_WORKERS lints run at once (a second worker starts only while the first is busy, and
// leaves after IDLE_MS idle); more wait in order. A worker that crashes is replaced.

import { join } from 'node:path';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { LineIndex, lint, templates, type LintOptions, type LintResult } from '../../core/src/index.js';
import type { LintRequest, LintResponse, LintWorkerData, RelatedAnswer, RelatedQuery } from './lintWorker.js';

/** Two: a slow lint of one document never makes the next document wait for it. */
const MAX_WORKERS = 2;
/** An extra worker idle this long is ended (the first one stays, warm). */
const IDLE_MS = 10_000;

type RunOutcome =
  | { kind: 'done'; result: LintResult }
  | { kind: 'timedOut'; seconds: number }
  | { kind: 'failed'; detail: string }
  /** A newer lint of the same document was asked for before this one started. */
  | { kind: 'superseded' };

interface Job {
  /** The document: a newer job of the same key replaces one still waiting. */
  key: string;
  request: LintRequest;
  options: LintOptions;
  timeoutMs: number;
  resolve: (outcome: RunOutcome) => void;
}

interface Slot {
  worker: Worker;
  /** Where the worker asks for related reports, and the flag that tells it the answer is there. */
  port: MessagePort;
  signal: Int32Array;
  job?: Job;
  timer?: NodeJS.Timeout;
  idle?: NodeJS.Timeout;
}

// Where the worker entry is: the server's own bundle (dist/server.cjs, whose main.ts serves lints in a
// worker thread), or main.js next to this module when running the tsc output (out/server/src/).
function lintWorkerScript(): string | URL {
  if (typeof __dirname === 'string' && typeof require === 'function') return join(__dirname, 'server.cjs');
  return new URL('./main.js', import.meta.url);
}

export class LintRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  /** Who waits for the runner to have no lint waiting and no worker (whenIdle). */
  private idleWaiters: (() => void)[] = [];
  private nextId = 1;
  /** Test hook: each worker's heap used after its last lint (NIANBAO_TEST_HEAP=1), by worker thread id. */
  readonly workerHeaps = new Map<number, number>();
  /** Whether lints run here, in the server's thread (no worker can be started). */
  private inline = false;
  /** Set by endIdle until the next lint is asked for: a worker whose lint ends leaves. */
  private ending = false;

  /**
   * `inline`: lint in the server's own thread, without a time limit (the benchmark measures the
   * worker's cost against it: NIANBAO_LINT_IN_PROCESS=1).
   */
  constructor(
    private readonly script: string | URL = lintWorkerScript(),
    inline = false,
  ) {
    this.inline = inline;
  }

  /**
   * Lints `text` of document `key`; stops the lint and answers timedOut after `timeoutMs`. A lint of
   * the same key still waiting for a worker is dropped (answered superseded): typing into a document
   * whose lint is slow never piles up lints of old versions.
   */
  run(key: string, text: string, options: LintOptions, timeoutMs: number): Promise<RunOutcome> {
    if (this.inline) return Promise.resolve(lintHere(text, options));
    this.ending = false;
    return new Promise((resolve) => {
      const waiting = this.queue.findIndex((job) => job.key === key);
      if (waiting >= 0) this.queue.splice(waiting, 1)[0]!.resolve({ kind: 'superseded' });
      const { related, ...plain } = options;
      this.queue.push({ key, request: { id: this.nextId++, text, options: plain, hasRelated: related !== undefined }, options, timeoutMs, resolve });
      this.pump();
    });
  }

  /**
   * The document `key` was closed: its lint still waiting for a worker is dropped (answered
   * superseded), so it neither holds the text nor takes a worker later. One already running ends as usual.
   */
  forget(key: string): void {
    const waiting = this.queue.findIndex((job) => job.key === key);
    if (waiting >= 0) this.queue.splice(waiting, 1)[0]!.resolve({ kind: 'superseded' });
  }

  /**
   * No document is open any more: the workers end, the idle ones now, the busy ones when their lint
   * is done (each holds a V8 heap of its own); the next lint starts one again.
   */
  endIdle(): void {
    this.ending = true;
    for (const slot of this.slots.filter((s) => !s.job)) this.drop(slot);
  }

  /** Ends every worker (the server is shutting down); lints still waiting answer failed. */
  async dispose(): Promise<void> {
    for (const job of this.queue.splice(0)) job.resolve({ kind: 'failed', detail: 'the server is shutting down' });
    await Promise.all(this.slots.splice(0).map((slot) => this.end(slot)));
    this.noticeIdle();
  }

  /** Resolves once no lint is waiting and no worker runs (at once when that is so now). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.noticeIdle();
    });
  }

  private noticeIdle(): void {
    if (this.queue.length > 0 || this.slots.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** How many worker threads are running (for the tests and the benchmark). */
  get workers(): number {
    return this.slots.length;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < MAX_WORKERS) slot = this.start();
      if (!slot) {
        if (this.inline) for (const job of this.queue.splice(0)) job.resolve(lintHere(job.request.text, job.options));
        return;
      }
      this.give(slot, this.queue.shift()!);
    }
  }

  private give(slot: Slot, job: Job): void {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.job = job;
    slot.timer = setTimeout(() => {
      if (slot.job !== job) return;
      // Stuck or just very long: the worker is ended with its lint, a fresh one takes the next lint.
      this.drop(slot);
      job.resolve({ kind: 'timedOut', seconds: job.timeoutMs / 1000 });
      this.pump();
    }, job.timeoutMs);
    slot.worker.postMessage(job.request);
  }

  private start(): Slot | undefined {
    let worker: Worker;
    const channel = new MessageChannel();
    const shared = new SharedArrayBuffer(4);
    try {
      const workerData: LintWorkerData = { relatedPort: channel.port2, signal: shared };
      worker = new Worker(this.script, { stdout: true, stderr: true, workerData, transferList: [channel.port2] });
    } catch {
      this.inline = true;
      return undefined;
    }
    const slot: Slot = { worker, port: channel.port1, signal: new Int32Array(shared) };
    channel.port1.on('message', (query: RelatedQuery) => this.answerRelated(slot, query));
    channel.port1.unref();
    worker.unref();
    // The server speaks LSP on stdout: nothing a worker prints may reach it.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (msg: LintResponse) => this.answered(slot, msg));
    const crashed = (why: string) => {
      if (!this.slots.includes(slot)) return;
      const job = slot.job;
      this.drop(slot);
      job?.resolve({ kind: 'failed', detail: why });
      this.pump();
    };
    worker.on('error', (e) => crashed(e instanceof Error ? e.message : String(e)));
    worker.on('exit', (code) => crashed(`the lint worker exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  /** The worker's lint asks for the related reports of a year: answer, then wake it. */
  private answerRelated(slot: Slot, query: RelatedQuery): void {
    let digests: RelatedAnswer['digests'] = [];
    try {
      digests = slot.job?.options.related?.ofYear(query.year) ?? [];
    } catch {
      // An index that cannot answer: no related reports for this lint.
    }
    slot.port.postMessage({ digests } satisfies RelatedAnswer);
    Atomics.store(slot.signal, 0, 1);
    Atomics.notify(slot.signal, 0);
  }

  private answered(slot: Slot, msg: LintResponse): void {
    if (msg.heapUsed !== undefined) this.workerHeaps.set(slot.worker.threadId, msg.heapUsed);
    const job = slot.job;
    if (!job || job.request.id !== msg.id) return;
    clearTimeout(slot.timer);
    slot.job = undefined;
    slot.timer = undefined;
    const { text } = job.request;
    job.resolve('error' in msg ? { kind: 'failed', detail: msg.error } : {
      kind: 'done',
      result: {
        findings: msg.findings, suppressed: msg.suppressed, unusedSuppressions: msg.unusedSuppressions,
        templateId: msg.templateId, template: templates[msg.templateId], index: new LineIndex(text), report: { ...msg.report, text },
      },
    });
    if (this.ending && this.queue.length === 0) this.drop(slot);
    else if (this.slots.indexOf(slot) > 0) slot.idle = setTimeout(() => this.drop(slot), IDLE_MS);
    this.pump();
  }

  /** Forgets a slot and ends its worker. */
  private drop(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    this.workerHeaps.delete(slot.worker.threadId);
    void this.end(slot);
    this.noticeIdle();
  }

  private async end(slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    clearTimeout(slot.idle);
    slot.job = undefined;
    slot.port.close();
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }
}

/** The lint in the server's own thread (when no worker can start): no time limit can be kept then. */
function lintHere(text: string, options: LintOptions): RunOutcome {
  try {
    return { kind: 'done', result: lint(text, options) };
  } catch (e) {
    return { kind: 'failed', detail: e instanceof Error ? e.message : String(e) };
  }
}
