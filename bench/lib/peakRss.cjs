// Preloaded into the CLI by the benchmark (node --require): when the process exits, writes its
// peak resident set size (VmHWM, which covers every worker thread of the process) to the file
// named by NIANBAO_BENCH_PEAK_FILE.
const { isMainThread } = require('node:worker_threads');
const { readFileSync, writeFileSync } = require('node:fs');

if (isMainThread && process.env.NIANBAO_BENCH_PEAK_FILE) {
  process.on('exit', () => {
    try {
      const status = readFileSync('/proc/self/status', 'utf8');
      const peak = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
      writeFileSync(process.env.NIANBAO_BENCH_PEAK_FILE, peak ? peak[1] : '');
    } catch {
      // not Linux: no figure
    }
  });
}
