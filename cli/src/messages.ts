// The command line's own words (help, usage errors, file problems, summaries): the "cli.*" entries
// of the l10n bundles, where the rules' messages are too.

import type bundle from '../../l10n/messages.zh-cn.json';
import { formatMessage } from '../../core/src/index.js';
import type { Locale } from '../../core/src/index.js';

/** The CLI's message keys: the bundle's "cli.<key>" entries (l10n/messages.<locale>.json). */
type CliMessageKey = keyof typeof bundle extends infer K ? (K extends `cli.${infer Key}` ? Key : never) : never;

// Looks up a CLI string ("cli.<key>" in the l10n bundles) in the locale and fills its {placeholders}.
export function t(key: CliMessageKey, locale: Locale, args: Record<string, string | number> = {}): string {
  return formatMessage(`cli.${key}`, args, locale);
}

// Renders a byte count the way people read it (e.g. "5 MB", "812 KB").
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
