// The name of a benchmark result file. A full run of the day is `<date>.json`; a run of some
// sections only (--only) or of another core build (--core) gets a name of its own, so that it
// never overwrites the day's full run (docs/PERFORMANCE.md cites that file).
import { basename } from 'node:path';

/**
 * @param {{ date: string, quick: boolean, only: string[], allSections: string[], core?: string }} run
 *   date: an ISO date-time; only: the sections measured; core: the --core bundle's path, if any
 * @returns {string} e.g. 2026-12-01.json, 2026-12-01-quick.json, 2026-12-01-throughput+scaling.json,
 *   2026-12-01-core-before.json
 */
export function resultFileName({ date, quick, only, allSections, core }) {
  const parts = [date.slice(0, 10)];
  if (quick) parts.push('quick');
  const partial = allSections.filter((s) => only.includes(s));
  if (partial.length < allSections.length) parts.push(partial.length ? partial.join('+') : 'none');
  if (core) parts.push(`core-${basename(core).replace(/\.[cm]?js$/, '').replace(/[^\w.-]+/g, '_')}`);
  return `${parts.join('-')}.json`;
}
