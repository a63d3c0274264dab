// Turns a VS Code snippet body into the text the editor inserts when every placeholder keeps its
// default: `${1:2025}` → 2025, a bare `${1}` / `$1` mirrors tab stop 1's default, `$0` → nothing.
// Enough of the snippet grammar for our snippets (no choices, variables, nesting or transforms).

const placeholder = /\$\{(\d+):((?:\\.|[^\\}])*)\}/g;
const bareStop = /\$\{(\d+)\}|\$(\d+)/g;

/** The inserted text of a snippet body (its lines joined by `eol`). */
export function expandSnippet(body: string | string[], eol = '\n'): string {
  const text = Array.isArray(body) ? body.join(eol) : body;
  const defaults = new Map<string, string>();
  for (const m of text.matchAll(placeholder)) if (!defaults.has(m[1])) defaults.set(m[1], m[2]);
  // One pass over all three forms, so a default's own text is never rescanned.
  const any = new RegExp(`${placeholder.source}|${bareStop.source}|\\\\[\\\\$}]`, 'g');
  return text.replace(any, (all, _n?: string, value?: string, a?: string, b?: string) => {
    if (all.startsWith('\\')) return all.slice(1);
    if (value !== undefined) return value.replace(/\\([\\$}])/g, '$1');
    const n = a ?? b ?? '';
    return n === '0' ? '' : (defaults.get(n) ?? '').replace(/\\([\\$}])/g, '$1');
  });
}
