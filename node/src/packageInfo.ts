// The tool's version and home page, read from the package.json next to the running code.
// Works both from the bundle (dist/cli.cjs) and from the tsc output (out/cli/src/*.js).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface PackageInfo {
  version: string;
  informationUri: string;
}

const FALLBACK_URI = 'https://www.npmjs.com/package/nianbao';
let cached: PackageInfo | undefined;

// Walks up from this module's folder to nianbao's package.json; falls back to "0.0.0" if it is not found.
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  let dir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
      if (pkg.name === 'nianbao') {
        cached = { version: String(pkg.version ?? '0.0.0'), informationUri: homepage(pkg) };
        return cached;
      }
    } catch {
      /* no package.json here: keep walking */
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  cached = { version: '0.0.0', informationUri: FALLBACK_URI };
  return cached;
}

function homepage(pkg: Record<string, unknown>): string {
  if (typeof pkg.homepage === 'string') return pkg.homepage;
  const repo = pkg.repository;
  const url = typeof repo === 'string' ? repo : typeof repo === 'object' && repo ? (repo as { url?: unknown }).url : undefined;
  if (typeof url === 'string' && /^https?:\/\//.test(url.replace(/^git\+/, ''))) return url.replace(/^git\+/, '').replace(/\.git$/, '');
  return FALLBACK_URI;
}
