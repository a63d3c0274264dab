// A small worker-thread pool for checking many files at once; results keep the order of the tasks.
// A worker that crashes is dropped and its file is checked in the main thread instead, so no file is lost.

import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lintFile } from './lintFile.js';
import type { FileResult, LintTask } from '../../node/src/results.js';

/** Above this many files, `--workers auto` checks them in worker threads. */
export const WORKER_THRESHOLD = 200;

/** What the main thread sends a worker, and what it answers. */
export interface WorkerRequest {
  id: number;
  task: LintTask;
}
export interface WorkerResponse {
  id: number;
  result: FileResult | null;
}

/**
 * The most worker threads --workers may ask for: the CPUs, at least 4, at most 16. Each thread holds
 * its own copy of the checker (256 of them took 4.3 GB); past the CPUs they only queue.
 */
export function maxWorkers(cpus = availableParallelism()): number {
  return Math.min(16, Math.max(4, cpus));
}

// How many worker threads to use (0 = check in the main thread) for a number of files and the --workers setting.
export function chooseThreadCount(fileCount: number, setting: 'auto' | number, cpus = availableParallelism()): number {
  if (fileCount === 0) return 0;
  if (setting === 'auto') return fileCount > WORKER_THRESHOLD && cpus > 1 ? Math.min(cpus, maxWorkers(cpus), fileCount) : 0;
  return Math.min(setting, maxWorkers(cpus), fileCount);
}

// Where the worker entry is: the CLI's own bundle (dist/cli.cjs, whose main.ts serves lints in a worker
// thread), or lintWorker.js next to this module when running the tsc output (out/cli/src/).
function workerScript(): string | URL {
  if (typeof __dirname === 'string' && typeof require === 'function') return join(__dirname, 'cli.cjs');
  return new URL('./lintWorker.js', import.meta.url);
}

/** Results in task order, and how the work was shared: worker threads started, files checked in the main thread. */
export interface PoolOutcome {
  results: (FileResult | null)[];
  threads: number;
  inline: number;
}

// Checks every task, in `threads` workers when threads > 0; results[i] belongs to tasks[i].
// `script` is the worker entry (tests may point it elsewhere to exercise the crash fallback).
export async function lintAll(tasks: readonly LintTask[], threads: number, script: string | URL = workerScript()): Promise<PoolOutcome> {
  if (threads <= 0) return { results: tasks.map((task) => lintFile(task)), threads: 0, inline: tasks.length };
  return runPool(tasks, threads, script);
}

async function runPool(tasks: readonly LintTask[], threads: number, script: string | URL): Promise<PoolOutcome> {
  const results = new Array<FileResult | null>(tasks.length).fill(null);
  let next = 0;
  let finished = 0;
  let started = 0;
  let inline = 0;

  return new Promise((resolveAll) => {
    const live = new Set<Worker>();
    const done = () => {
      if (finished < tasks.length) return;
      for (const w of live) void w.terminate();
      live.clear();
      resolveAll({ results, threads: started, inline });
    };
    /** Without workers left, the main thread finishes the rest itself. */
    const drainInline = () => {
      while (next < tasks.length) {
        const id = next++;
        results[id] = lintFile(tasks[id]!);
        finished++;
        inline++;
      }
      done();
    };
    const start = () => {
      let worker: Worker;
      try {
        worker = new Worker(script);
      } catch {
        return;
      }
      live.add(worker);
      started++;
      // Tasks sent to this worker and not answered yet. Two at a time, so the worker already holds
      // its next file when it answers one (with one, it sat idle for every round trip: ~10% of 10,000 files).
      const inFlight = new Set<number>();
      const feed = () => {
        if (next >= tasks.length) {
          if (inFlight.size > 0) return;
          live.delete(worker);
          void worker.terminate();
          return;
        }
        const id = next++;
        inFlight.add(id);
        worker.postMessage({ id, task: tasks[id]! } satisfies WorkerRequest);
      };
      const fail = () => {
        if (!live.has(worker)) return;
        live.delete(worker);
        void worker.terminate();
        for (const id of inFlight) {
          results[id] = lintFile(tasks[id]!);
          finished++;
          inline++;
        }
        inFlight.clear();
        if (live.size === 0) drainInline();
        else done();
      };
      worker.on('message', (msg: WorkerResponse) => {
        inFlight.delete(msg.id);
        results[msg.id] = msg.result;
        finished++;
        feed();
        done();
      });
      worker.on('error', fail);
      worker.on('exit', fail);
      feed();
      feed();
    };
    for (let i = 0; i < threads; i++) start();
    if (live.size === 0) drainInline();
  });
}
