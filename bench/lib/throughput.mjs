// Throughput: nianbao's full lint per report against markdown-it's parse() of the same text (the
// floor) and markdownlint's library with its default rules (sync API), as medians of several rounds.
// Each tool is measured in its own block after its own warm-up: interleaving them left one tool's
// garbage to be collected on the next tool's time (markdownlint allocates ten times what lint does).

import { median, round } from './stats.mjs';

/** Runs `fn` over every text; wall and CPU milliseconds per text. */
function pass(fn, texts) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (const t of texts) fn(t);
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall: wall / texts.length, cpu: (used.user + used.system) / 1000 / texts.length };
}

/** Warm-up for about `ms`, then `rounds` timed passes: the medians. */
function measure(fn, texts, rounds, warmMs) {
  const started = Date.now();
  do pass(fn, texts);
  while (Date.now() - started < warmMs);
  const samples = [];
  for (let r = 0; r < rounds; r++) samples.push(pass(fn, texts));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

/**
 * @param {{ name: string, shape: string, text: string }[]} corpus
 * @param {{ lint: (t: string) => unknown, parse: (t: string) => unknown, markdownlint: (t: string) => unknown }} tools
 */
export function measureThroughput(corpus, tools, { rounds = 9, warmMs = 1500 } = {}) {
  const texts = corpus.map((c) => c.text);
  const names = Object.keys(tools);
  const shapes = [...new Set(corpus.map((c) => c.shape))];
  const groups = shapes.map((shape) => corpus.filter((c) => c.shape === shape).map((c) => c.text));
  // One tool at a time (the whole corpus, then each input shape), markdownlint last.
  const all = {};
  const byShape = shapes.map(() => ({}));
  for (const n of names) {
    all[n] = measure(tools[n], texts, rounds, warmMs);
    groups.forEach((group, i) => (byShape[i][n] = measure(tools[n], group, Math.max(3, Math.ceil(rounds / 2)), warmMs / 4)));
  }

  // The same comparison per input shape (shorter: it is for the table, not the targets).
  const perShape = shapes.map((shape, i) => {
    const group = groups[i];
    const m = byShape[i];
    return {
      shape,
      reports: group.length,
      avgBytes: Math.round(group.reduce((a, t) => a + Buffer.byteLength(t), 0) / group.length),
      msPerReport: Object.fromEntries(names.map((n) => [n, round(m[n].wall, 4)])),
      lintOverParse: round(m.lint.wall / m.parse.wall, 2),
      markdownlintOverLint: round(m.markdownlint.wall / m.lint.wall, 1),
    };
  });
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const per = (key) => Object.fromEntries(names.map((n) => [n, round(all[n][key], 4)]));
  return {
    reports: texts.length,
    avgBytes: Math.round(bytes / texts.length),
    rounds,
    msPerReport: per('wall'),
    cpuMsPerReport: per('cpu'),
    reportsPerSecond: Object.fromEntries(names.map((n) => [n, Math.round(1000 / all[n].wall)])),
    mbPerSecond: Object.fromEntries(names.map((n) => [n, round(bytes / texts.length / 1e6 / (all[n].wall / 1000), 2)])),
    lintOverParse: round(all.lint.wall / all.parse.wall, 2),
    markdownlintOverLint: round(all.markdownlint.wall / all.lint.wall, 1),
    cpu: {
      lintOverParse: round(all.lint.cpu / all.parse.cpu, 2),
      markdownlintOverLint: round(all.markdownlint.cpu / all.lint.cpu, 1),
    },
    perShape,
  };
}
