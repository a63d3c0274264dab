// Worker-thread entry: checks the files the main thread sends, one message per file. In the bundle
// it is part of dist/cli.cjs (main.ts imports it; it serves only in a worker thread); the pool in
// pool.ts starts that bundle, or this module itself when running the tsc output.

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
