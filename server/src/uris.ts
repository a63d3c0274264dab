// File URIs and paths: documents arrive as URIs, the file system and config lookup need paths, and
// two spellings of one file's URI (percent-encoding differs between clients) must compare equal.

import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI, or undefined for other schemes (untitled:, …) and bad URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path, in Node's canonical spelling. */
export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

/** One spelling per file: file URIs are re-encoded canonically, others are kept as they are. */
export function canonicalUri(uri: string): string {
  const path = uriToPath(uri);
  return path === undefined ? uri : pathToUri(path);
}
