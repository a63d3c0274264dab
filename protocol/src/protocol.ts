// The contract between the nianbao language server and its clients (the VS Code client, tests, any
// LSP editor): command ids, custom notifications, settings and initialization options. Plain
// constants, types and pure string helpers only, so both sides can import it without pulling in either runtime.

import type { ReportFigures } from '../../core/src/index.js';

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'nianbao';

/** Language ids the VS Code client sends (the server itself accepts any: other editors say 'text'). */
export const LANGUAGE_IDS = ['markdown', 'plaintext'] as const;

/**
 * `workspace/executeCommand` commands the server registers (executeCommandProvider).
 * NOTE for the VS Code client: vscode-languageclient registers these as VS Code commands itself
 * (ExecuteCommandFeature); contribute their titles in package.json but do not register them again.
 * `vscode.commands.executeCommand(Commands.lintWorkspace)` resolves to a LintWorkspaceResult.
 */
export const Commands = {
  /** Lint every report in all workspace folders; no arguments; returns LintWorkspaceResult. */
  lintWorkspace: 'nianbao.lintWorkspace',
  /** Stops a running workspace lint between files (it then returns its partial results, `cancelled`). */
  cancelWorkspaceLint: 'nianbao.cancelWorkspaceLint',
  /**
   * Lints the workspace as lintWorkspace does and returns the county roll-up of its reports
   * (`nianbao summary`) as Markdown in the message language: a WorkspaceSummaryResult.
   */
  workspaceSummary: 'nianbao.workspaceSummary',
} as const;

/** What `nianbao.workspaceSummary` returns. */
export interface WorkspaceSummaryResult {
  /** The roll-up as Markdown (what `nianbao summary --format md` writes). */
  markdown: string;
  /** Reports summed or listed. */
  reports: number;
  /** The workspace lint was stopped: the roll-up covers the files done so far. */
  cancelled: boolean;
}

/** Code action kind of "fix all safe problems" (use with `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.nianbao';

/** Server → client notification after every lint of an open document (for a language status item). */
export const STATUS_NOTIFICATION = 'nianbao/status';

export interface StatusParams {
  uri: string;
  /**
   * 'linted': checked as a report; 'notReport': not a report (no diagnostics); 'tooLarge' / 'binary':
   * skipped; 'stopped': the check ran past `nianbao.lintTimeoutSeconds` (or failed) and was stopped.
   */
  state: 'linted' | 'notReport' | 'tooLarge' | 'binary' | 'stopped';
  /** The template the report was checked against (only when linted). */
  templateId?: '2021' | '2019';
  counts: { error: number; warning: number; info: number };
  /** Findings not shown because the workspace's suppressions file ignores them (only when some are). */
  suppressed?: number;
}

/** What `nianbao.lintWorkspace` returns. */
export interface LintWorkspaceResult {
  /** Report files checked (or reported as unreadable/binary/too large). */
  files: number;
  /** Diagnostics published for them in total. */
  problems: number;
  /** The run was cancelled; files done so far keep their diagnostics. */
  cancelled: boolean;
  /** Every report checked (open documents included, as their current text), in walk order. */
  reports?: ReportSummary[];
  /** Every rule, named in the message language (for grouping and exports). */
  rules?: RuleSummary[];
}

/** A rule as the results view names it. */
export interface RuleSummary {
  id: string;
  /** What the rule checks, in the message language. */
  name: string;
  docsUrl: string;
  defaultSeverity: 'error' | 'warning' | 'info';
}

/** One finding of a ReportSummary: text in the message language, 1-based lines and columns (UTF-16). */
export interface SummaryMessage {
  /** null for a file that could not be checked (the message says why). */
  ruleId: string | null;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One report in the results of nianbao.lintWorkspace (the reviewer's results view). */
export interface ReportSummary {
  uri: string;
  /** Absolute path. */
  filePath: string;
  /** Path relative to its workspace folder (forward slashes). */
  file: string;
  state: 'linted' | 'tooLarge' | 'binary' | 'undecodable' | 'unreadable' | 'stopped';
  /** The body named in the title (before the year), when there is one. */
  body?: string;
  year?: number;
  templateId?: string;
  counts: { error: number; warning: number; info: number };
  /** No sum-* finding (only when linted). */
  sumsHold?: boolean;
  /** Findings the workspace's suppressions file ignores (not in `counts` or `messages`; only when some are). */
  suppressed?: number;
  messages: SummaryMessage[];
  /** Its tables' figures, only for nianbao.workspaceSummary (core ReportFigures, named by `file`). */
  figures?: ReportFigures;
}

/** LSP `WatchKind` bits of a file watcher (a watcher without `kind` watches all three). */
const WatchKinds = { create: 1, change: 2, delete: 4 } as const;

/**
 * What the server watches (registered dynamically when the client allows it; else watch these
 * yourself): its files created or changed, and every deletion. A deleted folder is reported for the
 * folder's own path only (VS Code sends no events for the files that were in it), which no file glob
 * matches; the server clears what it had of the files under a deleted path it does not know as a file.
 */
export const WATCHED_FILES: readonly { globPattern: string; kind: number }[] = [
  ...['**/.nianbaorc.json', '**/.nianbao-suppressions.json', '**/*.md', '**/*.txt', '**/*.docx', '**/*.doc', '**/*.wps']
    .map((globPattern) => ({ globPattern, kind: WatchKinds.create | WatchKinds.change })),
  { globPattern: '**/*', kind: WatchKinds.delete },
];

/**
 * Word files in the workspace lint: their diagnostics (and results-view entries) are published under
 * the draft URI, this scheme on the file's own path (`nianbao-word:///reports/a.docx`), whose
 * ranges are in the Markdown draft converted from the file (what `nianbao convert` writes), each on
 * the text it is about. The VS Code client shows that text as a read-only Markdown document (a
 * TextDocumentContentProvider asking WORD_DRAFT_REQUEST); other clients may ask too.
 */
export const WORD_DRAFT_SCHEME = 'nianbao-word';

/** `{ uri }` (the draft URI or the file URI) → `{ text }`: the converted Markdown draft, or why the file could not be read. Nothing is written to disk. */
export const WORD_DRAFT_REQUEST = 'nianbao/wordDraft';

/** The draft URI of a Word file's `file:` URI. */
export function wordDraftUri(fileUri: string): string {
  return WORD_DRAFT_SCHEME + fileUri.slice(fileUri.indexOf(':'));
}

/** The `file:` URI of a draft URI (other URIs are returned as they are). */
export function wordFileUri(uri: string): string {
  return uri.startsWith(WORD_DRAFT_SCHEME + ':') ? 'file' + uri.slice(WORD_DRAFT_SCHEME.length) : uri;
}

export type TemplateSetting = 'auto' | '2021' | '2019';
export type RuleSeveritySetting = 'off' | 'info' | 'warning' | 'error';
/** `zh-cn` / `en`: that language; `auto`: the client's display language (initialization `locale`). */
export type MessageLanguageSetting = 'zh-cn' | 'en' | 'auto';

/** The `nianbao` settings section, as returned by `workspace/configuration` for a document. */
export interface NianbaoSettings {
  /** Which template to check against; 'auto' lets .nianbaorc.json or the report's year decide. */
  template: TemplateSetting;
  /** Per-rule severity; wins over .nianbaorc.json rule by rule. */
  rules: Record<string, RuleSeveritySetting>;
  files: {
    /** Globs (relative to the workspace folder) of files always checked, report-like or not. */
    include: string[];
    /** Globs of files never checked; wins over include. */
    exclude: string[];
  };
  /** Lint while typing (debounced) or only when saved. */
  run: 'onType' | 'onSave';
  /** Debounce delay for 'onType', in milliseconds. */
  debounceMs: number;
  /** Larger documents are skipped with one information diagnostic. */
  maxFileSizeMB: number;
  /** A lint still running after this many seconds is stopped; the document gets one diagnostic saying so. */
  lintTimeoutSeconds: number;
  /** Overrides the base of rule documentation links (`<base><rule-id>.md`); empty: the built-in one. */
  docsBaseUrl: string;
  /**
   * Language of diagnostics, hovers, code action titles and progress. VS Code's setting defaults to
   * 'zh-cn' (the package.json default); a client that sends nothing gets 'auto' (its own locale).
   */
  messageLanguage: MessageLanguageSetting;
}

export const DEFAULT_SETTINGS: NianbaoSettings = {
  template: 'auto',
  rules: {},
  files: { include: [], exclude: [] },
  run: 'onType',
  debounceMs: 200,
  maxFileSizeMB: 2,
  lintTimeoutSeconds: 5,
  docsBaseUrl: '',
  messageLanguage: 'auto',
};

// Settings reach the server by `workspace/configuration` (pull); it registers for
// `workspace/didChangeConfiguration` itself when the client allows dynamic registration, and also
// accepts the notifications of `synchronize.configurationSection` (several in a row cost one re-lint).
// The server does not filter by language id: the client chooses which documents to send.

/** `initializationOptions` the server understands (all optional). */
/**
 * A command the VS Code client runs itself (never sent to the server): select a range of a document,
 * opening it if need be. Arguments: the document URI (string) and an LSP Range. Code actions use it
 * only for clients that say they have it (InitializationOptions.clientCommands).
 */
export const SHOW_RANGE_COMMAND = 'nianbao.showRange';

export interface InitializationOptions {
  /** VS Code display language (`vscode.env.language`); Chinese → Chinese messages, else English. */
  locale?: string;
  /** Commands the client runs itself (SHOW_RANGE_COMMAND); other clients get no action that needs them. */
  clientCommands?: string[];
  /** Settings for clients that do not answer `workspace/configuration`. */
  settings?: Partial<NianbaoSettings>;
}

/** `Diagnostic.data` of every nianbao diagnostic: enough to rebuild its fix. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the diagnostic was computed for (null for unopened files). */
  version: number | null;
  /** The core fix (offset edits valid for `version`), when the finding has one. */
  fix?: {
    messageId: string;
    args: Record<string, string | number>;
    edits: { start: number; end: number; text: string }[];
    safe: boolean;
  };
}
