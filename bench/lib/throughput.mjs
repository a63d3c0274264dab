// Throughput: nianbao's full lint per report against markdown-it's parse() of the same text (the
// floor) and markdownlint's library with its default rules (sync API), as medians of several rounds.
// lint and parse take turns pass by pass; markdownlint is measured in blocks of its own between
// theirs, the blocks alternating a few times so that the machine's drift (its speed moves by up to 2×
// within minutes) falls on both sides of the ratio alike.

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

/**
 * Warm-up for about `ms`, then `rounds` timed passes of each tool, the tools taking turns pass by
 * pass (so a slow spell of the machine hits them alike), appended to each tool's samples.
 */
function measure(fns, texts, rounds, warmMs, samples) {
  const started = Date.now();
  do for (const fn of fns) pass(fn, texts);
  while (Date.now() - started < warmMs);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, i) => samples[i].push(pass(fn, texts)));
}

const medians = (s) => ({ wall: median(s.map((x) => x.wall)), cpu: median(s.map((x) => x.cpu)) });

/** How many times the blocks alternate. */
const ALTERNATIONS = 3;

/**
 * @param {{ name: string, shape: string, text: string }[]} corpus
 * @param {{ lint: (t: string) => unknown, parse: (t: string) => unknown, markdownlint: (t: string) => unknown }} tools
 */
export function measureThroughput(corpus, tools, { rounds = 9, warmMs = 1500 } = {}) {
  const texts = corpus.map((c) => c.text);
  const names = Object.keys(tools);
  const shapes = [...new Set(corpus.map((c) => c.shape))];
  const groups = shapes.map((shape) => corpus.filter((c) => c.shape === shape).map((c) => c.text));
  // lint and parse take turns; markdownlint has blocks of its own: it allocates ten times what lint
  // does, and interleaved pass by pass its garbage was collected on lint's time. The blocks alternate
  // ALTERNATIONS times, each with a share of the rounds (at least 3), and every sample counts.
  const blocks = [['lint', 'parse'], ['markdownlint']];
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const shapeSamples = shapes.map(() => Object.fromEntries(names.map((n) => [n, []])));
  const share = Math.max(3, Math.ceil(rounds / ALTERNATIONS));
  for (let a = 0; a < ALTERNATIONS; a++) {
    for (const block of blocks) {
      const fns = block.map((n) => tools[n]);
      const warm = a === 0 ? warmMs : warmMs / 4;
      measure(fns, texts, share, warm, block.map((n) => samples[n]));
      groups.forEach((group, g) => measure(fns, group, share, warm / 4, block.map((n) => shapeSamples[g][n])));
    }
  }
  const all = Object.fromEntries(names.map((n) => [n, medians(samples[n])]));
  const byShape = shapeSamples.map((bySample) => Object.fromEntries(names.map((n) => [n, medians(bySample[n])])));

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
    rounds: share * ALTERNATIONS,
    method: 'lint and parse take turns pass by pass; markdownlint in blocks of its own; the blocks alternate 3 times; medians of all passes',
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
