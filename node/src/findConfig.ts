// Finding and reading `.nianbaorc.json`: the nearest one at or above a folder wins.
// Pure data: the file is read and JSON-parsed, never `require`d or imported, so a workspace cannot run code.

import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import type { Locale, SeveritySetting, TemplateChoice } from '../../core/src/index.js';
import { formatMessage } from '../../core/src/index.js';

export const CONFIG_FILE_NAME = '.nianbaorc.json';

export interface NianbaoConfig {
  template?: TemplateChoice;
  rules?: Record<string, SeveritySetting>;
}

type ConfigErrorCode =
  | 'unreadable'
  | 'not-a-file'
  | 'too-large'
  | 'outside-link'
  | 'too-deep'
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
  /**
   * The offending key or value as the user wrote it in the config's own keys (shortened), a type name,
   * or a system error code. Never the parser's message, which quotes the file's first characters.
   */
  detail: string;
  line?: number;
  column?: number;
}

/** A config file found on the way up: either its parsed content or the problem with it. */
export type FoundConfig =
  | { path: string; config: NianbaoConfig; problem?: undefined }
  | { path: string; problem: ConfigProblem; config?: undefined };

interface FindConfigOptions {
  /** Rule ids the checker knows; when given, a config naming another rule is an error. */
  knownRuleIds?: Iterable<string>;
  /** Memo of folder → result, shared across calls to avoid re-walking for every file. */
  cache?: Map<string, FoundConfig | null>;
  /**
   * Folders a config that is a symbolic link may lead into (the workspace folders, the CLI's working
   * folder). A link is always allowed to lead into the folder it is in; one leading anywhere else is a problem.
   */
  roots?: readonly string[];
}

/** Config files above this size are not read. A real one is a few hundred bytes. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deepest nesting of objects and arrays read; a real config nests two levels ({"rules": {...}}). */
export const MAX_CONFIG_DEPTH = 32;
/** How much of a key or value a message repeats. */
const MAX_DETAIL_CHARS = 60;

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
    if (exists(candidate)) {
      found = loadConfigFile(candidate, known, options.roots);
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
// Never throws: a directory, a special file, a file over MAX_CONFIG_BYTES, a link out of the tree or an
// unreadable file is a problem like a syntax error is.
export function loadConfigFile(path: string, knownRuleIds?: Iterable<string>, roots: readonly string[] = []): FoundConfig {
  try {
    const read = readConfigText(path, roots);
    if ('problem' in read) return { path, problem: read.problem };
    const result = parseConfig(read.text, knownRuleIds);
    return 'problem' in result ? { path, problem: result.problem } : { path, config: result.config };
  } catch (e) {
    const code = errorCode(e);
    return { path, problem: code === 'EISDIR' ? { code: 'not-a-file', detail: 'directory' } : { code: 'unreadable', detail: code } };
  }
}

function readConfigText(path: string, roots: readonly string[]): { text: string } | { problem: ConfigProblem } {
  let real = path;
  if (lstatSync(path).isSymbolicLink()) {
    try {
      real = realpathSync(path);
    } catch (e) {
      return { problem: { code: 'unreadable', detail: errorCode(e) } };
    }
    const allowed = [dirname(path), ...roots].map(realOrSelf);
    if (!allowed.some((root) => isInside(root, real))) return { problem: { code: 'outside-link', detail: '' } };
  }
  // Opened without blocking and checked on the open descriptor, so a FIFO put there meanwhile cannot hang the read.
  const fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: { code: 'not-a-file', detail: st.isDirectory() ? 'directory' : 'special' } };
    if (st.size > MAX_CONFIG_BYTES) return { problem: { code: 'too-large', detail: String(st.size) } };
    // Read at most one byte more than the limit, whatever the size said (the file may grow meanwhile).
    const buf = Buffer.allocUnsafe(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > MAX_CONFIG_BYTES) return { problem: { code: 'too-large', detail: String(fstatSync(fd).size) } };
    }
    return { text: buf.toString('utf8', 0, length) };
  } finally {
    closeSync(fd);
  }
}

// Validates config text: JSON object with optional "template" and "rules"; anything unknown is a problem.
// Kept separate from the file system so tests and editors can check unsaved text.
export function parseConfig(
  text: string,
  knownRuleIds?: Iterable<string>,
): { config: NianbaoConfig } | { problem: ConfigProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length > MAX_CONFIG_BYTES) return { problem: { code: 'too-large', detail: String(body.length) } };
  // Nesting is measured before parsing, so no recursive step (the parser's, JSON.stringify's) meets a deep value.
  const deep = deepestAt(body, MAX_CONFIG_DEPTH);
  if (deep !== undefined) return { problem: { code: 'too-deep', detail: String(MAX_CONFIG_DEPTH), ...lineColumn(body, deep) } };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    // V8's message quotes the text ("Unexpected token 'S', \"SECRET...\" is not valid JSON"): only the place is kept.
    return { problem: { code: 'invalid-json', detail: '', ...syntaxErrorAt(body, (e as Error).message) } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: { code: 'not-object', detail: typeName(data) } };
  }
  const obj = data as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!KNOWN_KEYS.includes(key)) return { problem: { code: 'unknown-key', detail: shorten(key), ...locateKey(body, key) } };
  }
  const config: NianbaoConfig = {};
  if (obj.template !== undefined) {
    if (typeof obj.template !== 'string' || !TEMPLATES.includes(obj.template)) {
      return { problem: { code: 'bad-template', detail: showValue(obj.template), ...locateKey(body, 'template') } };
    }
    config.template = obj.template as TemplateChoice;
  }
  if (obj.rules !== undefined) {
    if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules)) {
      return { problem: { code: 'bad-rules', detail: typeName(obj.rules), ...locateKey(body, 'rules') } };
    }
    const known = knownRuleIds ? new Set(knownRuleIds) : undefined;
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (known && !known.has(id)) return { problem: { code: 'unknown-rule', detail: shorten(id), ...locateKey(body, id) } };
      if (typeof value !== 'string' || !SEVERITIES.includes(value)) {
        return { problem: { code: 'bad-severity', detail: `${shorten(id)}: ${showValue(value)}`, ...locateKey(body, id) } };
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

/** Whether anything (file, folder, link, even a dangling one) is at `path`: a config that is not a file is a problem, not absent. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}

function errorCode(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : e instanceof Error ? e.name : 'error';
}

/** Offset of the first bracket that opens level `limit + 1` (strings skipped), or undefined. One pass, no recursion. */
function deepestAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return undefined;
}

/** Where JSON.parse failed: jsonc-parser (strict: no comments, no trailing commas) finds the offset; V8's "position N" otherwise. */
function syntaxErrorAt(text: string, v8Message: string): { line?: number; column?: number } {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) return lineColumn(text, Math.min(errors[0]!.offset, text.length));
  const pos = /position (\d+)/.exec(v8Message);
  return pos ? lineColumn(text, Math.min(Number(pos[1]), text.length)) : lineColumn(text, text.length);
}

/** A value of the config's own keys as a message shows it: a short scalar as written, anything else by its type. */
function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return shorten(String(value));
  return typeName(value);
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

function shorten(text: string): string {
  return text.length > MAX_DETAIL_CHARS ? text.slice(0, MAX_DETAIL_CHARS) + '…' : text;
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
