// Process entry of the `nianbao` command (bundled as dist/cli.cjs): wires run() to the real terminal.
// Sets process.exitCode instead of calling process.exit(), so piped output is fully flushed.

import { run } from './run.js';

// Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR (not "0") forces it.
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

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
