// Worker-thread entry: checks the files the main thread sends, one message per file.
// Bundled on its own as dist/lintWorker.cjs; the pool in pool.ts starts it.

import { parentPort } from 'node:worker_threads';
import { lintFile } from './lintFile.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

// Answers each request with the file's result; lintFile never throws, so one bad file cannot stop the worker.
function serveLintRequests(port: NonNullable<typeof parentPort>): void {
  port.on('message', (msg: WorkerRequest) => {
    port.postMessage({ id: msg.id, result: lintFile(msg.task) } satisfies WorkerResponse);
  });
}

if (parentPort) serveLintRequests(parentPort);
