// Inputs made of long runs: every single character the reader reacts to, and every kind of
// whitespace, repeated 1,000–100,000 times inside each construct the reader parses (heading, title,
// table cell, pipe row, HTML cell, comment, bracketed note, year, number), alone and inside a real
// report. A regex that backtracks or restarts over a run (the padded heading, the bracket notes, the
// unclosed comment, the title trim) shows up here as a lint far beyond the time bound.

/** Whitespace of every kind JavaScript's \s knows, plus line breaks and the zero-width space. */
const WHITESPACE_RUNS: ReadonlyArray<{ name: string; unit: string }> = [
  { name: 'space', unit: ' ' },
  { name: 'tab', unit: '\t' },
  { name: 'ideographic space', unit: '\u3000' },
  { name: 'no-break space', unit: '\u00a0' },
  { name: 'vertical tab', unit: '\v' },
  { name: 'form feed', unit: '\f' },
  { name: 'line separator', unit: '\u2028' },
  { name: 'paragraph separator', unit: '\u2029' },
  { name: 'BOM', unit: '\ufeff' },
  { name: 'en quad', unit: '\u2000' },
  { name: 'zero-width space', unit: '\u200b' },
  { name: 'LF', unit: '\n' },
  { name: 'CR', unit: '\r' },
  { name: 'CRLF', unit: '\r\n' },
  { name: 'space and tab', unit: ' \t' },
];

/** Single characters the reader's patterns react to (markup, brackets, numerals, CJK, controls). */
const CHARACTER_RUNS: ReadonlyArray<{ name: string; unit: string }> = [
  ...[...'#*_|-:[]()（）<>!/=`\\"\'.,，、。；+~—0１〇一十年月日至条共其中件字a'].map((c) => ({ name: c, unit: c })),
  { name: 'NUL', unit: '\0' },
  { name: 'ESC', unit: '\u001b' },
  { name: 'lone surrogate', unit: '\ud800' },
  { name: 'emoji', unit: '😀' },
  { name: '<!--', unit: '<!--' },
  { name: '-->', unit: '-->' },
  { name: '<td>', unit: '<td>' },
  { name: '| 1 ', unit: '| 1 ' },
  { name: '（一）', unit: '（一）' },
  { name: '1 ', unit: '1 ' },
];

export const ALL_RUNS = [...WHITESPACE_RUNS, ...CHARACTER_RUNS];

/** One construct: how a run sits inside it, as a document alone and inside a report. */
interface Construct {
  name: string;
  /** The construct around the run, as the lines it takes. */
  wrap(run: string): string;
  /** Where it goes in a report: a line of its own after a section heading, or replacing a table row. */
  place: 'title' | 'section' | 'table';
}

const ROW_TAIL = ' | 1 | 0 | 0 | 0 | 0 | 0 | 1 |';

export const CONSTRUCTS: readonly Construct[] = [
  { name: 'heading', place: 'section', wrap: (r) => `# a${r}b` },
  { name: 'heading with closing hashes', place: 'section', wrap: (r) => `## 一、总体情况${r}##${r}` },
  { name: 'title', place: 'title', wrap: (r) => `示例县${r}2025年政府信息公开工作年度报告${r}` },
  { name: 'table cell', place: 'table', wrap: (r) => `| （一）予以公开${r}${ROW_TAIL}` },
  { name: 'number cell', place: 'table', wrap: (r) => `| （一）予以公开 | 1${r}2 | 0 | 0 | 0 | 0 | 0 | 1 |` },
  { name: 'pipe row', place: 'table', wrap: (r) => `|${r}|${r}|` },
  { name: 'delimiter row', place: 'table', wrap: (r) => `| ---${r}| --- |${r}` },
  { name: 'HTML cell', place: 'section', wrap: (r) => `<table><tr><td>${r}</td><td>1${r}</td></tr></table>` },
  { name: 'comment', place: 'section', wrap: (r) => `<!--${r}` },
  { name: 'closed comment', place: 'section', wrap: (r) => `<!-- nianbao-disable-next-line${r}-->` },
  { name: 'bracketed note', place: 'table', wrap: (r) => `| （二）部分公开（区分处理的${r}[${r}${ROW_TAIL}` },
  { name: 'year', place: 'section', wrap: (r) => `2025${r}年1月1日${r}至2025年${r}12月31日，本机关主动公开信息共${r}37条，其中${r}` },
  { name: 'number', place: 'section', wrap: (r) => `全年共收到政府信息公开申请1${r}件。` },
];

/** The run of `unit` repeated to about `length` characters. */
export function runOf(unit: string, length: number): string {
  return unit.repeat(Math.max(1, Math.ceil(length / unit.length)));
}

/** The construct inside a report: on the title line, after the first section heading, or as a row of table 三. */
export function inReport(report: string, construct: Construct, run: string): string {
  const piece = construct.wrap(run);
  if (construct.place === 'title') return `${piece}\n${report}`;
  if (construct.place === 'section') {
    const at = report.indexOf('\n', report.indexOf('一、'));
    return at < 0 ? `${report}\n${piece}\n` : `${report.slice(0, at + 1)}\n${piece}\n${report.slice(at + 1)}`;
  }
  const rowAt = report.indexOf('（一）予以公开', report.indexOf('三、'));
  if (rowAt < 0) return `${report}\n${piece}\n`;
  const lineStart = report.lastIndexOf('\n', rowAt) + 1;
  const lineEnd = report.indexOf('\n', rowAt);
  return `${report.slice(0, lineStart)}${piece}${lineEnd < 0 ? '' : report.slice(lineEnd)}`;
}

/** How many times a construct holds its run. */
function runsIn(construct: Construct): number {
  return construct.wrap('\u0001').split('\u0001').length - 1;
}

/** Every case: each construct × each run kind × each length, alone and in the report. */
export function* runCases(report: string, lengths: readonly number[]): Generator<{ name: string; text: string }> {
  for (const construct of CONSTRUCTS) {
    for (const { name, unit } of ALL_RUNS) {
      for (const length of lengths) {
        // A construct holding the run k times gets runs of length / k: its document stays about `length` long.
        const run = runOf(unit, length / runsIn(construct));
        yield { name: `${construct.name} / ${name} × ${run.length / unit.length}`, text: construct.wrap(run) };
        yield { name: `${construct.name} / ${name} × ${run.length / unit.length} in a report`, text: inReport(report, construct, run) };
      }
    }
  }
}
