// A minimal LSP client over stdio for the benchmark: spawns the built server, frames JSON-RPC with
// Content-Length headers, answers the server's own requests (configuration, capability
// registration, progress) and lets the caller wait for publishDiagnostics of one document.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export class LspClient {
  /**
   * @param {string} serverPath  the built server bundle (dist/server.cjs)
   * @param {{ settings?: object, cwd?: string, env?: object }} options  `settings` answers workspace/configuration;
   *   `env` adds environment variables of the server process
   */
  constructor(serverPath, options = {}) {
    this.settings = options.settings ?? {};
    this.startedAt = process.hrtime.bigint();
    this.child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    this.nextId = 1;
    this.pending = new Map();
    /** uri → [{ resolve, version }] waiting for diagnostics */
    this.waiters = new Map();
    /** uri → last diagnostics params */
    this.lastDiagnostics = new Map();
    this.diagnosticsCount = 0;
    this.stderr = '';
    this.buffer = Buffer.alloc(0);
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
    this.child.stdout.on('data', (chunk) => this.onData(chunk));
    this.child.stderr.on('data', (chunk) => {
      if (this.stderr.length < 20000) this.stderr += chunk;
    });
    this.child.stdin.on('error', () => {});
  }

  get pid() {
    return this.child.pid;
  }

  send(message) {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`LSP request ${method} timed out after ${timeoutMs} ms. Server stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.send({ id, method, params });
    });
  }

  notify(method, params) {
    this.send({ method, params });
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const m = /Content-Length:\s*(\d+)/i.exec(header);
      if (!m) throw new Error(`bad LSP header: ${header}`);
      const length = Number(m[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(JSON.parse(body));
    }
  }

  onMessage(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.error) p.reject(new Error(`${msg.error.code}: ${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    if (msg.id !== undefined) {
      this.send({ id: msg.id, result: this.answer(msg.method, msg.params) });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const { uri } = msg.params;
      this.diagnosticsCount++;
      this.lastDiagnostics.set(uri, msg.params);
      const list = this.waiters.get(uri);
      if (!list) return;
      const keep = [];
      for (const w of list) {
        if (w.version === undefined || msg.params.version === undefined || msg.params.version >= w.version) w.resolve(msg.params);
        else keep.push(w);
      }
      if (keep.length) this.waiters.set(uri, keep);
      else this.waiters.delete(uri);
    }
  }

  /** Answers a request from the server. */
  answer(method, params) {
    if (method === 'workspace/configuration') {
      return (params?.items ?? []).map((item) => {
        if (!item.section) return this.settings;
        let value = this.settings;
        for (const part of item.section.split('.')) value = value?.[part];
        return value ?? null;
      });
    }
    if (method === 'workspace/workspaceFolders') return [];
    return null;
  }

  /** Resolves with the next publishDiagnostics for `uri` (at or after `version`, when given). */
  waitForDiagnostics(uri, version, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} (version ${version}) within ${timeoutMs} ms`)), timeoutMs);
      const list = this.waiters.get(uri) ?? [];
      list.push({ version, resolve: (p) => (clearTimeout(timer), resolve(p)) });
      this.waiters.set(uri, list);
    });
  }

  async initialize(rootDir, initializationOptions) {
    const rootUri = rootDir ? pathToFileURL(rootDir).href : null;
    const result = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'bench' }] : null,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
        window: { workDoneProgress: false },
      },
    });
    this.capabilities = result?.capabilities ?? {};
    this.notify('initialized', {});
    return result;
  }

  /** Whether the server takes incremental changes (TextDocumentSyncKind.Incremental = 2). */
  get incremental() {
    const sync = this.capabilities?.textDocumentSync;
    const kind = typeof sync === 'number' ? sync : sync?.change;
    return kind === 2;
  }

  /** VmRSS (or another /proc status field) of the server process, in MB. */
  procStatus(field = 'VmRSS') {
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const m = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(status);
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  async shutdown() {
    try {
      await this.request('shutdown', null, 5000);
      this.notify('exit', null);
    } catch {
      // fall through to kill
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.exited;
    clearTimeout(timer);
  }
}
