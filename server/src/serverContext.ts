// The state the server's features share: the connection, open documents, settings and config files,
// workspace folders, the message language and what the client can do. One instance per server.

import { sep } from 'node:path';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions, Locale, RelatedReports } from '../../core/src/index.js';
import { ConfigProblems } from './configProblems.js';
import { ErrorReporter } from './guard.js';
import { ServerLog } from './serverLog.js';
import { ConfigFiles, mergeOptions } from './lintConfig.js';
import type { NianbaoSettings } from '../../protocol/src/protocol.js';
import type { SettingsStore } from './settings.js';
import { uriToPath } from './uris.js';
import { loadSuppressions, reportKeyIn, suppressionsPathFor, type LoadedSuppressions } from '../../node/src/suppressionsFile.js';

interface ClientAbilities {
  /** WorkspaceEdit.documentChanges (versioned edits). */
  documentChanges: boolean;
  /** window/workDoneProgress/create. */
  workDoneProgress: boolean;
  /** Dynamic registration of workspace/didChangeWatchedFiles. */
  watchedFilesRegistration: boolean;
  /** CodeAction.disabled (an action shown greyed out with the reason it cannot be applied). */
  disabledCodeActions?: boolean;
  /** The client runs SHOW_RANGE_COMMAND itself (the "go to the table cell" action is offered). */
  showRange?: boolean;
}

export interface LintSetup {
  settings: NianbaoSettings;
  options: LintOptions;
  path: string | undefined;
  /** The language of messages for this resource (`nianbao.messageLanguage`, 'auto' resolved). */
  locale: Locale;
  /** The report's suppressions file and how it names the report (documents that are files only). */
  suppressions?: { loaded: LoadedSuppressions; key: string };
}

/** Suppressions files as last read, by path, until one changes on disk (the client's file watcher says). */
class SuppressionFiles {
  private cache = new Map<string, LoadedSuppressions>();

  get(path: string): LoadedSuppressions {
    let loaded = this.cache.get(path);
    if (!loaded) {
      loaded = loadSuppressions(path);
      this.cache.set(path, loaded);
    }
    return loaded;
  }

  clear(): void {
    this.cache = new Map();
  }
}

export class ServerContext {
  /** A config that is a symbolic link may lead into a workspace folder, nowhere else outside its own folder. */
  readonly configFiles = new ConfigFiles(() => this.folders);
  readonly suppressionFiles = new SuppressionFiles();
  readonly configProblems: ConfigProblems;
  /** What the server did, for the client's output channel. */
  readonly log: ServerLog;
  /** Absolute paths of the workspace folders. */
  folders: string[] = [];
  /** The other reports of the workspace (the workspace index), for the cross-report rules. */
  related: RelatedReports | undefined;

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
    readonly errors: ErrorReporter,
    /** The client's display language (initialization `locale`): what `messageLanguage: 'auto'` means. */
    readonly displayLocale: Locale,
    readonly abilities: ClientAbilities,
  ) {
    this.configProblems = new ConfigProblems(connection);
    this.log = new ServerLog(connection);
  }

  /** The message language settings ask for: `zh-cn` / `en` as set, `auto` the client's own. */
  localeOf(settings: NianbaoSettings): Locale {
    return settings.messageLanguage === 'auto' ? this.displayLocale : settings.messageLanguage;
  }

  /** The message language of the window-wide settings (progress, server-wide notices). */
  async windowLocale(): Promise<Locale> {
    return this.localeOf(await this.settings.get(undefined));
  }

  // Settings and lint options for a resource: editor settings (scoped to `scopeUri`) over the nearest
  // .nianbaorc.json of the file at `uri` (a broken one is ignored, and reported on the config file).
  async setupFor(uri: string, scopeUri: string = uri): Promise<LintSetup> {
    const settings = await this.settings.get(scopeUri);
    const path = uriToPath(uri);
    const found = this.configFiles.forFile(path);
    const locale = this.localeOf(settings);
    this.configProblems.note(found, locale);
    // Every lint of this document compares with the workspace's other reports, and knows its own name among them.
    const options: LintOptions = { ...mergeOptions(settings, found), related: this.related, file: uri };
    if (!path) return { settings, options, path, locale };
    // The suppressions file beside the config, else in the workspace folder that holds the report.
    const folder = this.folders.filter((f) => path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
    const loaded = this.suppressionFiles.get(suppressionsPathFor(path, found?.path, folder));
    const key = reportKeyIn(loaded.path, path);
    const entries = loaded.file?.files[key];
    if (entries?.length) options.suppressions = entries;
    if (loaded.problem !== undefined) this.log.suppressionsProblem(loaded.path, loaded.problem, locale);
    return { settings, options, path, locale, suppressions: { loaded, key } };
  }
}
