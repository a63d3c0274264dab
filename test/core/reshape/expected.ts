// Test data: where a shape legitimately changes a report's findings, how and why. Each entry
// changes one golden message into the one the reshaped report must give.

interface ShapeChange {
  report: string;
  /** The variant's name (variants.ts). */
  variant: string;
  from: string;
  to: string;
  why: string;
}

const WORDS = '字数 counts what is written, as Word\'s Chinese statistics do: a full-width （ ） is one 字 each, a half-width ( ) none, so the numbering brackets of the subsection headings written the other width change the count (the finding itself stays).';
const QUOTED = 'the finding quotes the row label as written, and the reshaped draft writes its numbering with half-width brackets.';

export const shapeChanges: ShapeChange[] = [
  ...['tsv + other brackets + source comment toggled', 'cells + other brackets', 'html with merged labels + bold headings + other brackets'].flatMap((variant) => [
    { report: 'jiatang-2024.txt', variant, from: '共 1624 字', to: '共 1614 字', why: WORDS },
    { report: 'caizheng-2025.md', variant, from: '共 1167 字', to: '共 1161 字', why: WORDS },
    { report: 'haitan-2023.md', variant, from: '（“（六）其他处理”）', to: '（“(六)其他处理”）', why: QUOTED },
  ]),
];
