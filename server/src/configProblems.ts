// Broken `.nianbaorc.json` files: the file is ignored for linting (the editor settings still apply)
// and its problem is shown as an error diagnostic on the config file itself, at the offending key.

import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { formatMessage, type Locale } from '../../core/src/index.js';
import { describeConfigProblem, type FoundConfig } from '../../node/src/findConfig.js';
import { DIAGNOSTIC_SOURCE } from '../../protocol/src/protocol.js';
import { pathToUri } from './uris.js';

export class ConfigProblems {
  /** Config files whose problem is currently published. */
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  // Publishes a found config's problem once, in `locale` (nothing for a valid or absent config).
  note(found: FoundConfig | null, locale: Locale): void {
    if (!found?.problem || this.shown.has(found.path)) return;
    this.shown.add(found.path);
    const line = Math.max(0, (found.problem.line ?? 1) - 1);
    const character = Math.max(0, (found.problem.column ?? 1) - 1);
    const message = formatMessage('server.configProblem', { detail: describeConfigProblem(found.problem, locale) }, locale);
    this.connection.sendDiagnostics({
      uri: pathToUri(found.path),
      diagnostics: [{ range: { start: { line, character }, end: { line, character } }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message }],
    });
  }

  /** A config file changed: clear every shown problem (still-broken files are reported again on the next lint). */
  reset(): void {
    for (const path of this.shown) this.connection.sendDiagnostics({ uri: pathToUri(path), diagnostics: [] });
    this.shown.clear();
  }
}
