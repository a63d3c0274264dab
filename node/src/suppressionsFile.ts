// Where a report's suppressions file is, and reading it: the same for the CLI and the language server.
// The file (.nianbao-suppressions.json) sits beside the nearest .nianbaorc.json of the report; without
// one, in the root the caller names (the workspace folder that holds the report, or the CLI's current
// folder). Read as data (JSON.parse), never run; a broken file is a problem, never thrown.

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseSuppressions, reportKey, SUPPRESSIONS_FILE_NAME, type SuppressionsFile } from '../../core/src/index.js';

/** The suppressions file for a report: beside its config file, else in `root`, else beside the report. */
export function suppressionsPathFor(reportPath: string, configPath: string | undefined, root: string | undefined): string {
  const dir = configPath ? dirname(configPath) : root ?? dirname(reportPath);
  return join(dir, SUPPRESSIONS_FILE_NAME);
}

/** How the file names a report: its path relative to the file's folder, '/'-separated. */
export function reportKeyIn(suppressionsPath: string, reportPath: string): string {
  return reportKey(relative(dirname(suppressionsPath), reportPath));
}

export type LoadedSuppressions =
  /** No such file (nothing is ignored; a quick fix creates it). */
  | { path: string; missing: true; file?: undefined; text?: undefined; problem?: undefined }
  | { path: string; file: SuppressionsFile; text: string; missing?: undefined; problem?: undefined }
  | { path: string; problem: string; missing?: undefined; file?: undefined; text?: undefined };

/** Reads a suppressions file. */
export function loadSuppressions(path: string): LoadedSuppressions {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { path, missing: true } : { path, problem: code ?? String(e) };
  }
  const parsed = parseSuppressions(text);
  return 'problem' in parsed ? { path, problem: parsed.problem } : { path, file: parsed.file, text };
}
