// Generates snippets/skeleton.json from the checker core: blank tables 二/三/四 in both
// templates (core renderBlankTable, the shape the reader reads best) and a whole 2021-template report
// skeleton, each in Markdown and in plain text, so what the editor inserts and the reader never
// drift. Its placeholder texts are the core's (skeletonPlaceholders), the ones the placeholder-left
// rule finds when they are left in a draft. The same file lists the snippets the extension's
// completion provider offers (client/src/snippetCompletion.ts): their prefixes, the body each
// inserts and the key of its description in l10n/bundle.l10n*.json (VS Code cannot localise a
// contributed snippet file, so there is none). `--check` fails if the committed file differs.
//   node scripts/generate-snippets.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, ROOT } from './loadCore.mjs';

/** The bodies the editor's "插入年度报告框架 / 空白表二…" commands and its snippets insert, Markdown and plain text, and the snippets. */
export const SKELETON_FILE = join(ROOT, 'snippets', 'skeleton.json');
/** The year placeholder's default in the bodies; the editor replaces it with last year. */
export const DEFAULT_YEAR = 2025;

/** Escapes text for a snippet body ($, } and \ are syntax there). */
function literal(text) {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/**
 * A snippet's description: an English text that is a key of the client's bundles
 * (l10n/bundle.l10n.json, translated in bundle.l10n.zh-cn.json); the completion provider shows it
 * in the language nianbao.messageLanguage picks.
 */
function describe(english) {
  for (const file of ['bundle.l10n.json', 'bundle.l10n.zh-cn.json']) {
    if (!JSON.parse(readFileSync(join(ROOT, 'l10n', file), 'utf8'))[english]) throw new Error(`l10n/${file} lacks "${english}"`);
  }
  return english;
}

/** The English description of each body a snippet inserts. */
const DESCRIPTIONS = {
  'active.2021': 'Blank table 2 (2021 template)',
  'requests.2021': 'Blank table 3 (2021 template)',
  'review.2021': 'Blank table 4 (2021 template)',
  'active.2019': 'Blank table 2 (2019 template, for 2019 and 2020 reports)',
  'requests.2019': 'Blank table 3 (2019 template, for 2019 and 2020 reports)',
  'review.2019': 'Blank table 4 (2019 template, for 2019 and 2020 reports)',
  report: 'Skeleton of a whole annual report (2021 template): title, six sections, three tables',
};

/** The pinyin a prefix is also found by (typed without an input method): 表三 → biaosan, 年报 → nianbao. */
const PINYIN = { 年报: 'nianbao', 表二: 'biaoer', 表三: 'biaosan', 表四: 'biaosi' };

/** The body lines of one blank table (no placeholders: every number starts as 0). */
function tableLines(core, templateId, tableId, shape = 'markdown') {
  const table = core.templates[templateId].tables.find((t) => t.id === tableId);
  return core.renderBlankTable(table, shape).map(literal);
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/**
 * The whole-report skeleton (2021 template): title, preamble, six sections, three tables, fee sentence.
 * `text`: the shape people paste from Word into a .txt draft (no #, ** or pipes; tables by tabs).
 */
function reportLines(core, shape = 'markdown') {
  const t = core.templates['2021'];
  const md = shape === 'markdown';
  const sectionById = Object.fromEntries(t.sections.map((s) => [s.id, s]));
  const heading = (id) => `${md ? '## ' : ''}${NUMERALS[sectionById[id].number - 1]}、${sectionById[id].title}`;
  const fills = core.skeletonPlaceholders(t);
  let stop = 2;
  const placeholder = (text) => `\${${stop++}:${literal(text)}}`;
  const lines = [
    `${md ? '# ' : ''}${placeholder(core.BODY_PLACEHOLDER)}\${1:${DEFAULT_YEAR}}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${literal(t.citation)}）要求编制。本报告统计数据期限为\${1}年1月1日至\${1}年12月31日。`,
    '',
    heading('overview'),
    '',
    placeholder(fills.overview),
  ];
  const subsectionNumerals = ['（一）', '（二）', '（三）', '（四）', '（五）'];
  t.overviewSubsections.forEach((sub, i) => {
    lines.push('', `${md ? '### ' : ''}${subsectionNumerals[i]}${sub.title}`, '', placeholder(fills.subsections[i]));
  });
  for (const id of ['active', 'requests', 'review']) {
    lines.push('', heading(id), '', ...tableLines(core, '2021', sectionById[id].tableId, shape));
  }
  lines.push('', heading('problems'), '', placeholder(fills.problems));
  lines.push('', heading('other'), '', `依据《政府信息公开信息处理费管理办法》，\${1}年本机关${placeholder('未收取信息处理费')}。`, '$0');
  return lines;
}

/**
 * The snippets: the Chinese prefix a user types and its pinyin, the body they insert (`report` or a
 * key of the tables, in the document's shape) and their description's key.
 */
export function buildSnippets() {
  const out = [];
  for (const [suffix, templateId] of [['', '2021'], ['2019', '2019']]) {
    for (const [tableId, name] of [['active', '表二'], ['requests', '表三'], ['review', '表四']]) {
      const body = `${tableId}.${templateId}`;
      out.push({ prefixes: [`${name}${suffix}`, `${PINYIN[name]}${suffix}`], body, description: describe(DESCRIPTIONS[body]) });
    }
  }
  out.push({ prefixes: ['年报', PINYIN['年报']], body: 'report', description: describe(DESCRIPTIONS.report) });
  return out;
}

/** What the commands and the snippets insert: the skeleton and each table, per template and shape; and the snippets. */
export function buildSkeleton(core) {
  const tables = {};
  for (const templateId of ['2021', '2019']) {
    for (const tableId of ['active', 'requests', 'review']) {
      tables[`${tableId}.${templateId}`] = { markdown: [...tableLines(core, templateId, tableId), '$0'], text: [...tableLines(core, templateId, tableId, 'text'), '$0'] };
    }
  }
  return { defaultYear: DEFAULT_YEAR, report: { markdown: reportLines(core), text: reportLines(core, 'text') }, tables, snippets: buildSnippets() };
}

async function main() {
  const core = await loadCore();
  const text = `${JSON.stringify(buildSkeleton(core), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    if (readFileSync(SKELETON_FILE, 'utf8') !== text) {
      console.error(`${SKELETON_FILE} is out of date: run node scripts/generate-snippets.mjs`);
      process.exit(1);
    }
    console.log('snippets are up to date');
    return;
  }
  writeFileSync(SKELETON_FILE, text);
  console.log(`wrote ${SKELETON_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
