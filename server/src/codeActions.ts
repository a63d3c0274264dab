// Code actions for nianbao diagnostics: the finding's own quick fix (preferred when safe), "fix all
// problems of this rule in the file" (non-overlapping fixes only), "ignore this problem in the
// workspace" (an entry in the suppressions file, nothing in the draft), "disable this rule for this
// line" (a comment in the draft: Markdown only — in a plain-text draft the comment would go to Word
// and the web with the text), `source.fixAll.nianbao`: every safe fix, multipass, as one minimal
// versioned edit, and the refactoring "rewrite as the standard table" on a table of the template
// written in another shape.

import { basename } from 'node:path';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';
import { fixAll, fixOutcome, formatMessage, tableConversions, type Finding, type Fix, type LintOptions, type LineIndex, type Locale, type Report, type Template } from '../../core/src/index.js';
import { disableRuleEdit } from './disableComment.js';
import { suppressEdit, type SuppressionTarget } from './suppressAction.js';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, SHOW_RANGE_COMMAND } from '../../protocol/src/protocol.js';
import { documentEdit, minimalReplace, toTextEdits } from './textEdits.js';

interface CodeActionInput {
  uri: string;
  version: number;
  text: string;
  /** A lint of exactly `text`. */
  findings: Finding[];
  index: LineIndex;
  eol: string;
  /** Diagnostics the client sent in the request's context. */
  diagnostics: Diagnostic[];
  /** `context.only`, when the client asked for certain kinds. */
  only: string[] | undefined;
  options: LintOptions;
  locale: Locale;
  documentChanges: boolean;
  /** The range the actions are asked for (the refactoring is offered on the table it touches). */
  range?: Range;
  /** The lint's report and template (for the table refactoring). */
  report?: Report;
  template?: Template;
  /** The client shows disabled actions with their reason (else a refused refactoring is left out). */
  disabledSupport?: boolean;
  /** The report's suppressions file, when the document is a file ("ignore in the workspace" is offered). */
  suppressions?: SuppressionTarget;
  /** Offer "disable for this line" (a comment in the draft): for Markdown drafts; default true. */
  commentForm?: boolean;
  /** The client runs SHOW_RANGE_COMMAND: offer "go to the table cell" for a figure the text restates wrongly. */
  showRange?: boolean;
}

/** Whether a kind was asked for: no `only` means quick fixes; `only` entries match the kind or a parent of it. */
export function kindRequested(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return kind === CodeActionKind.QuickFix;
  return only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function sameRange(d: Diagnostic, f: Finding, index: LineIndex): boolean {
  const s = index.positionAt(f.span.start);
  const e = index.positionAt(f.span.end);
  return d.range.start.line === s.line && d.range.start.character === s.character && d.range.end.line === e.line && d.range.end.character === e.character;
}

/** The finding behind a diagnostic of the current text (same rule, same range), if there is one. */
function findingFor(d: Diagnostic, input: CodeActionInput): Finding | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') return undefined;
  return input.findings.find((f) => f.ruleId === d.code && sameRange(d, f, input.index));
}

function action(title: string, kind: string, input: CodeActionInput, edits: Fix['edits'], diagnostics?: Diagnostic[], isPreferred?: boolean): CodeAction {
  const result: CodeAction = { title, kind, edit: documentEdit(input.uri, input.version, toTextEdits(edits, input.index), input.documentChanges) };
  if (diagnostics) result.diagnostics = diagnostics;
  if (isPreferred) result.isPreferred = true;
  return result;
}

function quickFixes(input: CodeActionInput): CodeAction[] {
  const fixes: CodeAction[] = [];
  const ruleFixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const ignores: CodeAction[] = [];
  const goTos: CodeAction[] = [];
  const rulesDone = new Set<string>();
  const linesDone = new Set<string>();
  for (const diagnostic of input.diagnostics) {
    const finding = findingFor(diagnostic, input);
    if (!finding) continue;
    const { ruleId } = finding;
    if (finding.fix) {
      // A fix that would bring up a new finding (a sum that no longer holds) says so in its title.
      const outcome = fixOutcome(input.text, finding, input.options);
      const worse = Math.max(outcome.added.length, outcome.sumsBroken);
      const plain = formatMessage(finding.fix.messageId, finding.fix.args, input.locale);
      const title = worse > 0 ? formatMessage('fix.introduces', { title: plain, count: worse }, input.locale) : plain;
      fixes.push(action(title, CodeActionKind.QuickFix, input, finding.fix.edits, [diagnostic], finding.fix.safe && worse === 0));
    }
    if (finding.fix?.safe && !rulesDone.has(ruleId)) {
      rulesDone.add(ruleId);
      if (input.findings.filter((f) => f.ruleId === ruleId && f.fix?.safe).length > 1) {
        // The rule's fixes through the same gate as "fix all" (never one that makes the report worse).
        const result = fixAll(input.text, input.options, (f) => f.ruleId === ruleId);
        const edit = minimalReplace(input.text, result.text);
        const title = formatMessage('action.fixAllRule', { rule: ruleId, count: result.applied }, input.locale);
        if (edit && result.applied > 1) ruleFixes.push(action(title, CodeActionKind.QuickFix, input, [edit]));
      }
    }
    // A figure of the text that disagrees with the tables: the table's cell, one click away (never an edit).
    if (input.showRange && ruleId === 'text-table-mismatch') {
      for (const cell of finding.related.filter((r) => r.messageId === 'related.claimCell' && !r.elsewhere)) {
        const title = formatMessage('action.goToCell', { tableName: String(cell.args.tableName), name: String(cell.args.name), value: cell.args.value ?? '' }, input.locale);
        const range = { start: input.index.positionAt(cell.start), end: input.index.positionAt(cell.end) };
        goTos.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: SHOW_RANGE_COMMAND, arguments: [input.uri, range] } });
      }
    }
    const target = input.suppressions;
    const ignore = target && ruleId !== 'internal-error' ? suppressEdit(target, finding, input.text, input.locale, input.documentChanges) : undefined;
    if (ignore && target) {
      const title = formatMessage('action.suppress', { file: basename(target.loaded.path) }, input.locale);
      ignores.push({ title, kind: CodeActionKind.QuickFix, edit: ignore, diagnostics: [diagnostic] });
    }
    const line = input.index.lineAt(finding.span.start);
    if (input.commentForm !== false && ruleId !== 'internal-error' && !linesDone.has(`${line}:${ruleId}`)) {
      linesDone.add(`${line}:${ruleId}`);
      const disable = disableRuleEdit(input.index, line, ruleId, input.eol);
      if (disable) {
        const title = formatMessage(disable.wholeTable ? 'action.disableTable' : 'action.disableLine', { rule: ruleId }, input.locale);
        disables.push(action(title, CodeActionKind.QuickFix, input, disable.edits, [diagnostic]));
      }
    }
  }
  return [...fixes, ...goTos, ...ruleFixes, ...ignores, ...disables];
}

// The `source.fixAll.nianbao` action: the core's multipass fixAll over the whole text, returned as
// the one replacement of the region that changed (undefined when nothing is fixable).
function fixAllAction(input: Pick<CodeActionInput, 'uri' | 'version' | 'text' | 'index' | 'options' | 'locale' | 'documentChanges'>): CodeAction | undefined {
  const fixed = fixAll(input.text, input.options).text;
  const edit = minimalReplace(input.text, fixed);
  if (!edit) return undefined;
  return {
    title: formatMessage('action.fixAll', {}, input.locale),
    kind: FIX_ALL_KIND,
    edit: documentEdit(input.uri, input.version, toTextEdits([edit], input.index), input.documentChanges),
  };
}

/** Where "rewrite as the standard table" lists the values it cannot place (at most this many, then …). */
const MAX_LISTED = 5;

// "Rewrite as the standard 表N" on the table the range touches, when it is not written as its standard
// table yet. When something in the table's lines has no place in the standard table the action is
// offered disabled, its reason naming what would be lost: the refactoring never drops a value.
function convertTableActions(input: CodeActionInput): CodeAction[] {
  const { range, report, template } = input;
  if (!range || !report || !template) return [];
  const start = input.index.offsetAt(range.start);
  const end = input.index.offsetAt(range.end);
  const out: CodeAction[] = [];
  // Only the tables the range touches are converted (code actions are asked for at every cursor move).
  for (const conversion of tableConversions(report, template, input.index, { start, end })) {
    if (conversion.span.start > end || conversion.span.end < start) continue;
    const title = formatMessage('action.convertTable', { name: conversion.name }, input.locale);
    if (conversion.lost.length === 0) {
      out.push(action(title, CodeActionKind.RefactorRewrite, input, [{ ...conversion.span, text: conversion.text }]));
      continue;
    }
    if (!input.disabledSupport) continue;
    const items = conversion.lost.slice(0, MAX_LISTED).map((l) => formatMessage('action.convertTable.item', { line: l.line + 1, text: l.text }, input.locale));
    if (conversion.lost.length > MAX_LISTED) items.push('…');
    out.push({ title, kind: CodeActionKind.RefactorRewrite, disabled: { reason: formatMessage('action.convertTable.refused', { name: conversion.name, items: items.join(formatMessage('action.convertTable.separator', {}, input.locale)) }, input.locale) } });
  }
  return out;
}

// All actions for a request, in the order the lightbulb shows them.
export function codeActions(input: CodeActionInput): CodeAction[] {
  const out: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, input.only)) out.push(...quickFixes(input));
  if (input.only && kindRequested(FIX_ALL_KIND, input.only)) {
    const fixAllOne = fixAllAction(input);
    if (fixAllOne) out.push(fixAllOne);
  }
  // The refactoring comes with the lightbulb's quick fixes (no `only`) and when refactorings are asked for.
  if (!input.only || input.only.length === 0 || kindRequested(CodeActionKind.RefactorRewrite, input.only)) out.push(...convertTableActions(input));
  return out;
}
