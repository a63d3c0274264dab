// "插入年度报告框架 / 空白表二 / 表三 / 表四": commands (palette and editor context menu) that insert
// the skeleton or a blank standard table, findable without knowing the snippet prefixes (quick
// suggestions are off in Markdown). Plain-text drafts get the plain-text shape (no #, ** or pipes);
// the year defaults to last year (reports are written in January for the year before).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { ReportStatus } from './reportStatus.js';

interface Bodies { markdown: string[]; text: string[] }
/** A snippet the completion provider offers: its prefixes, `report` or a key of `tables`, its description's bundle key. */
interface SnippetEntry { prefixes: string[]; body: string; description: string }
/** snippets/skeleton.json, written by scripts/generate-snippets.mjs. */
export interface Skeleton { defaultYear: number; report: Bodies; tables: Record<string, Bodies>; snippets: SnippetEntry[] }

/** Reads snippets/skeleton.json once. */
export function skeletonLoader(context: vscode.ExtensionContext): () => Skeleton {
  let loaded: Skeleton | undefined;
  return () => (loaded ??= JSON.parse(readFileSync(join(context.extensionPath, 'snippets', 'skeleton.json'), 'utf8')) as Skeleton);
}

/** The year a report written today is about. */
export function reportYear(today = new Date()): number {
  return today.getFullYear() - 1;
}

// The snippet text to insert: the plain-text shape outside Markdown, with the year placeholder's
// default set to `year` (its mirrors follow what the user types).
export function skeletonSnippet(bodies: Bodies, markdown: boolean, defaultYear: number, year: number): string {
  return (markdown ? bodies.markdown : bodies.text).join('\n').split(`\${1:${defaultYear}}`).join(`\${1:${year}}`);
}

// Registers the four insert commands; each resolves whether it inserted.
export function registerSkeletonCommands(skeleton: () => Skeleton, status: ReportStatus): vscode.Disposable[] {
  const insert = async (pick: (s: Skeleton, templateId: string) => Bodies | undefined): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const s = skeleton();
    // The template of the report being written (as checked), else the one for last year's report.
    const templateId = status.statusOf(editor.document.uri.toString())?.templateId ?? (reportYear() >= 2021 ? '2021' : '2019');
    const bodies = pick(s, templateId);
    if (!bodies) return false;
    const markdown = editor.document.languageId === 'markdown';
    // The plain-text shape's cells are tab-separated: as inserted, not re-indented (VS Code 1.9x and later honour keepWhitespace).
    const options: { undoStopBefore: boolean; undoStopAfter: boolean; keepWhitespace?: boolean } = { undoStopBefore: true, undoStopAfter: true, keepWhitespace: !markdown };
    return editor.insertSnippet(new vscode.SnippetString(skeletonSnippet(bodies, markdown, s.defaultYear, reportYear())), editor.selection, options);
  };
  return [
    vscode.commands.registerCommand('nianbao.insertReport', () => insert((s) => s.report)),
    ...(['active', 'requests', 'review'] as const).map((table, i) =>
      vscode.commands.registerCommand(`nianbao.insertTable${i + 2}`, () => insert((s, templateId) => s.tables[`${table}.${templateId}`]))),
  ];
}
