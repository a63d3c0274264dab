// The worker side of the language server's lints (main.ts serves them when it runs in a worker
// thread, which lintRunner.ts starts). The server lints here, not on its own thread, so that a lint that runs
// too long can be stopped (the worker is terminated) while hover, code actions and other documents
// keep being answered. Each answer is the core's result without what the server rebuilds itself
// (the text it sent, the template, the line index), so little is copied back. The workspace's other
// reports (LintOptions.related, the server's index) stay in the server: the worker asks for the
// reports of a year when a rule asks, and waits for the answer (a synchronous call across threads).

import { receiveMessageOnPort, type MessagePort, type parentPort } from 'node:worker_threads';
import { lint, type LintOptions } from '../../core/src/index.js';
import type { Finding, RelatedReports, Report, ReportDigest, TemplateId, UnusedSuppression } from '../../core/src/index.js';

export interface LintRequest {
  id: number;
  text: string;
  /** The options without `related`; `hasRelated` says whether the server holds related reports. */
  options: Omit<LintOptions, 'related'>;
  hasRelated: boolean;
}

export type LintResponse =
  | { id: number; findings: Finding[]; suppressed: Finding[]; unusedSuppressions: UnusedSuppression[]; templateId: TemplateId; report: Omit<Report, 'text'>; heapUsed?: number }
  | { id: number; error: string; heapUsed?: number };

/** What the worker is started with: the port and flag of its related-reports calls. */
export interface LintWorkerData {
  relatedPort: MessagePort;
  /** Int32 cell 0: set to 1 by the server when its answer is on the port. */
  signal: SharedArrayBuffer;
}

/** A related-reports call: the worker asks for one year; the server answers its digests. */
export interface RelatedQuery {
  year: number;
}
export interface RelatedAnswer {
  digests: readonly ReportDigest[];
}

/** How long the worker waits for the server's answer to one related-reports call. */
const RELATED_WAIT_MS = 5_000;

/**
 * Test hook: a lint whose text contains this string never ends, as a core stuck on an input would
 * (the protocol tests prove with it that such a lint is abandoned). Unset outside the tests.
 */
const HANG_MARKER = process.env.NIANBAO_TEST_HANG_ON;

/** RelatedReports answered by the server, each year asked once per lint. */
function relatedFromServer(data: LintWorkerData): RelatedReports {
  const signal = new Int32Array(data.signal);
  const asked = new Map<number, readonly ReportDigest[]>();
  return {
    ofYear(year: number): readonly ReportDigest[] {
      const known = asked.get(year);
      if (known) return known;
      Atomics.store(signal, 0, 0);
      data.relatedPort.postMessage({ year } satisfies RelatedQuery);
      Atomics.wait(signal, 0, 0, RELATED_WAIT_MS);
      const answer = receiveMessageOnPort(data.relatedPort)?.message as RelatedAnswer | undefined;
      const digests = answer?.digests ?? [];
      asked.set(year, digests);
      return digests;
    },
  };
}

/** Test hook (NIANBAO_TEST_HEAP=1 and node --expose-gc): the worker's heap used after full collections, with every answer. */
function heapAfterLint(): { heapUsed?: number } {
  const gc = process.env.NIANBAO_TEST_HEAP === '1' ? (globalThis as { gc?: () => void }).gc : undefined;
  if (!gc) return {};
  for (let i = 0; i < 2; i++) gc();
  return { heapUsed: process.memoryUsage().heapUsed };
}

// Answers each request with its lint; an exception of the core becomes an error answer.
export function serveLints(port: NonNullable<typeof parentPort>, data: LintWorkerData): void {
  port.on('message', (msg: LintRequest) => {
    try {
      if (HANG_MARKER && msg.text.includes(HANG_MARKER)) for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      const options: LintOptions = msg.hasRelated ? { ...msg.options, related: relatedFromServer(data) } : msg.options;
      const { findings, suppressed, unusedSuppressions, templateId, report } = lint(msg.text, options);
      const { text: _text, ...rest } = report;
      port.postMessage({ id: msg.id, findings, suppressed, unusedSuppressions, templateId, report: rest, ...heapAfterLint() } satisfies LintResponse);
    } catch (e) {
      port.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies LintResponse);
    }
  });
}
