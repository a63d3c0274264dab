// Throughput: nianbao's full lint per report against markdown-it's parse() of the same text (the
// floor) and markdownlint's library with its default rules (sync API), as medians of several rounds.

import { median, msSince, round } from './stats.mjs';


/** Runs `fn` over every text; returns ms per text. */
function pass(fn, texts) {
  const start = process.hrtime.bigint();
  for (const t of texts) fn(t);
  return msSince(start) / texts.length;
}

/** Warms `fn` up for about `ms` milliseconds so the JIT has compiled the hot paths. */
function warm(fn, texts, ms) {
  const start = process.hrtime.bigint();
  do pass(fn, texts);
  while (msSince(start) < ms);
}

/**
 * @param {{ name: string, shape: string, text: string }[]} corpus
 * @param {{ lint: (t: string) => unknown, parse: (t: string) => unknown, markdownlint: (t: string) => unknown }} tools
 */
export function measureThroughput(corpus, tools, { rounds = 9, warmMs = 1500 } = {}) {
  const texts = corpus.map((c) => c.text);
  const names = Object.keys(tools);
  for (const n of names) warm(tools[n], texts, n === 'markdownlint' ? warmMs / 2 : warmMs);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) for (const n of names) samples[n].push(pass(tools[n], texts));
  const ms = Object.fromEntries(names.map((n) => [n, median(samples[n])]));

  // The same comparison per input shape (fewer rounds: it is for the table, not the targets).
  const shapes = [...new Set(corpus.map((c) => c.shape))];
  const perShape = shapes.map((shape) => {
    const group = corpus.filter((c) => c.shape === shape).map((c) => c.text);
    const m = {};
    for (const n of names) {
      const s = [];
      for (let r = 0; r < Math.max(3, Math.ceil(rounds / 2)); r++) s.push(pass(tools[n], group));
      m[n] = median(s);
    }
    return {
      shape,
      reports: group.length,
      avgBytes: Math.round(group.reduce((a, t) => a + Buffer.byteLength(t), 0) / group.length),
      msPerReport: Object.fromEntries(names.map((n) => [n, round(m[n], 4)])),
      lintOverParse: round(m.lint / m.parse, 2),
      markdownlintOverLint: round(m.markdownlint / m.lint, 1),
    };
  });
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  return {
    reports: texts.length,
    avgBytes: Math.round(bytes / texts.length),
    rounds,
    msPerReport: Object.fromEntries(names.map((n) => [n, round(ms[n], 4)])),
    reportsPerSecond: Object.fromEntries(names.map((n) => [n, Math.round(1000 / ms[n])])),
    mbPerSecond: Object.fromEntries(names.map((n) => [n, round(bytes / texts.length / 1e6 / (ms[n] / 1000), 2)])),
    lintOverParse: round(ms.lint / ms.parse, 2),
    markdownlintOverLint: round(ms.markdownlint / ms.lint, 1),
    perShape,
  };
}
