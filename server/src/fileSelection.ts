// Which files are checked: `nianbao.files.exclude` globs never, `nianbao.files.include` globs always,
// and every other Markdown/text file when the core says it looks like a report. Globs are matched
// against the path relative to its workspace folder (forward slashes), as VS Code's own globs are.

import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { looksLikeReport } from '../../core/src/index.js';
import type { NianbaoSettings } from '../../protocol/src/protocol.js';

const matchers = new Map<string, (path: string) => boolean>();

function matcherFor(globs: string[]): (path: string) => boolean {
  const key = JSON.stringify(globs);
  let m = matchers.get(key);
  if (!m) {
    m = globs.length === 0 ? () => false : picomatch(globs, { dot: true });
    if (matchers.size > 100) matchers.clear();
    matchers.set(key, m);
  }
  return m;
}

function toSlashes(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** The innermost workspace folder that holds a file, if any. */
export function containingFolder(path: string, folders: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const folder of folders) {
    const rel = relative(folder, path);
    if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) continue;
    if (best === undefined || folder.length > best.length) best = folder;
  }
  return best;
}

/**
 * Deleted paths that may have been folders, gathered from a run of delete events: a deleted folder is
 * reported for its own path only, never for the files that were in it.
 */
export class DeletedPaths {
  private readonly paths = new Set<string>();

  add(path: string): void {
    this.paths.add(resolve(path)); // no trailing separator
  }

  get size(): number {
    return this.paths.size;
  }

  /** Whether a file lay under one of the deleted paths (its parents looked up, so the cost is the file's depth). */
  holds(file: string): boolean {
    if (this.paths.size === 0) return false;
    for (let dir = dirname(file); ; ) {
      if (this.paths.has(dir)) return true;
      const up = dirname(dir);
      if (up === dir) return false;
      dir = up;
    }
  }

  clear(): void {
    this.paths.clear();
  }
}

// The path a glob is matched against: relative to the innermost workspace folder holding the file,
// else the absolute path (so absolute globs still work for files outside every folder).
export function globPath(path: string, folders: readonly string[]): string {
  const folder = containingFolder(path, folders);
  return toSlashes(folder === undefined ? path : relative(folder, path));
}

function matches(globs: string[], path: string, folders: readonly string[]): boolean {
  if (globs.length === 0) return false;
  const m = matcherFor(globs);
  return m(globPath(path, folders)) || m(toSlashes(path));
}

/** Whether a file is excluded by `nianbao.files.exclude`. */
export function isExcluded(path: string | undefined, folders: readonly string[], settings: NianbaoSettings): boolean {
  return path !== undefined && matches(settings.files.exclude, path, folders);
}

/** Whether a file is named by `nianbao.files.include` (checked even if it does not look like a report). */
export function isIncluded(path: string | undefined, folders: readonly string[], settings: NianbaoSettings): boolean {
  return path !== undefined && matches(settings.files.include, path, folders);
}

// The whole decision for a text: not excluded, and included by a glob or recognised as a report.
export function isSelected(path: string | undefined, text: string, folders: readonly string[], settings: NianbaoSettings): boolean {
  if (isExcluded(path, folders, settings)) return false;
  return isIncluded(path, folders, settings) || looksLikeReport(text);
}
