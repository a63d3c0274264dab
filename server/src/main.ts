// Entry point of `nianbao-language-server` (dist/server.cjs): `--stdio` (the default when no transport
// is given), `--node-ipc` or `--socket=N`. Uncaught errors are logged and never end the process.
// The same file is the entry of the server's lint worker threads (lintRunner.ts starts it): in a
// worker it serves lints and opens no connection (one bundle: the VSIX carries the core once).

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection } from 'vscode-languageserver/node';
import { serveLints, type LintWorkerData } from './lintWorker.js';
import { startServer } from './server.js';

if (!isMainThread && parentPort) {
  serveLints(parentPort, workerData as LintWorkerData);
} else {
  const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');

  const connection = createConnection();
  const errors = startServer(connection);
  process.on('uncaughtException', (error) => errors.report('uncaught exception', error));
  process.on('unhandledRejection', (reason) => errors.report('unhandled rejection', reason));
}
