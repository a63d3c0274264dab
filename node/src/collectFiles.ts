// Expanding the command line's paths, folders and globs into the list of files to check.
// Folders yield candidate .md/.txt files, and Word (.docx/.doc/.wps) files when asked (checked later with looksLikeReport); named files and glob matches are always checked.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

interface FileTarget {
  /** Absolute path. */
  path: string;
  /** Named on the command line or matched by a glob: checked even if it does not look like a report. */
  explicit: boolean;
}

export interface CollectProblem {
  kind: 'not-found' | 'no-match' | 'unreadable';
  /** The pattern as given, or the folder that could not be listed. */
  pattern: string;
  /** Absolute path concerned, when there is one. */
  path?: string;
  detail?: string;
}

interface CollectResult {
  files: FileTarget[];
  problems: CollectProblem[];
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** Whether a folder walk skips this path (relative to the walked folder): it lies under node_modules or .git. */
export function underSkippedFolder(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).slice(0, -1).some((part) => SKIPPED_DIRS.has(part));
}
const REPORT_EXTENSIONS = /\.(md|txt)$/i;
const REPORT_OR_WORD_EXTENSIONS = /\.(md|txt|docx|doc|wps)$/i;
/** The owner file Word and WPS keep beside an open document ("~$report.docx", a few bytes naming who has it open): never a report. */
const OFFICE_OWNER_FILE = /(^|[\\/])~\$[^\\/]*$/;

/** Whether a path is an Office owner file ("~$report.docx"), which folder walks skip. */
export function isOfficeOwnerFile(path: string): boolean {
  return OFFICE_OWNER_FILE.test(path);
}

// Resolves every pattern against `cwd`; an empty list means the current folder. `word`: folders also
// yield Word files (the CLI and the server's workspace lint and index read them), but not Office's
// "~$" owner files.
// Files come back de-duplicated and sorted by path, so output order never depends on the file system.
export function collectFiles(patterns: readonly string[], cwd: string, options: { word?: boolean } = {}): CollectResult {
  const candidates = options.word ? { test: (file: string) => REPORT_OR_WORD_EXTENSIONS.test(file) && !isOfficeOwnerFile(file) } : REPORT_EXTENSIONS;
  const byPath = new Map<string, FileTarget>();
  const problems: CollectProblem[] = [];
  const add = (target: FileTarget) => {
    const prev = byPath.get(target.path);
    if (!prev || (!prev.explicit && target.explicit)) byPath.set(target.path, target);
  };
  for (const pattern of patterns.length ? patterns : ['.']) {
    const abs = resolve(cwd, pattern);
    const kind = statKind(abs);
    if (kind === 'dir') {
      walk(abs, (file) => candidates.test(file), problems, pattern).forEach((p) => add({ path: p, explicit: false }));
    } else if (kind === 'file') {
      add({ path: abs, explicit: true });
    } else if (kind === 'other') {
      problems.push({ kind: 'unreadable', pattern, path: abs, detail: 'not a regular file' });
    } else if (isGlob(pattern)) {
      const matches = expandGlob(pattern, cwd, problems);
      if (matches.length === 0) problems.push({ kind: 'no-match', pattern });
      matches.forEach((p) => add({ path: p, explicit: true }));
    } else {
      problems.push({ kind: 'not-found', pattern, path: abs });
    }
  }
  const files = [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, problems };
}

// Orders paths by UTF-16 code units: the same on every machine and locale (unlike localeCompare).
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Whether a command-line argument is a glob rather than a plain path.
export function isGlob(pattern: string): boolean {
  return picomatch.scan(toSlashes(pattern)).isGlob;
}

/** Expands a glob by walking its literal base folder and matching the rest, e.g. "reports/**\/*.md". */
function expandGlob(pattern: string, cwd: string, problems: CollectProblem[]): string[] {
  const slashed = toSlashes(pattern);
  const scan = picomatch.scan(slashed);
  const base = resolve(cwd, scan.base || '.');
  if (statKind(base) !== 'dir') return [];
  const isMatch = picomatch(scan.glob, { dot: false });
  // Matching against the path relative to the base keeps absolute and "../" patterns working.
  return walk(base, (file) => isMatch(toSlashes(relative(base, file))), problems, pattern);
}

/**
 * Lists files under `root` that `accept` takes, skipping node_modules and .git. Symbolic links are
 * followed only when they lead somewhere inside `root`, and only after the plain folders, so a file
 * keeps its real path when it is also reachable through a link; each real folder and file is taken once.
 */
function walk(root: string, accept: (file: string) => boolean, problems: CollectProblem[], pattern: string): string[] {
  const out: string[] = [];
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch (e) {
    problems.push({ kind: 'unreadable', pattern, path: root, detail: errCode(e) });
    return out;
  }
  const seenDirs = new Set<string>([rootReal]);
  const seenFiles = new Set<string>();
  const stack: { path: string; real: string }[] = [{ path: root, real: rootReal }];
  const links: { path: string; name: string }[] = [];
  const takeFile = (path: string, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    if (accept(path)) out.push(path);
  };
  for (;;) {
    const next = stack.pop();
    if (!next) {
      // Plain folders are done: now the links, in a stable order.
      const link = links.shift();
      if (!link) break;
      let real: string;
      try {
        real = realpathSync(link.path);
      } catch {
        continue; // dangling link
      }
      if (!isInside(rootReal, real)) continue;
      const kind = statKind(real);
      if (kind === 'file') takeFile(link.path, real);
      else if (kind === 'dir' && !SKIPPED_DIRS.has(link.name) && !seenDirs.has(real)) {
        seenDirs.add(real);
        stack.push({ path: link.path, real });
      }
      continue;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(next.path, { withFileTypes: true });
    } catch (e) {
      problems.push({ kind: 'unreadable', pattern, path: next.path, detail: errCode(e) });
      continue;
    }
    entries.sort((a, b) => comparePaths(a.name, b.name));
    for (const entry of entries) {
      const path = join(next.path, entry.name);
      const real = join(next.real, entry.name);
      if (entry.isSymbolicLink()) links.push({ path, name: entry.name });
      else if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name) && !seenDirs.has(real)) {
          seenDirs.add(real);
          stack.push({ path, real });
        }
      } else if (entry.isFile()) takeFile(path, real);
    }
  }
  return out;
}

function statKind(path: string): 'file' | 'dir' | 'other' | null {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return null;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

function toSlashes(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? String(e);
}
