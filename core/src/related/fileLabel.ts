// How a message names another file: its last path segment (a path or a file: URI, decoded).

/** The file name of a path or URI, for messages ("nongye-2024.md"). */
export function fileLabel(file: string): string {
  const last = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1) || file;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
