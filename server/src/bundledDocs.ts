// The rule docs shipped with the server (docs/rules/ of the extension or npm package): diagnostics
// link to them as files (offline machines reach no website), and they are never linted themselves
// (their examples would be findings in a page the user opened to read).

import { existsSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

let bundledDocs: string | null | undefined;

/** The folder of the bundled rule docs, if present. */
export function bundledDocsDir(): string | null {
  if (bundledDocs !== undefined) return bundledDocs;
  bundledDocs = null;
  // dist/server.cjs in the extension and the npm package; out/server/src/ when run from tsc output.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, 'docs', 'rules');
    if (existsSync(join(candidate, 'sum-row-total.md'))) {
      bundledDocs = candidate;
      break;
    }
    dir = dirname(dir);
  }
  return bundledDocs;
}

/** Whether a file is one of the bundled docs pages. */
export function isBundledDoc(path: string | undefined): boolean {
  const dir = path === undefined ? null : bundledDocsDir();
  if (!dir || path === undefined) return false;
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
