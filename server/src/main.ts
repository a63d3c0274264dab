// Entry point of `nianbao-language-server` (dist/server.cjs): `--stdio` (the default when no transport
// is given), `--node-ipc` or `--socket=N`. Uncaught errors are logged and never end the process.

import { createConnection } from 'vscode-languageserver/node';
import { startServer } from './server.js';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(t + '=')))) process.argv.push('--stdio');

const connection = createConnection();
const errors = startServer(connection);
process.on('uncaughtException', (error) => errors.report('uncaught exception', error));
process.on('unhandledRejection', (reason) => errors.report('unhandled rejection', reason));
