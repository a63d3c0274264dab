// Keeps the rule documentation and the message bundles true to the registry: every rule has a page
// (and every page a rule), the index table in docs/rules/README.md lists exactly the registry's rules
// with their default severities, and every message key the rules use exists in both languages.
// Files are read relative to the repository root (tests run from there).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatMessage, lint, renderBlankTable, ruleRegistry, rules, templates } from '../../core/src/index.js';
import type { Finding, Locale } from '../../core/src/index.js';

const root = process.cwd();
const docsDir = join(root, 'docs', 'rules');
const INTERNAL_ERROR = 'internal-error';

function readText(...parts: string[]): string {
  return readFileSync(join(root, ...parts), 'utf8');
}

const bundles: Record<Locale, Record<string, string>> = {
  'zh-cn': JSON.parse(readText('l10n', 'messages.zh-cn.json')) as Record<string, string>,
  en: JSON.parse(readText('l10n', 'messages.en.json')) as Record<string, string>,
};

const registryIds = ruleRegistry.map((r) => r.id);
const docPages = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -'.md'.length));

const severityNames = ['error', 'warning', 'info'] as const;
const categoryNames: Record<string, string> = { structure: '结构', table: '表格', sum: '合计', content: '内容' };

/** The `{name}` placeholders of a message. */
function placeholders(message: string): Set<string> {
  return new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
}

/** The English severity a docs page's metadata table states, e.g. `| 默认级别 | 错误（`error`） |`. */
function pageSeverity(page: string): string | undefined {
  const row = page.split('\n').find((line) => /^\|\s*默认级别\s*\|/.test(line));
  return row ? /\b(error|warning|info)\b/.exec(row)?.[1] : undefined;
}

test('every registry rule has a docs page, at the path the registry links to', () => {
  for (const rule of ruleRegistry) {
    assert.ok(existsSync(join(root, rule.docsPath)), `${rule.id}: ${rule.docsPath} is missing`);
    assert.ok(rule.docsUrl.endsWith(`/${rule.id}.md`), `${rule.id}: docs URL ${rule.docsUrl} does not name its page`);
  }
});

test('every docs page belongs to a registry rule or to internal-error', () => {
  const known = new Set([...registryIds, INTERNAL_ERROR]);
  const strays = docPages.filter((id) => !known.has(id));
  assert.deepEqual(strays, [], `docs pages without a rule: ${strays.join(', ')}`);
  assert.ok(docPages.includes(INTERNAL_ERROR), 'docs/rules/internal-error.md is missing');
});

test('each docs page is titled with its rule id and states the default severity the registry has', () => {
  for (const rule of ruleRegistry) {
    if (!existsSync(join(root, rule.docsPath))) continue; // reported by the test above
    const page = readText(rule.docsPath);
    assert.match(page, new RegExp(`^# ${rule.id}：`), `${rule.id}: the page should open with "# ${rule.id}：…"`);
    assert.equal(pageSeverity(page), rule.defaultSeverity, `${rule.id}: the page's 默认级别 differs from the registry`);
    assert.ok(page.includes('## English summary'), `${rule.id}: the page has no English summary`);
    assert.ok(page.includes(`"${rule.id}": "off"`), `${rule.id}: the page does not show how to turn the rule off`);
  }
  assert.equal(pageSeverity(readText('docs', 'rules', `${INTERNAL_ERROR}.md`)), 'error');
});

test('the index table in docs/rules/README.md lists exactly the registry rules, with their severity, category and fixability', () => {
  const readme = readText('docs', 'rules', 'README.md');
  const rows = readme
    .split('\n')
    .filter((line) => /^\|\s*\[`[a-z-]+`\]\([a-z-]+\.md\)\s*\|/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  const listed = rows.map((cells) => /^\[`([a-z-]+)`\]\(([a-z-]+)\.md\)$/.exec(cells[0])!);
  const ids = listed.map((m) => m[1]);
  assert.deepEqual([...ids].sort(), [...registryIds].sort(), 'the index lists other rules than the registry');
  assert.equal(new Set(ids).size, ids.length, 'a rule is listed twice in the index');
  for (const [i, cells] of rows.entries()) {
    const [, id, link] = listed[i];
    const rule = ruleRegistry.find((r) => r.id === id)!;
    assert.equal(link, id, `${id}: the index links to ${link}.md`);
    assert.equal(cells.length, 5, `${id}: the index row should have 5 cells (rule, category, severity, fixable, description)`);
    assert.equal(cells[1], categoryNames[rule.category], `${id}: category in the index`);
    const severity = severityNames.find((s) => new RegExp(`\\b${s}\\b`).test(cells[2]));
    assert.equal(severity, rule.defaultSeverity, `${id}: default severity in the index`);
    assert.equal(cells[3].startsWith('是'), rule.fixable, `${id}: fixable in the index`);
    assert.ok(cells[4].length > 0, `${id}: the index has no description`);
  }
});

test('both message bundles have the same keys', () => {
  const zh = Object.keys(bundles['zh-cn']);
  const en = Object.keys(bundles.en);
  assert.deepEqual(zh.filter((k) => !(k in bundles.en)), [], 'keys only in messages.zh-cn.json');
  assert.deepEqual(en.filter((k) => !(k in bundles['zh-cn'])), [], 'keys only in messages.en.json');
});

test('every {placeholder} of a Chinese message also appears in its English message', () => {
  for (const [key, zh] of Object.entries(bundles['zh-cn'])) {
    const en = bundles.en[key];
    if (en === undefined) continue; // reported by the key-set test
    const missing = [...placeholders(zh)].filter((p) => !placeholders(en).has(p));
    assert.deepEqual(missing, [], `${key}: the English message lacks ${missing.map((p) => `{${p}}`).join(', ')}`);
  }
});

/**
 * The message keys the rules can produce: what each rule declares (its meta: finding messages,
 * related places, fix titles — lint() holds every finding to it), each rule's one-line description,
 * and every "@key" argument written in the core (a literal key an argument refers to).
 */
function declaredMessageKeys(): Set<string> {
  const keys = new Set<string>();
  for (const rule of rules) {
    for (const id of [...rule.meta.messages, ...(rule.meta.related ?? []), ...Object.keys(rule.meta.fixes ?? {})]) keys.add(id);
  }
  for (const file of readdirSync(join(root, 'core', 'src'), { recursive: true }) as string[]) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readText('core', 'src', file).matchAll(/'@([\w.-]+)'/g)) keys.add(m[1]);
  }
  for (const id of [...registryIds, INTERNAL_ERROR]) keys.add(`rule.${id}`);
  keys.add(INTERNAL_ERROR);
  keys.add(`${INTERNAL_ERROR}.undeclared`);
  return keys;
}

test('every message key the rules declare exists in both bundles', () => {
  const keys = declaredMessageKeys();
  for (const locale of ['zh-cn', 'en'] as const) {
    const missing = [...keys].filter((k) => !(k in bundles[locale]));
    assert.deepEqual(missing, [], `keys missing from messages.${locale}.json`);
  }
});

/** Every key a finding refers to: its message, its fix title, its related spans, and "@key" arguments. */
function keysOf(finding: Finding): string[] {
  const keys = [finding.messageId];
  const argKeys = (args: Record<string, string | number>) =>
    Object.values(args).filter((v): v is string => typeof v === 'string' && v.startsWith('@')).map((v) => v.slice(1));
  keys.push(...argKeys(finding.args));
  if (finding.fix) keys.push(finding.fix.messageId, ...argKeys(finding.fix.args));
  for (const r of finding.related) keys.push(r.messageId, ...argKeys(r.args));
  return keys;
}

/** A 2025 draft in the 2021 template with one defect of many kinds, built from the template's own blank tables. */
function defectiveDraft(): string {
  const t = templates['2021'];
  const table = (id: string) => renderBlankTable(t.tables.find((x) => x.id === id)!, 'markdown').join('\n');
  const requests = table('requests').replace(
    '| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 一、本年新收政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1件 |',
  ).replace(
    '| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 3 |',
  );
  return [
    '# 某某局2025年政府信息公开工作年度报告',
    '',
    '本报告依据国办公开办函〔2019〕60号编制，统计数据期限为2024年1月1日至2025年11月30日。',
    '',
    '## 一、总体情况',
    '',
    '（一）主动公开。（二）依申请公开。全年收到政府信息公开申请5件。（三）政府信息管理。（四）政府信息公开平台建设。',
    '',
    '## 二、主动公开政府信息情况',
    '',
    table('active').replace('| 行政规范性文件 |', '| 规范性文件 |'),
    '',
    '## 三、收到和处理政府信息公开申请情况',
    '',
    requests,
    '',
    '## 四、政府信息公开行政法复议、行政诉讼情况',
    '',
    '## 五、存在的主要问题及改进情况',
    '',
    '## 五、存在的主要问题及改进情况',
    '',
  ].join('\n');
}

test('findings on real and defective drafts use only existing keys and render without leftover placeholders', () => {
  const seedsDir = join(root, 'test', 'fixtures', 'seeds');
  const drafts: [string, string][] = readdirSync(seedsDir).map((f) => [f, readFileSync(join(seedsDir, f), 'utf8')]);
  drafts.push(['defective draft', defectiveDraft()]);
  const seen = new Set<string>();
  for (const [name, text] of drafts) {
    for (const finding of lint(text).findings) {
      seen.add(finding.ruleId);
      assert.notEqual(finding.ruleId, INTERNAL_ERROR, `${name}: ${JSON.stringify(finding.args)}`);
      for (const key of keysOf(finding)) {
        for (const locale of ['zh-cn', 'en'] as const) assert.ok(key in bundles[locale], `${name}: ${key} is not in messages.${locale}.json`);
      }
      const rendered = [
        [finding.messageId, finding.args],
        ...(finding.fix ? [[finding.fix.messageId, finding.fix.args]] : []),
        ...finding.related.map((r) => [r.messageId, r.args]),
      ] as [string, Record<string, string | number>][];
      for (const [id, args] of rendered) {
        for (const locale of ['zh-cn', 'en'] as const) {
          const text = formatMessage(id, args, locale);
          assert.doesNotMatch(text, /\{\w+\}/, `${name}: ${id} (${locale}) left a placeholder: ${text}`);
        }
      }
    }
  }
  // The defective draft is meant to reach most rules; if it stops doing so, this check says which.
  const expected = ['section-missing', 'section-duplicate', 'section-heading', 'subsection-missing', 'table-missing', 'table-row-unknown',
    'table-cell-invalid', 'template-outdated', 'sum-row-total', 'sum-balance', 'year-mismatch', 'text-table-mismatch'];
  assert.deepEqual(expected.filter((id) => !seen.has(id)), [], 'rules the drafts no longer reach');
});

test('no docs page holds a section twice (a merge that pasted a page into itself)', () => {
  const repeated: string[] = [];
  for (const id of [...docPages, 'README']) {
    const page = readText('docs', 'rules', `${id}.md`);
    const seen = new Set<string>();
    let inFence = false;
    for (const line of page.split('\n')) {
      // Headings inside a fenced example are the draft's, not the page's.
      if (/^(`{3,}|~{3,})/.test(line)) inFence = !inFence;
      if (inFence || !/^#{2,3} /.test(line)) continue;
      if (seen.has(line)) repeated.push(`${id}.md: ${line}`);
      seen.add(line);
    }
  }
  assert.deepEqual(repeated, []);
});
