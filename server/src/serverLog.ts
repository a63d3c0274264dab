// What "Show Output" shows of the server's work (window/logMessage, in the message language): that it
// started, each open document checked (when its result changes) with the time it took, and each
// workspace lint. Errors are logged by guard.ts.

import type { Connection } from 'vscode-languageserver';
import { formatMessage, type Locale } from '../../core/src/index.js';
import type { Outcome } from './documentOutcome.js';
import type { LintWorkspaceResult } from '../../protocol/src/protocol.js';

/** A short name of a document for the log: the file name, or the untitled document's name. */
function shortName(uri: string): string {
  const query = uri.search(/[?#]/);
  const path = decodeURIComponent(query < 0 ? uri : uri.slice(0, query));
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1) || uri;
}

export class ServerLog {
  /** What was last logged per document, so typing does not log a line per keystroke. */
  private readonly last = new Map<string, string>();

  constructor(private readonly connection: Connection) {}

  private info(message: string): void {
    try {
      this.connection.console.info(message);
    } catch {
      // The connection may be gone.
    }
  }

  /** The server is up. */
  started(version: string, locale: Locale): void {
    this.info(formatMessage('server.log.started', { version, node: process.version, pid: process.pid }, locale));
  }

  // An open document was linted: one line when its state or problem count changed (or `always`).
  linted(uri: string, outcome: Outcome, ms: number, locale: Locale, always = false): void {
    const file = shortName(uri);
    let line: string;
    if (outcome.kind === 'linted') {
      const count = outcome.result.findings.length;
      const suppressed = outcome.result.suppressed.length;
      const args = { file, template: outcome.result.templateId, count, suppressed, ms: ms.toFixed(1) };
      line = formatMessage(suppressed > 0 ? 'server.log.lintedSuppressed' : 'server.log.linted', args, locale);
      if (!always && this.last.get(uri) === `linted:${count}:${suppressed}`) return;
      this.last.set(uri, `linted:${count}:${suppressed}`);
    } else {
      if (!always && this.last.get(uri) === outcome.kind) return;
      this.last.set(uri, outcome.kind);
      line = formatMessage('server.log.notChecked', { file, reason: formatMessage(`server.log.reason.${outcome.kind}`, {}, locale) }, locale);
    }
    this.info(line);
  }

  /** A suppressions file that cannot be used (logged once per file and problem). */
  suppressionsProblem(path: string, detail: string, locale: Locale = 'zh-cn'): void {
    if (this.last.get(`suppressions:${path}`) === detail) return;
    this.last.set(`suppressions:${path}`, detail);
    this.info(formatMessage('server.log.suppressionsProblem', { file: path, detail }, locale));
  }

  /** A document was closed. */
  forget(uri: string): void {
    this.last.delete(uri);
  }

  /** A workspace lint ended. */
  workspace(result: LintWorkspaceResult, ms: number, locale: Locale): void {
    const key = result.cancelled ? 'server.log.workspaceCancelled' : 'server.log.workspace';
    this.info(formatMessage(key, { files: result.files, problems: result.problems, ms: Math.round(ms) }, locale));
  }
}
