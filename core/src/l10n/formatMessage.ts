// Renders a message id and its arguments in the user's language, from the l10n bundles
// (l10n/messages.<locale>.json): the one place where user-facing text lives.

import en from '../../../l10n/messages.en.json' with { type: 'json' };
import zhCn from '../../../l10n/messages.zh-cn.json' with { type: 'json' };
import type { Locale } from '../types.js';

const bundles: Record<Locale, Record<string, string>> = { 'zh-cn': zhCn, en };

/** The locale for a VS Code / POSIX language tag: Chinese variants → zh-cn, everything else → en. */
export function localeFor(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}

/** Message texts cut at their {placeholders}: literal, name, literal, name, …, literal. */
const compiled = new Map<string, string[]>();

/** The pieces of a message text, cut once per bundle text (an unknown id is cut each time, not kept). */
function piecesOf(template: string, remember: boolean): string[] {
  const cached = compiled.get(template);
  if (cached) return cached;
  const pieces: string[] = [];
  const placeholder = /\{(\w+)\}/g;
  let from = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    pieces.push(template.slice(from, m.index), m[1]);
    from = m.index + m[0].length;
  }
  pieces.push(template.slice(from));
  if (remember) compiled.set(template, pieces);
  return pieces;
}

export function formatMessage(messageId: string, args: Record<string, string | number>, locale: Locale = 'zh-cn'): string {
  const known = bundles[locale][messageId] ?? bundles['zh-cn'][messageId];
  const pieces = piecesOf(known ?? messageId, known !== undefined);
  let out = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i];
    if (!(name in args)) out += `{${name}}`;
    else {
      const value = String(args[name]);
      // An argument "@id" naming a message of the bundles is itself that message (e.g. "the others
      // are 0"), rendered in the same language; any other text (a cell "@3", say) is shown as it is.
      out += value.startsWith('@') && value.slice(1) in bundles['zh-cn'] ? formatMessage(value.slice(1), {}, locale) : value;
    }
    out += pieces[i + 1];
  }
  return out;
}
