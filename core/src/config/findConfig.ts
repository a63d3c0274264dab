// Finding and reading `.nianbaorc.json`: the nearest one at or above a folder wins.
// Pure data: the file is read and JSON-parsed, never `require`d or imported, so a workspace cannot run code.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Locale, SeveritySetting, TemplateChoice } from '../types.js';
import { formatMessage } from '../l10n/formatMessage.js';

export const CONFIG_FILE_NAME = '.nianbaorc.json';

export interface NianbaoConfig {
  template?: TemplateChoice;
  rules?: Record<string, SeveritySetting>;
}

export type ConfigErrorCode =
  | 'unreadable'
  | 'invalid-json'
  | 'not-object'
  | 'unknown-key'
  | 'bad-template'
  | 'bad-rules'
  | 'bad-severity'
  | 'unknown-rule';

/** What went wrong in a config file; `line`/`column` are 1-based when known. */
export interface ConfigProblem {
  code: ConfigErrorCode;
  /** The offending key or value, or the parser's own message. */
  detail: string;
  line?: number;
  column?: number;
}

/** A config file found on the way up: either its parsed content or the problem with it. */
export type FoundConfig =
  | { path: string; config: NianbaoConfig; problem?: undefined }
  | { path: string; problem: ConfigProblem; config?: undefined };

export interface FindConfigOptions {
  /** Rule ids the checker knows; when given, a config naming another rule is an error. */
  knownRuleIds?: Iterable<string>;
  /** Memo of folder → result, shared across calls to avoid re-walking for every file. */
  cache?: Map<string, FoundConfig | null>;
}

const TEMPLATES: readonly string[] = ['auto', '2021', '2019'];
const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];
const KNOWN_KEYS: readonly string[] = ['$schema', 'template', 'rules'];

// Walks up from `startDir` to the file-system root and returns the nearest `.nianbaorc.json`, parsed.
// Returns null when there is none; a broken file is returned with its problem rather than thrown.
export function findConfig(startDir: string, options: FindConfigOptions = {}): FoundConfig | null {
  const known = options.knownRuleIds ? new Set(options.knownRuleIds) : undefined;
  const visited: string[] = [];
  let dir = resolve(startDir);
  let found: FoundConfig | null = null;
  for (;;) {
    const cached = options.cache?.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(dir);
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) {
      found = loadConfigFile(candidate, known);
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of visited) options.cache?.set(d, found);
  return found;
}

// Reads and validates one config file at a known path (the language server uses this when the file changes).
export function loadConfigFile(path: string, knownRuleIds?: Iterable<string>): FoundConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { path, problem: { code: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) } };
  }
  const result = parseConfig(text, knownRuleIds);
  return 'problem' in result ? { path, problem: result.problem } : { path, config: result.config };
}

// Validates config text: JSON object with optional "template" and "rules"; anything unknown is a problem.
// Kept separate from the file system so tests and editors can check unsaved text.
export function parseConfig(
  text: string,
  knownRuleIds?: Iterable<string>,
): { config: NianbaoConfig } | { problem: ConfigProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const where = pos ? lineColumn(body, Number(pos[1])) : {};
    return { problem: { code: 'invalid-json', detail: message, ...where } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: { code: 'not-object', detail: Array.isArray(data) ? 'array' : String(data) } };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) return { problem: { code: 'unknown-key', detail: key, ...locateKey(body, key) } };
  }
  const config: NianbaoConfig = {};
  if (obj.template !== undefined) {
    if (typeof obj.template !== 'string' || !TEMPLATES.includes(obj.template)) {
      return { problem: { code: 'bad-template', detail: JSON.stringify(obj.template), ...locateKey(body, 'template') } };
    }
    config.template = obj.template as TemplateChoice;
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      return { problem: { code: 'bad-rules', detail: JSON.stringify(obj.rules), ...locateKey(body, 'rules') } };
    }
    const known = knownRuleIds ? new Set(knownRuleIds) : undefined;
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (known && !known.has(id)) return { problem: { code: 'unknown-rule', detail: id, ...locateKey(body, id) } };
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) {
        return { problem: { code: 'bad-severity', detail: `${id}: ${JSON.stringify(value)}`, ...locateKey(body, id) } };
      }
      rules[id] = value as SeveritySetting;
    }
    config.rules = rules;
  }
  return { config };
}

// Renders a config problem for people, with its line and column when known.
export function describeConfigProblem(problem: ConfigProblem, locale: Locale): string {
  const text = formatMessage(`config.${problem.code}`, { detail: problem.detail }, locale);
  if (problem.line === undefined) return text;
  return text + formatMessage('config.where', { line: problem.line, column: problem.column ?? 1 }, locale);
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** Where a key first appears in the JSON text (good enough to point at it in an editor). */
function locateKey(text: string, key: string): { line?: number; column?: number } {
  const at = text.indexOf(JSON.stringify(key));
  return at < 0 ? {} : lineColumn(text, at);
}
