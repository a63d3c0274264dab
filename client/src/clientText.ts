// The client's own words in the language `nianbao.messageLanguage` asks for (the server does the
// same for its messages): `zh-cn` and `en` whatever VS Code's display language, `auto` VS Code's.
// Texts are English keys of l10n/bundle.l10n.json, translated in l10n/bundle.l10n.zh-cn.json.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';

let chinese: Record<string, string> | undefined;
let extensionPath: string | undefined;

/** Remembers where the bundles are (called once on activation). */
export function initClientText(context: vscode.ExtensionContext): void {
  extensionPath = context.extensionPath;
  chinese = undefined;
}

/** The message language in effect: the setting, with `auto` resolved to VS Code's display language (the preview's and the paste's text). */
export function messageLanguage(): 'zh-cn' | 'en' {
  const set = vscode.workspace.getConfiguration('nianbao').get<string>('messageLanguage', 'zh-cn');
  if (set === 'en' || set === 'zh-cn') return set;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

function chineseBundle(): Record<string, string> {
  if (!chinese) {
    try {
      chinese = extensionPath ? (JSON.parse(readFileSync(join(extensionPath, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>) : {};
    } catch {
      chinese = {};
    }
  }
  return chinese;
}

function fill(template: string, args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : whole));
}

/** Like vscode.l10n's t(): an English text with {0}-style holes, translated per nianbao.messageLanguage. */
export const l10n = {
  t(message: string, ...args: (string | number)[]): string {
    const set = vscode.workspace.getConfiguration('nianbao').get<string>('messageLanguage', 'zh-cn');
    if (set === 'auto') return vscode.l10n.t(message, ...args);
    return fill(set === 'en' ? message : (chineseBundle()[message] ?? message), args);
  },
};
