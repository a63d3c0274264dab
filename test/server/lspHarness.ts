// Test harness: spawns the built language server (dist/server.cjs --stdio) as a child process and
// drives it over real JSON-RPC (vscode-languageserver-protocol), answering its requests to the client
// (workspace/configuration, registerCapability, progress) and recording what it sends.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { deadline } from './deadline.js';

/** Applies LSP text edits to a text (as an editor would). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plaintext', 0, text), edits);
}

/** The text edits a WorkspaceEdit makes to one document (documentChanges or changes). */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  const out: TextEdit[] = [];
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && change.textDocument.uri === uri) out.push(...(change.edits as TextEdit[]));
  }
  out.push(...(edit.changes?.[uri] ?? []));
  return out;
}

/** The repository root (this file runs from out/test/server/). */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const SERVER = join(REPO, 'dist', 'server.cjs');
const SEEDS = join(REPO, 'test', 'fixtures', 'seeds');

export function seed(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

// Builds the bundles if the server bundle is missing (npm scripts build first; this helps single runs).
export function ensureServerBuilt(): void {
  if (existsSync(SERVER)) return;
  const r = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { cwd: REPO, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(SERVER)) throw new Error(`build failed: ${r.stderr}`);
}

interface StartOptions {
  /** The `nianbao` settings section the fake client answers with (mutable via `client.settings`). */
  settings?: Record<string, unknown>;
  /** initializationOptions.locale. */
  locale?: string;
  /** initializationOptions.clientCommands: commands the client runs itself (nianbao.showRange). */
  clientCommands?: string[];
  workspaceFolders?: string[];
  /** Whether the client supports workspace/configuration (default true). */
  configuration?: boolean;
  /** Extra environment variables of the server process (test hooks such as NIANBAO_TEST_HANG_ON). */
  env?: Record<string, string>;
  /** Options for node itself, before the server script (e.g. --expose-gc). */
  nodeArgs?: string[];
}

interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };
}

export class TestClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publish per URI, in arrival order. */
  readonly history = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly progress: ProgressEvent[] = [];
  /** What the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly logs: string[] = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown>;
  configurationRequests = 0;
  private readonly waiters = new Set<() => void>();
  private exited = false;

  constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    child.on('exit', () => {
      this.exited = true;
      this.poke();
    });
    child.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()));
  }

  /** Whether the server process has exited. */
  get hasExited(): boolean {
    return this.exited;
  }

  /** Re-checks every waiting condition (called on each message from the server). */
  poke(): void {
    for (const w of [...this.waiters]) w();
  }

  // Resolves when `check` returns a value other than undefined, re-checked on every message from the
  // server; rejects after `timeoutMs` (no fixed sleeps: the test waits on what the server sends).
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    let test: () => void = () => undefined;
    const met = new Promise<T>((resolve, reject) => {
      test = () => {
        let value: T | undefined;
        try {
          value = check();
        } catch (e) {
          this.waiters.delete(test);
          reject(e);
          return;
        }
        if (value !== undefined) {
          this.waiters.delete(test);
          resolve(value);
        }
      };
      this.waiters.add(test);
      test();
    });
    return deadline(met, timeoutMs, () => `${what}; stderr: ${this.stderr.join('').slice(-2000)}; log: ${this.logs.join('\n').slice(-2000)}`)
      .finally(() => this.waiters.delete(test));
  }

  /** Waits for diagnostics of a URI that satisfy `accept` (e.g. for a given version). */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const p = this.diagnostics.get(uri);
      return p && accept(p) ? p.diagnostics : undefined;
    }, timeoutMs);
  }

  /** Sends didOpen for a text. */
  open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text (one full-content change). */
  replace(uri: string, text: string, version: number): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Shuts the server down politely and waits for it to exit. */
  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await deadline(this.connection.sendRequest(ShutdownRequest.type), 2000, () => 'shutdown').catch(() => undefined);
        await this.connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      await this.waitFor('server exit', () => (this.exited ? true : undefined), 5000).catch(() => this.child.kill());
    }
    this.connection.dispose();
  }
}

// Spawns the server and runs initialize/initialized with a client that supports what VS Code does.
export async function startServer(options: StartOptions = {}): Promise<TestClient> {
  ensureServerBuilt();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new TestClient(child, connection, options.settings ?? {});
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    client.diagnostics.set(p.uri, p);
    client.history.set(p.uri, [...(client.history.get(p.uri) ?? []), p]);
    client.poke();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    client.logs.push(p.message);
    client.poke();
  });
  connection.onNotification('$/progress', (p: ProgressEvent) => {
    client.progress.push(p);
    client.poke();
  });
  for (const method of ['nianbao/status', 'window/showMessage', 'telemetry/event']) {
    connection.onNotification(method, (params: unknown) => {
      client.notifications.push({ method, params });
      client.poke();
    });
  }
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => {
    client.configurationRequests++;
    return p.items.map(() => client.settings);
  });
  connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
    client.registrations.push(...p.registrations);
    client.poke();
    return null;
  });
  connection.onRequest('window/workDoneProgress/create', () => {
    client.poke();
    return null;
  });
  connection.listen();
  const folders = options.workspaceFolders ?? [];
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folders[0] ? fileUri(folders[0]) : null,
    workspaceFolders: folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })),
    initializationOptions: { locale: options.locale ?? 'zh-cn', ...(options.clientCommands ? { clientCommands: options.clientCommands } : {}) },
    capabilities: {
      workspace: {
        configuration: options.configuration ?? true,
        workspaceEdit: { documentChanges: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        didChangeConfiguration: { dynamicRegistration: true },
        workspaceFolders: true,
      },
      window: { workDoneProgress: true },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return client;
}
