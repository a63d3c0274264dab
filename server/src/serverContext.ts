// The state the server's features share: the connection, open documents, settings and config files,
// workspace folders, the message language and what the client can do. One instance per server.

import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions, Locale } from '../../core/src/index.js';
import { ConfigProblems } from './configProblems.js';
import { ErrorReporter } from './guard.js';
import { ConfigFiles, mergeOptions } from './lintConfig.js';
import type { NianbaoSettings } from './protocol.js';
import type { SettingsStore } from './settings.js';
import { uriToPath } from './uris.js';

export interface ClientAbilities {
  /** WorkspaceEdit.documentChanges (versioned edits). */
  documentChanges: boolean;
  /** window/workDoneProgress/create. */
  workDoneProgress: boolean;
  /** Dynamic registration of workspace/didChangeWatchedFiles. */
  watchedFilesRegistration: boolean;
}

export interface LintSetup {
  settings: NianbaoSettings;
  options: LintOptions;
  path: string | undefined;
}

export class ServerContext {
  readonly configFiles = new ConfigFiles();
  readonly configProblems: ConfigProblems;
  /** Absolute paths of the workspace folders. */
  folders: string[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
    readonly errors: ErrorReporter,
    readonly locale: Locale,
    readonly abilities: ClientAbilities,
  ) {
    this.configProblems = new ConfigProblems(connection, locale);
  }

  // Settings and lint options for a resource: editor settings (scoped to `scopeUri`) over the nearest
  // .nianbaorc.json of the file at `uri` (a broken one is ignored, and reported on the config file).
  async setupFor(uri: string, scopeUri: string = uri): Promise<LintSetup> {
    const settings = await this.settings.get(scopeUri);
    const path = uriToPath(uri);
    const found = this.configFiles.forFile(path);
    this.configProblems.note(found);
    return { settings, options: mergeOptions(settings, found), path };
  }
}
