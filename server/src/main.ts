// Entry point of `nianbao-language-server` (dist/server.cjs): `--stdio` (the default when no transport
// is given), `--node-ipc` or `--socket=N`. Uncaught errors are logged and never end the process.
// The same file is the entry of the server's lint worker threads (lintRunner.ts starts it): in a
// worker it serves lints and opens no connection (one bundle: the VSIX carries the core once). Loaded
// with a require call by the VS Code extension host, it is a library (editorLibrary.ts) and starts nothing.

import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createConnection } from 'vscode-languageserver/node';
import { serveLints, type LintWorkerData } from './lintWorker.js';
import { startServer } from './server.js';

export * from './editorLibrary.js';

/** Loaded by another module's require call rather than run (the bundle is CommonJS; `module` is its own). */
const requiredAsLibrary = typeof module !== 'undefined' && typeof require !== 'undefined' && require.main !== module;

if (!isMainThread && parentPort) {
  serveLints(parentPort, workerData as LintWorkerData);
} else if (!requiredAsLibrary) {
  const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');

  const connection = createConnection();
  const errors = startServer(connection);
  process.on('uncaughtException', (error) => errors.report('uncaught exception', error));
  process.on('unhandledRejection', (reason) => errors.report('unhandled rejection', reason));
}
