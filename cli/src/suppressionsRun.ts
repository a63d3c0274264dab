// The suppressions files of one `nianbao lint` run: which file holds each report's entries (the one
// given by --suppressions, else the one beside the report's .nianbaorc.json, else the one in the
// current folder), reading them once, the entries of reports that no longer exist, and rewriting them
// for --suppress-all (every current finding ignored) and --prune-suppressions (stale entries dropped).

import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptySuppressions, serializeSuppressions, withEntries, type SuppressionEntry, type SuppressionsFile } from '../../core/src/index.js';
import { loadSuppressions, reportKeyIn, suppressionsPathFor, type LoadedSuppressions } from '../../node/src/suppressionsFile.js';
import type { FoundConfig } from '../../node/src/findConfig.js';
import type { FileResult } from '../../node/src/results.js';

/** A report named in a suppressions file that is not on disk any more: all its entries are stale. */
export interface StaleReport {
  suppressionsPath: string;
  /** The report as the file names it. */
  key: string;
  /** How many findings its entries ignore. */
  count: number;
}

interface SuppressionsSetup {
  /** Files that cannot be used (bad JSON, wrong shape, unreadable): the run stops. */
  problems: Array<{ path: string; problem: string }>;
  /** The suppressions file of each report given. */
  pathOf: Map<string, string>;
  loaded: Map<string, LoadedSuppressions>;
  entriesFor(reportPath: string): SuppressionEntry[];
  staleReports(): StaleReport[];
}

export function suppressionsSetup(
  reports: readonly string[],
  configs: ReadonlyMap<string, FoundConfig | null>,
  explicit: string | undefined,
  cwd: string,
): SuppressionsSetup {
  const pathOf = new Map<string, string>();
  const loaded = new Map<string, LoadedSuppressions>();
  for (const report of reports) {
    const path = explicit ?? suppressionsPathFor(report, configs.get(report)?.path, cwd);
    pathOf.set(report, path);
    if (!loaded.has(path)) loaded.set(path, loadSuppressions(path));
  }
  const problems = [...loaded.values()].flatMap((l) => (l.problem !== undefined ? [{ path: l.path, problem: l.problem }] : []));
  return {
    problems,
    pathOf,
    loaded,
    entriesFor(report) {
      const path = pathOf.get(report);
      const file = path ? loaded.get(path)?.file : undefined;
      return path && file ? (file.files[reportKeyIn(path, report)] ?? []) : [];
    },
    staleReports() {
      const out: StaleReport[] = [];
      for (const l of loaded.values()) {
        for (const [key, entries] of Object.entries(l.file?.files ?? {})) {
          if (!existsSync(join(dirname(l.path), key))) out.push({ suppressionsPath: l.path, key, count: entries.reduce((n, e) => n + e.count, 0) });
        }
      }
      return out.sort((a, b) => (a.suppressionsPath + a.key < b.suppressionsPath + b.key ? -1 : 1));
    },
  };
}

/**
 * Rewrites the suppressions files of the run: 'all' puts each checked report's entries in (every
 * finding it has now), 'prune' takes out what ignores nothing (the unmatched part of each entry).
 * Both drop the reports that are gone. A file is written only when its content changes. Returns what
 * was written: the file, and how many findings it now ignores ('all') or how many it stopped ignoring.
 */
export function writeSuppressions(setup: SuppressionsSetup, results: readonly FileResult[], stale: readonly StaleReport[], mode: 'all' | 'prune'): Array<{ file: string; count: number }> {
  const next = new Map<string, SuppressionsFile>();
  const counts = new Map<string, number>();
  const add = (path: string, n: number) => counts.set(path, (counts.get(path) ?? 0) + n);
  const fileOf = (path: string) => next.get(path) ?? setup.loaded.get(path)?.file ?? emptySuppressions();
  for (const result of results) {
    const path = setup.pathOf.get(result.filePath);
    if (!path) continue;
    const key = reportKeyIn(path, result.filePath);
    if (mode === 'all') {
      if (!result.entries) continue;
      next.set(path, withEntries(fileOf(path), key, result.entries));
      add(path, result.entries.reduce((n, e) => n + e.count, 0));
      continue;
    }
    if (!result.unusedSuppressions?.length) continue;
    const unmatched = new Map(result.unusedSuppressions.map((u) => [`${u.rule}\u0000${u.fingerprint}`, u.unmatched]));
    const kept = (fileOf(path).files[key] ?? []).flatMap((e) => {
      const gone = Math.min(e.count, unmatched.get(`${e.rule}\u0000${e.fingerprint}`) ?? 0);
      unmatched.set(`${e.rule}\u0000${e.fingerprint}`, (unmatched.get(`${e.rule}\u0000${e.fingerprint}`) ?? 0) - gone);
      add(path, gone);
      return e.count - gone > 0 ? [{ ...e, count: e.count - gone }] : [];
    });
    next.set(path, withEntries(fileOf(path), key, kept));
  }
  for (const s of stale) {
    next.set(s.suppressionsPath, withEntries(fileOf(s.suppressionsPath), s.key, []));
    if (mode === 'prune') add(s.suppressionsPath, s.count);
  }
  const written: Array<{ file: string; count: number }> = [];
  for (const [path, file] of [...next.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const text = serializeSuppressions(file);
    const before = setup.loaded.get(path);
    if (before?.text === text || (before?.missing && Object.keys(file.files).length === 0)) continue;
    writeFileSync(path, text);
    written.push({ file: path, count: counts.get(path) ?? 0 });
  }
  return written;
}
