// Generates snippets/nianbao.json from the checker core: blank tables 二/三/四 in both
// formats (core renderBlankTable, the shape the reader reads best) and a whole 2021-format report
// skeleton, so the snippets and the reader never drift. `--check` fails if the committed file differs.
//   node scripts/generate-snippets.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, ROOT } from './loadCore.mjs';

export const SNIPPETS_FILE = join(ROOT, 'snippets', 'nianbao.json');

/** Escapes text for a snippet body ($, } and \ are syntax there). */
function literal(text) {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A description in both languages, from the package.nls bundles (snippets cannot be localised). */
function describe(key) {
  const zh = JSON.parse(readFileSync(join(ROOT, 'package.nls.zh-cn.json'), 'utf8'))[key];
  const en = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8'))[key];
  if (!zh || !en) throw new Error(`package.nls*.json lack ${key}`);
  return `${zh} · ${en}`;
}

/** The body lines of one blank table (no placeholders: every number starts as 0). */
function tableLines(core, templateId, tableId) {
  const table = core.templates[templateId].tables.find((t) => t.id === tableId);
  return core.renderBlankTable(table, 'markdown').map(literal);
}

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** The whole-report skeleton (2021 format): title, preamble, six sections, three tables, fee sentence. */
function reportLines(core) {
  const t = core.templates['2021'];
  const sectionById = Object.fromEntries(t.sections.map((s) => [s.id, s]));
  const heading = (id) => `## ${NUMERALS[sectionById[id].number - 1]}、${sectionById[id].title}`;
  let stop = 2;
  const placeholder = (text) => `\${${stop++}:${literal(text)}}`;
  const lines = [
    `# ${placeholder('XX县XX局')}\${1:2025}年政府信息公开工作年度报告`,
    '',
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（${literal(t.citation)}）要求编制。本报告统计数据期限为\${1}年1月1日至\${1}年12月31日。`,
    '',
    heading('overview'),
    '',
    placeholder('总体情况概述。'),
  ];
  const subsectionNumerals = ['（一）', '（二）', '（三）', '（四）', '（五）'];
  t.overviewSubsections.forEach((sub, i) => {
    lines.push('', `### ${subsectionNumerals[i]}${sub.title}`, '', placeholder(`${sub.title}情况。`));
  });
  for (const id of ['active', 'requests', 'review']) {
    lines.push('', heading(id), '', ...tableLines(core, '2021', sectionById[id].tableId));
  }
  lines.push('', heading('problems'), '', placeholder('存在的主要问题及改进情况。'));
  lines.push('', heading('other'), '', `依据《政府信息公开信息处理费管理办法》，\${1}年本机关${placeholder('未收取信息处理费')}。`, '$0');
  return lines;
}

/** All snippets, keyed by name, in VS Code's snippet-file shape. */
export function buildSnippets(core) {
  const out = {};
  for (const [suffix, templateId] of [['', '2021'], ['2019', '2019']]) {
    for (const [tableId, name] of [['active', '表二'], ['requests', '表三'], ['review', '表四']]) {
      out[`${name}${suffix}`] = {
        prefix: `${name}${suffix}`,
        body: [...tableLines(core, templateId, tableId), '$0'],
        description: describe(`snippet.${tableId}.${templateId}`),
      };
    }
  }
  out['年报'] = { prefix: '年报', body: reportLines(core), description: describe('snippet.report.2021') };
  return out;
}

async function main() {
  const core = await loadCore();
  const text = `${JSON.stringify(buildSnippets(core), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(SNIPPETS_FILE, 'utf8');
    if (current !== text) {
      console.error(`${SNIPPETS_FILE} is out of date: run node scripts/generate-snippets.mjs`);
      process.exit(1);
    }
    console.log('snippets are up to date');
    return;
  }
  writeFileSync(SNIPPETS_FILE, text);
  console.log(`wrote ${SNIPPETS_FILE} (${Object.keys(JSON.parse(text)).length} snippets)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
