// Wires the nianbao language server onto a connection: capabilities, document sync, settings and
// file watching, the workspace-lint command and the per-document features. Every handler is guarded,
// so an exception is logged once and answered with an empty result instead of ending the server.

import { writeHeapSnapshot } from 'node:v8';
import { basename } from 'node:path';
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments,
  type Connection, type InitializeParams, type InitializeResult, type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localeFor } from '../../core/src/index.js';
import { CONFIG_FILE_NAME } from '../../node/src/findConfig.js';
import { SUPPRESSIONS_FILE_NAME } from '../../core/src/index.js';
import { packageInfo } from '../../node/src/packageInfo.js';
import { COMPLETION_TRIGGERS, registerAuthoring } from './authoring.js';
import { registerWordDrafts } from './readWordFile.js';
import { DocumentFeatures } from './documentFeatures.js';
import { ErrorReporter } from './guard.js';
import { LiveLinter } from './liveLinter.js';
import { Commands, FIX_ALL_KIND, SHOW_RANGE_COMMAND, WATCHED_FILES, type InitializationOptions } from '../../protocol/src/protocol.js';
import { ServerContext } from './serverContext.js';
import { normalizeSettings, SettingsStore } from './settings.js';
import { uriToPath } from './uris.js';
import { WorkspaceIndex } from './workspaceIndex.js';
import { WorkspaceLint } from './workspaceLint.js';
import { workspaceSummary } from './workspaceSummary.js';

/** The longest a workspace lint waits for the workspace index to be built. */
const INDEX_WAIT_MS = 30_000;

/** How long to wait for more configuration notifications before re-linting. */
const CONFIG_SETTLE_MS = 30;

function folderPaths(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const paths = uris.map(uriToPath).filter((p): p is string => p !== undefined);
  if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
  return paths;
}

// Starts serving on a connection (stdio, node-ipc or socket: the caller chose) and listens.
export function startServer(connection: Connection): ErrorReporter {
  const errors = new ErrorReporter({ error: (m) => connection.console.error(m) });
  const documents = new TextDocuments(TextDocument);
  let ctx: ServerContext | undefined;
  let live: LiveLinter | undefined;
  let features: DocumentFeatures | undefined;
  let workspace: WorkspaceLint | undefined;
  let index: WorkspaceIndex | undefined;
  let dynamicConfiguration = false;

  connection.onInitialize((params): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    const tag = typeof init.locale === 'string' ? init.locale : params.locale;
    const locale = tag ? localeFor(tag) : 'zh-cn';
    const caps = params.capabilities;
    const fetch = caps.workspace?.configuration
      ? (scopeUri: string | undefined) => connection.workspace.getConfiguration({ scopeUri, section: 'nianbao' })
      : undefined;
    const settings = new SettingsStore(fetch, normalizeSettings(init.settings));
    ctx = new ServerContext(connection, documents, settings, errors, locale, {
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      workDoneProgress: caps.window?.workDoneProgress === true,
      watchedFilesRegistration: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      disabledCodeActions: caps.textDocument?.codeAction?.disabledSupport === true,
      showRange: init.clientCommands?.includes(SHOW_RANGE_COMMAND) === true,
    });
    ctx.folders = folderPaths(params);
    live = new LiveLinter(ctx);
    features = new DocumentFeatures(ctx, live);
    workspace = new WorkspaceLint(ctx, live.runner);
    index = new WorkspaceIndex(ctx);
    ctx.related = index;
    const ix = index;
    live.onLinted = (uri, outcome) => ix.documentLinted(uri, outcome);
    // A report of year N changed, came or went: the reports of year N + 1 compare with it again.
    ix.onChange((years) => {
      const dependent = (uri: string) => {
        const year = ix.digestOf(uri)?.year;
        return year !== undefined && years.includes(year - 1);
      };
      for (const doc of documents.all()) if (dependent(doc.uri)) live?.lintNow(doc.uri).catch((e) => errors.report('lint', e));
      workspace?.relintWhere(dependent).catch((e) => errors.report('workspaceLint', e));
    });
    dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        documentFormattingProvider: true,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        executeCommandProvider: { commands: [Commands.lintWorkspace, Commands.cancelWorkspaceLint, Commands.workspaceSummary] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'nianbao-language-server', version: packageInfo().version },
    };
  });

  connection.onInitialized(
    errors.guard('initialized', undefined, async () => {
      if (!ctx) return;
      const c = ctx;
      c.log.started(packageInfo().version, await c.windowLocale());
      if (c.abilities.watchedFilesRegistration) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [...WATCHED_FILES] });
      }
      if (dynamicConfiguration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'nianbao' });
      try {
        connection.workspace.onDidChangeWorkspaceFolders(
          errors.guard('workspaceFolders', undefined, (event) => {
            const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
            const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
            c.folders = [...c.folders.filter((f) => !removed.has(f)), ...added];
            workspace?.foldersChanged();
            void index?.rebuild();
          }),
        );
      } catch {
        // The client does not send folder changes; the initial folders stay.
      }
      void index?.rebuild();
    }),
  );

  documents.onDidOpen(
    errors.guard('didOpen', undefined, async (e) => {
      workspace?.opened(e.document.uri);
      await live?.opened(e.document);
    }),
  );
  documents.onDidChangeContent(
    errors.guard('didChange', undefined, async (e) => {
      await live?.changed(e.document);
    }),
  );
  documents.onDidSave(errors.guard('didSave', undefined, async (e) => live?.saved(e.document)));
  documents.onDidClose(
    errors.guard('didClose', undefined, async (e) => {
      live?.closed(e.document.uri);
      await workspace?.closed(e.document.uri);
      await index?.documentClosed(e.document.uri);
    }),
  );

  // Settings changed: forget them at once, re-lint a moment later, so that the notification sent for
  // `synchronize.configurationSection` and the one from our own registration cost one re-lint.
  let refreshTimer: NodeJS.Timeout | undefined;
  const refresh = errors.guard('refresh', undefined, async () => {
    await live?.relintAll();
    await workspace?.refresh();
    await index?.rebuild();
  });
  connection.onDidChangeConfiguration(
    errors.guard('didChangeConfiguration', undefined, () => {
      ctx?.settings.clear();
      clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void refresh(), CONFIG_SETTLE_MS);
    }),
  );
  connection.onDidChangeWatchedFiles(
    errors.guard('didChangeWatchedFiles', undefined, async (params) => {
      if (!ctx) return;
      const named = (name: string) => params.changes.some((c) => basename(uriToPath(c.uri) ?? '') === name);
      const configChanged = named(CONFIG_FILE_NAME);
      // A suppressions file written (by "ignore in the workspace", or by hand) or removed: read it again.
      const suppressionsChanged = named(SUPPRESSIONS_FILE_NAME);
      if (suppressionsChanged) ctx.suppressionFiles.clear();
      if (configChanged || suppressionsChanged) {
        ctx.configFiles.clear();
        ctx.configProblems.reset();
        await live?.relintAll();
        await workspace?.refresh();
      }
      await workspace?.filesChanged(params.changes);
      await index?.filesChanged(params.changes);
    }),
  );

  // The lint workers end with the server (they are unref'd, so they never hold the process either).
  connection.onShutdown(errors.guard('shutdown', undefined, async () => live?.dispose()));
  connection.onCodeAction(errors.guard('codeAction', [], async (params) => (features ? features.codeAction(params) : [])));
  connection.onHover(errors.guard('hover', null, async (params) => (features ? features.hover(params) : null)));
  connection.onDocumentSymbol(errors.guard('documentSymbol', null, async (params) => (features ? features.symbols(params.textDocument) : null)));
  connection.onFoldingRanges(errors.guard('foldingRange', null, async (params) => (features ? features.folding(params.textDocument) : null)));

  connection.onExecuteCommand(
    errors.guard('executeCommand', null, async (params, token, attached) => {
      if (params.command === Commands.cancelWorkspaceLint) return workspace?.cancel() ?? false;
      const summary = params.command === Commands.workspaceSummary;
      if ((params.command !== Commands.lintWorkspace && !summary) || !workspace || !ctx) return null;
      const run = workspace.prepare(); // a cancel from now on stops this run
      // The cross-report rules need the other reports: wait for the workspace index's walk (bounded,
      // should a client never send initialized), then for any walk under way.
      if (index) await Promise.race([index.built.then(() => index?.ready), new Promise((resolve) => setTimeout(resolve, INDEX_WAIT_MS))]);
      let progress: WorkDoneProgressReporter = attached;
      let progressCancelled = () => false;
      if (params.workDoneToken === undefined && ctx.abilities.workDoneProgress) {
        const created = await connection.window.createWorkDoneProgress();
        progress = created;
        progressCancelled = () => created.token.isCancellationRequested;
      }
      const result = await workspace.run(progress, () => token.isCancellationRequested || progressCancelled(), run, summary);
      return summary ? workspaceSummary(result, await ctx.windowLocale()) : result;
    }),
  );

  registerAuthoring(connection, documents, errors, () => ctx);
  registerWordDrafts(connection, errors, () => ctx);

  // Test hook (NIANBAO_TEST_HEAP=1, unset outside the tests): the heap used after full collections,
  // for the test that open → edit → close cycles keep no memory. Needs node --expose-gc.
  if (process.env.NIANBAO_TEST_HEAP === '1') {
    connection.onRequest('nianbao/test/heapUsed', () => {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (!gc) throw new Error('start the server with node --expose-gc');
      for (let i = 0; i < 4; i++) gc();
      const { heapUsed, rss } = process.memoryUsage();
      if (process.env.NIANBAO_TEST_HEAP_SNAPSHOT) writeHeapSnapshot(`${process.env.NIANBAO_TEST_HEAP_SNAPSHOT}-${Date.now()}.heapsnapshot`);
      // How many entries each Map, Set and array of the server's parts holds, to show what is kept per document.
      const parts: Record<string, object | undefined> = { live, index, workspace, settings: ctx?.settings, log: ctx?.log, configFiles: ctx?.configFiles, configProblems: ctx?.configProblems, errors, runner: live?.runner };
      const entries: Record<string, number> = {};
      for (const [name, part] of Object.entries(parts)) {
        for (const [key, value] of Object.entries(part ?? {})) {
          if (value instanceof Map || value instanceof Set) entries[`${name}.${key}`] = value.size;
          else if (Array.isArray(value)) entries[`${name}.${key}`] = value.length;
        }
      }
      return { heapUsed, rss, workerHeaps: [...(live?.runner.workerHeaps.values() ?? [])], entries };
    });
    // Answers once no lint is running or waiting and no worker is left (the test waits on it, not on a clock).
    connection.onRequest('nianbao/test/settled', async () => {
      await live?.whenSettled();
      return null;
    });
  }

  documents.listen(connection);
  connection.listen();
  return errors;
}
