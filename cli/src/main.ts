// Process entry of the `nianbao` command (bundled as dist/cli.cjs): wires run() to the real terminal.
// Sets process.exitCode instead of calling process.exit(), so piped output is fully flushed.
// The same bundle is the entry of the lint pool's worker threads (pool.ts starts it): in a worker,
// lintWorker.ts serves the files sent to it and no command runs (one bundle: the VSIX carries the core once less).

import { isMainThread } from 'node:worker_threads';
import { wantsColor } from './color.js';
import './lintWorker.js';
import { run } from './run.js';

if (isMainThread) main();

function main(): void {
  // `nianbao lint | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });

  run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    color: wantsColor(process.env, process.stdout.isTTY === true),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`nianbao: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
