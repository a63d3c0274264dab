// The `--format sarif` output: a SARIF 2.1.0 log, for code-scanning dashboards (e.g. GitHub).
// Rule findings become results; the CLI's own file messages (unreadable, too large) become tool notifications.

import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../../core/src/index.js';
import type { CliMessage, FileResult } from './results.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifRuleInfo {
  id: string;
  /** One-line description in the output locale. */
  description: string;
  helpUri: string;
  defaultSeverity: Severity;
}

interface SarifOptions {
  cwd: string;
  toolVersion: string;
  informationUri: string;
  rules: readonly SarifRuleInfo[];
}

type SarifLevel = 'error' | 'warning' | 'note';
type Json = Record<string, unknown>;

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' };

// Builds the SARIF log object (one run). Paths inside `cwd` are relative URIs against %SRCROOT%.
export function toSarif(results: readonly FileResult[], options: SarifOptions): Json {
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]));
  const sarifResults: Json[] = [];
  const notifications: Json[] = [];
  for (const file of results) {
    const artifact = artifactLocation(file.filePath, options.cwd);
    // Findings the workspace's suppressions file ignores are results marked suppressed (SARIF's own
    // "external" suppression), so a viewer can count them; the rest are plain results.
    const suppressed = new Set(file.suppressedMessages ?? []);
    for (const m of [...file.messages, ...(file.suppressedMessages ?? [])]) {
      if (m.ruleId === null) {
        notifications.push({
          level: LEVEL[m.severity],
          message: { text: m.message },
          locations: [{ physicalLocation: { artifactLocation: artifact } }],
        });
        continue;
      }
      const result: Json = {
        ruleId: m.ruleId,
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(m) } }],
      };
      const index = ruleIndex.get(m.ruleId);
      if (index !== undefined) result.ruleIndex = index;
      if (suppressed.has(m)) result.suppressions = [{ kind: 'external', status: 'accepted' }];
      if (m.related?.length) {
        result.relatedLocations = m.related.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: r.filePath ? artifactLocation(r.filePath, options.cwd) : artifact, region: region(r) },
        }));
      }
      sarifResults.push(result);
    }
  }
  const srcRoot = pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nianbao',
            version: options.toolVersion,
            informationUri: options.informationUri,
            rules: options.rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: r.helpUri,
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: srcRoot } },
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.fatalErrorCount > 0),
            toolExecutionNotifications: notifications,
          },
        ],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

// Renders the SARIF log as indented JSON text.
export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return JSON.stringify(toSarif(results, options), null, 2) + '\n';
}

// A file's SARIF artifact location: a percent-encoded relative URI with forward slashes when inside cwd,
// otherwise an absolute file: URI.
export function artifactLocation(filePath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relative(cwd, filePath);
  if (rel === '' || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) {
    return { uri: pathToFileURL(filePath).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(m: Pick<CliMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): Json {
  return { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
}
