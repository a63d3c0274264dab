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

export function formatMessage(messageId: string, args: Record<string, string | number>, locale: Locale = 'zh-cn'): string {
  const template = bundles[locale][messageId] ?? bundles['zh-cn'][messageId] ?? messageId;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in args)) return whole;
    const value = String(args[name]);
    // An argument "@id" is itself a message (e.g. "the others are 0"), rendered in the same language.
    return value.startsWith('@') ? formatMessage(value.slice(1), {}, locale) : value;
  });
}

export function hasMessage(messageId: string, locale: Locale): boolean {
  return messageId in bundles[locale];
}
