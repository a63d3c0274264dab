// Scaling: lint time for one report grown to many lines; a least-squares line through the points
// gives the cost per line, and the log-log exponent shows the growth is linear (≈ 1).

import { linearFit, median, msSince, round } from './stats.mjs';

export function measureScaling(makeText, sizes, lint) {
  const points = [];
  for (const lines of sizes) {
    const text = makeText(lines);
    const runs = lines >= 50000 ? 5 : lines >= 10000 ? 9 : 21;
    for (let i = 0; i < (lines >= 50000 ? 1 : 5); i++) lint(text); // warm-up on this size
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      lint(text);
      samples.push(msSince(start));
    }
    const actualLines = text.split('\n').length;
    points.push({ lines: actualLines, bytes: Buffer.byteLength(text), ms: round(median(samples), 2), usPerLine: round((median(samples) * 1000) / actualLines, 2) });
  }
  const fit = linearFit(points.map((p) => p.lines), points.map((p) => p.ms));
  const logFit = linearFit(points.map((p) => Math.log(p.lines)), points.map((p) => Math.log(p.ms)));
  const first = points[0];
  const last = points[points.length - 1];
  return {
    points,
    slopeMsPer1kLines: round(fit.slope * 1000, 3),
    interceptMs: round(fit.intercept, 2),
    r2: round(fit.r2, 5),
    logLogExponent: round(logFit.slope, 3),
    perLineCostRatio: round(last.usPerLine / first.usPerLine, 2),
  };
}
