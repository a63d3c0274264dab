// Builds the benchmark corpus: the seed drafts plus generated reports in every input shape (GFM
// pipe tables, HTML tables with rowspan/colspan, tab-separated blocks, one cell per line), with
// and without defects. Deterministic: the same seed gives the same texts on every run.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SHAPES = ['pipe', 'html', 'tab', 'cell'];

/** A small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed drafts as { name, text }. */
export function readSeeds(seedDir) {
  return readdirSync(seedDir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }));
}

/** Paragraphs of prose from the seeds (long lines that are neither tables nor headings). */
export function prosePool(seeds) {
  const pool = [];
  for (const { text } of seeds) {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim().replace(/^#+\s*/, '');
      if (line.length < 40 || line.includes('\t') || line.includes('|') || line.includes('<')) continue;
      if (/^[一二三四五六七八九十]+[、.．]/.test(line)) continue;
      if (/\d{4}\s*年/.test(line)) continue; // keep the generated report's own year consistent
      pool.push(line);
    }
  }
  return pool;
}

const ORGS = ['海原县贾塘乡人民政府', '某市生态环境局', '某县自然资源局', '某区人民政府办公室', '某市教育局', '某县李俊乡人民政府', '某市司法局', '某县交通运输局'];
const SUBSECTIONS = ['主动公开', '依申请公开', '政府信息管理', '政府信息公开平台建设', '监督保障'];
const SECTION_TITLES = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Values for table 三 whose sums hold: row totals, （七）总计 and the balance. */
function requestValues(template, rand) {
  const table = template.tables.find((t) => t.id === 'requests');
  const dataRows = table.rows.filter((r) => r.columns.length > 0);
  const parts = 6;
  const values = new Map();
  const small = () => (rand() < 0.6 ? 0 : Math.floor(rand() * 12));
  const outcomeIds = [];
  let inOutcome = false;
  for (const r of table.rows) {
    if (r.id === 'outcome') inOutcome = true;
    else if (r.id === 'outcomeTotal') inOutcome = false;
    else if (inOutcome && r.columns.length > 0) outcomeIds.push(r.id);
  }
  for (const r of dataRows) {
    if (r.id === 'outcomeTotal' || r.id === 'new' || r.id === 'carried' || r.id === 'carryOver') continue;
    values.set(r.id, Array.from({ length: parts }, small));
  }
  const outcome = Array.from({ length: parts }, (_, c) => outcomeIds.reduce((s, id) => s + values.get(id)[c], 0));
  const carryOver = Array.from({ length: parts }, small);
  const carried = Array.from({ length: parts }, (_, c) => Math.min(outcome[c] + carryOver[c], Math.floor(rand() * 3)));
  values.set('outcomeTotal', outcome);
  values.set('carryOver', carryOver);
  values.set('carried', carried);
  values.set('new', outcome.map((o, c) => o + carryOver[c] - carried[c]));
  const withTotals = new Map();
  for (const [id, v] of values) withTotals.set(id, [...v, v.reduce((a, b) => a + b, 0)]);
  return withTotals;
}

/** Breaks some sums or cells of a valid report, the way real drafts go wrong. */
function addDefects(values, rand) {
  const ids = [...values.keys()];
  const hit = (id, col, value) => {
    const row = values.get(id);
    if (row) row[col] = value;
  };
  hit(ids[Math.floor(rand() * ids.length)], 6, 99); // a wrong row total
  hit('outcomeTotal', Math.floor(rand() * 6), 7); // （七） ≠ its parts
  hit('open', 2, ''); // a blank cell
  hit('partial', 1, '2笔'); // a unit in a cell
  hit('refuse3', 0, '/'); // a placeholder
}

function renderPipe(header, rows) {
  const width = Math.max(header.length, ...rows.map((r) => r.length));
  const pad = (r) => [...r, ...Array(width - r.length).fill('')];
  const line = (r) => `| ${pad(r).join(' | ')} |`;
  return [line(header), `|${Array(width).fill(' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

function renderTab(header, rows, rand) {
  const lines = [header.join('\t'), ...rows.map((r) => (rand() < 0.3 ? '\t' : '') + r.join('\t') + (rand() < 0.3 ? '\t' : ''))];
  return lines.join('\n');
}

function renderCells(header, rows) {
  const out = [];
  for (const r of [header, ...rows]) {
    for (const c of r) out.push(c === '' ? '\t' : `\t${c}`);
    out.push('');
  }
  return out.join('\n');
}

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** An HTML table as Word/pandoc write it; `rowspans` merges a label cell over following rows. */
function renderHtml(headRows, bodyRows) {
  const out = ['<table>', '<tbody>'];
  for (const r of [...headRows, ...bodyRows]) {
    out.push('<tr>');
    for (const c of r) {
      const cell = typeof c === 'object' ? c : { text: c };
      const attrs = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan ? ` colspan="${cell.colspan}"` : ''}`;
      out.push(`<td${attrs}><p>${esc(cell.text)}</p></td>`);
    }
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function table2(template, shape, rand) {
  const spec = template.tables.find((t) => t.id === 'active');
  const value = (col) => (col.decimal ? (rand() < 0.5 ? '0' : (rand() * 20).toFixed(2)) : String(Math.floor(rand() * 40)));
  const parts = [];
  for (const block of spec.blocks ?? [{ title: '', rows: spec.rows.map((r) => r.id), columns: spec.columns.map((c) => c.id) }]) {
    const cols = block.columns.map((id) => spec.columns.find((c) => c.id === id));
    const header = ['信息内容', ...cols.map((c) => c.title)];
    const rows = block.rows.map((id) => {
      const row = spec.rows.find((r) => r.id === id);
      return [row.label, ...row.columns.map((cid) => value(spec.columns.find((c) => c.id === cid)))];
    });
    if (shape === 'html') parts.push(renderHtml([[{ text: block.title, colspan: cols.length + 1 }], header], rows));
    else if (shape === 'pipe') parts.push(renderPipe([block.title, ...cols.map(() => '')], [header, ...rows]));
    else if (shape === 'tab') parts.push(`${block.title}\t\t\t\n` + renderTab(header, rows, rand));
    else parts.push(`\t${block.title}\n\n` + renderCells(header, rows));
  }
  return parts.join('\n\n');
}

function table3(template, shape, rand, defects) {
  const spec = template.tables.find((t) => t.id === 'requests');
  const values = requestValues(template, rand);
  if (defects) addDefects(values, rand);
  const note = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
  const columns = spec.columns.map((c) => c.title);
  const rows = spec.rows.map((r) => [r.label, ...(values.get(r.id) ?? (r.columns.length ? r.columns.map(() => 0) : [])).map(String)]);
  if (shape === 'html') {
    // Word's layout: 申请人情况 over everything, 法人或其他组织 over five columns, group labels with rowspan.
    const head = [
      [{ text: note, colspan: 3, rowspan: 3 }, { text: '申请人情况', colspan: 7 }],
      [{ text: '自然人', rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: '总计', rowspan: 2 }],
      columns.slice(1, 6),
    ];
    const body = [];
    const groupOf = new Map(); // row id → its innermost group row (later groups are nested deeper)
    for (const r of spec.rows) for (const id of r.group ?? []) groupOf.set(id, r);
    const isData = (id) => spec.rows.find((x) => x.id === id).columns.length > 0;
    const emitted = new Set();
    for (const r of spec.rows) {
      if (r.columns.length === 0) continue; // group rows are printed as rowspan cells
      const chain = [];
      for (let g = groupOf.get(r.id); g; g = groupOf.get(g.id)) chain.unshift(g);
      const cells = [];
      for (const g of chain) {
        if (emitted.has(g.id)) continue;
        emitted.add(g.id);
        cells.push({ text: g.label, rowspan: g.group.filter(isData).length });
      }
      cells.push(chain.length < 2 ? { text: r.label, colspan: 3 - chain.length } : r.label);
      body.push([...cells, ...(values.get(r.id) ?? []).map(String)]);
    }
    return renderHtml(head, body);
  }
  if (shape === 'pipe') return renderPipe(['申请人情况', ...columns], [[note, ...columns.map(() => '')], ...rows]);
  const header = [note, '', '申请人情况'];
  if (shape === 'tab') return renderTab(header, [['', '', ...columns.slice(0, 2)], ['', '', '', ...columns.slice(1, 6)], ...rows], rand);
  return renderCells(header, [['自然人', '法人或其他组织', '总计'], columns.slice(1, 6), ...rows]);
}

function table4(shape, rand, defects) {
  const group = () => {
    const v = Array.from({ length: 4 }, () => (rand() < 0.7 ? 0 : Math.floor(rand() * 5)));
    return [...v, v.reduce((a, b) => a + b, 0)];
  };
  const values = [...group(), ...group(), ...group()];
  if (defects) values[4] += 1;
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const head1 = ['行政复议', '行政诉讼'];
  if (shape === 'html') {
    return renderHtml(
      [[{ text: '行政复议', colspan: 5 }, { text: '行政诉讼', colspan: 10 }],
        [...outcomes.map((o) => ({ text: o, rowspan: 2 })), { text: '未经复议直接起诉', colspan: 5 }, { text: '复议后起诉', colspan: 5 }],
        [...outcomes, ...outcomes]],
      [values.map(String)],
    );
  }
  if (shape === 'pipe') return renderPipe([...head1, ...Array(13).fill('')], [[...outcomes, '未经复议直接起诉', '', '', '', '', '复议后起诉'], ['', '', '', '', '', ...outcomes, ...outcomes], values.map(String)]);
  if (shape === 'tab') return renderTab(['行政复议', '', '', '', '', '行政诉讼'], [[...outcomes, '未经复议直接起诉', '', '', '', '', '复议后起诉'], ['', '', '', '', '', ...outcomes, ...outcomes], values.map(String)], rand);
  return renderCells(head1, [[...outcomes, '未经复议直接起诉', '复议后起诉'], [...outcomes, ...outcomes], values.map(String)]);
}

/**
 * One generated report. `shape` picks how tables are written; `defects` breaks sums, cells and
 * structure; `targetBytes` sets the amount of prose (UTF-8 bytes, roughly).
 */
export function generateReport({ templates, pool, shape, defects, seed, targetBytes = 15000, year }) {
  const rand = rng(seed);
  const pick = () => pool[Math.floor(rand() * pool.length)];
  const y = year ?? (rand() < 0.2 ? 2020 : 2021 + Math.floor(rand() * 5));
  const template = y <= 2020 ? templates['2019'] : templates['2021'];
  const markdown = shape === 'pipe' || shape === 'html';
  const h = (n, title, level = 2) => (markdown ? `${'#'.repeat(level)} ${NUMERALS[n - 1]}、${title}` : `${NUMERALS[n - 1]}、${title}`);
  const sub = (n, title) => (markdown && rand() < 0.5 ? `### （${NUMERALS[n - 1]}）${title}` : `（${NUMERALS[n - 1]}）${title}`);
  const org = ORGS[Math.floor(rand() * ORGS.length)];
  const citation = template.id === '2021' ? '国办公开办函〔2021〕30号' : '国办公开办函〔2019〕60号';
  const parts = [];
  parts.push(markdown ? `# ${org}${y}年政府信息公开工作年度报告` : `${org}\n\n${y} 年政府信息公开工作年度报告`);
  parts.push(
    `根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（${citation}）要求，编制本报告。` +
      `本报告统计数据从 ${y} 年 1 月 1 日至 ${y} 年 12 月 31 日。本报告电子版可在门户网站查阅或下载。`,
  );
  const sectionTitles = [...SECTION_TITLES];
  const proseBudget = Math.max(2000, targetBytes - 7000);
  const bytesOf = (s) => Buffer.byteLength(s);
  const paragraphs = (share) => {
    const out = [];
    const budget = proseBudget * share;
    let used = 0;
    do {
      const p = pick();
      out.push(p);
      used += bytesOf(p);
    } while (used < budget);
    return out;
  };
  // 一、总体情况 with its five subsections.
  parts.push(h(1, sectionTitles[0]));
  parts.push(`${y}年，本机关认真贯彻落实政府信息公开工作部署，全年主动公开政府信息${Math.floor(rand() * 200)}条。`);
  const subs = defects ? SUBSECTIONS.slice(0, 4) : SUBSECTIONS;
  subs.forEach((s, i) => {
    parts.push(sub(i + 1, s));
    parts.push(...paragraphs(0.025));
  });
  parts.push(h(2, sectionTitles[1]));
  parts.push(table2(template, shape, rand));
  parts.push(h(3, defects ? '收到和处理政府信息公开申请' : sectionTitles[2]));
  parts.push(table3(template, shape, rand, defects));
  parts.push(h(4, sectionTitles[3]));
  parts.push(table4(shape, rand, defects));
  if (defects) {
    parts.push(h(5, '主要采取的措施'));
    parts.push(...paragraphs(0.1));
  }
  parts.push(h(defects ? 6 : 5, sectionTitles[4]));
  parts.push(...paragraphs(0.4));
  if (!defects) {
    parts.push(h(6, sectionTitles[5]));
    parts.push(...paragraphs(0.4));
    parts.push(`本机关${y}年未收取信息处理费。`);
  }
  return { text: parts.join('\n\n') + '\n', template: template.id };
}

/**
 * The throughput corpus: every seed, and for each shape `perShape` generated reports (half with
 * defects) of about `targetBytes` each.
 */
export function buildCorpus({ templates, seedDir, perShape = 6, targetBytes = 15000, seed = 20250101 }) {
  const seeds = readSeeds(seedDir);
  const pool = prosePool(seeds);
  const corpus = seeds.map((s) => ({ name: `seed:${s.name}`, shape: 'seed', defects: null, text: s.text }));
  let n = 0;
  for (const shape of SHAPES) {
    for (let i = 0; i < perShape; i++) {
      const defects = i % 2 === 1;
      const { text } = generateReport({ templates, pool, shape, defects, seed: seed + n++, targetBytes });
      corpus.push({ name: `${shape}-${defects ? 'defects' : 'clean'}-${i}`, shape, defects, text });
    }
  }
  return corpus;
}

/**
 * One report grown to about `lines` lines: the base report with its narrative and tables repeated
 * inside section 六 (more subsections, more prose, more table blocks), as an enormous draft would.
 */
export function growReport(base, lines, pool, seed = 7) {
  const rand = rng(seed);
  const out = [...base.trimEnd().split('\n'), ''];
  const baseLines = out.length;
  let count = baseLines;
  let k = 1;
  while (count < lines) {
    const chunk = [];
    chunk.push(`（${k}）补充说明第${k}项`, '');
    for (let i = 0; i < 4; i++) chunk.push(pool[Math.floor(rand() * pool.length)], '');
    chunk.push(`第二十条第（一）项\t\t\t`, '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', `行政规范性文件\t${k % 7}\t0\t${k % 11}`, '');
    out.push(...chunk);
    count = out.length;
    k++;
  }
  return out.slice(0, Math.max(lines, baseLines)).join('\n') + '\n';
}

/** One report grown to about `bytes` UTF-8 bytes (see growReport). */
export function growReportToBytes(base, bytes, pool, seed = 7) {
  const lines = base.split('\n').length;
  const perLine = Buffer.byteLength(base) / lines;
  let text = growReport(base, Math.ceil(bytes / perLine), pool, seed);
  // Prose lines are longer than table lines: correct once towards the wanted size.
  const ratio = bytes / Buffer.byteLength(text);
  if (Math.abs(ratio - 1) > 0.05) text = growReport(base, Math.ceil(text.split('\n').length * ratio), pool, seed);
  return text;
}
