// The report model: what the reader found in a draft, every part with its source span.
// Rules read this model; they never look at raw lines again.

import type { Span } from './types.js';
import type { TemplateId } from './templates/templateTypes.js';

/** One cell of text as it sits in the source: a pipe/HTML cell, a tab field, or a whole line. */
export interface CellToken {
  text: string;
  span: Span;
  /** 0-based line of the token's start. */
  line: number;
  /** Where it came from; pipe, grid and HTML cells are explicit, text fields are split by tabs/spaces. */
  source: 'pipe' | 'grid' | 'html' | 'text' | 'heading';
  /** The whole source line is this one token (no tabs, no pipes). */
  wholeLine: boolean;
  /**
   * A grid-table cell that wraps onto several lines: each line's part, in order (`span` is the
   * first part, `text` the parts joined). Its text cannot be rewritten by one edit.
   */
  pieces?: Span[];
}

/** What can be wrong with a value cell (each is a message of table-cell-invalid). */
export const CELL_PROBLEMS = ['blank', 'placeholder', 'unit', 'text', 'negative', 'decimal'] as const;
export type CellProblem = (typeof CELL_PROBLEMS)[number];

export interface Cell {
  token: CellToken;
  /** The number the cell holds (also for "2笔"), or null when it holds none. */
  value: number | null;
  problem?: CellProblem;
  /** The unit written after the number, when the problem is 'unit' (2件, 5000元). */
  unit?: string;
}

export interface Row {
  /** Template row id, or undefined for an unknown label. */
  rowId?: string;
  /** The label token; undefined for the unlabelled data row of table 四. */
  label?: CellToken;
  /** The label belongs to another template (e.g. 规范性文件 in a 2021 report); its id if it maps. */
  otherTemplate?: { templateId: TemplateId; rowId: string };
  /** Value tokens as read, before trimming merged-cell blanks. */
  rawCells: CellToken[];
  /** Cells after trimming, aligned with the template row's columns when the count is right. */
  cells: Cell[];
  /** How many values the template has for this row (0 for heading rows). */
  expectedCount: number;
  /** The same row appeared earlier in the table: these values are not used. */
  duplicate?: boolean;
}

export interface Table {
  tableId: string;
  span: Span;
  rows: Row[];
  /** Header cells that belong to another template (e.g. 本年新制作数量 in a 2021 report). */
  otherTemplateHeaders: CellToken[];
  /** Section number (1-based, template order) the table sits in, if any. */
  sectionNumber?: number;
}

/** How a heading is numbered: 第一部分, 一、, （一）, 1. or 1、, （1）, or not at all (a Markdown heading). */
export type NumberingScheme = 'part' | 'cn' | 'paren-cn' | 'arabic' | 'paren-arabic' | 'none';

export interface Heading {
  /** 'section' for the schemes a section may use (第一部分, 一、, unnumbered Markdown), else 'subsection'. */
  kind: 'section' | 'subsection';
  /** Span of the whole heading line content (without markdown markers). */
  span: Span;
  /** The numeral as written (一, 二…) and its span; absent for an unnumbered markdown heading. */
  numeral?: { text: string; value: number; span: Span };
  /** Title text after the number, up to the end of the line or first sentence mark. */
  title: string;
  titleSpan: Span;
  line: number;
  /** Line start offset and line end offset (without the line break). */
  lineSpan: Span;
  /** Markdown prefix used on that line, e.g. '## ' or ''. */
  prefix: string;
  scheme: NumberingScheme;
  /** Number of # of a Markdown heading; 0 for a plain line. */
  markdownLevel: number;
  /** The heading is set in bold (**…** or __…__). */
  bold: boolean;
  /** It stands alone on its line: no sentence runs on after the title. */
  ownLine: boolean;
  /** Depth in the document's outline: 0 for the top level (the sections), 1 for their children… */
  level: number;
}

export interface Section {
  heading: Heading;
  /** Template section id it was recognised as, or undefined for an extra section. */
  sectionId?: string;
  /** From the end of the heading line to the start of the next section heading. */
  body: Span;
  subsections: Heading[];
  /** Another heading of the same template section is the section (this one is reported as its duplicate). */
  duplicate?: boolean;
  /** Nothing stands under this heading up to the next section heading (a heading pasted twice). */
  empty?: boolean;
}

export interface YearMention {
  year: number;
  span: Span;
  kind: 'title' | 'periodStart' | 'periodEnd' | 'selfName' | 'narrative';
}

export interface Period {
  span: Span;
  start: { year?: number; month: number; day: number };
  end: { year?: number; month: number; day: number };
}

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  rules: string[];
  line: number;
}

export interface Report {
  text: string;
  title?: { text: string; span: Span };
  /** The report's year (title first, else the statistics period). */
  year?: { value: number; span: Span; from: 'title' | 'period' };
  period?: Period;
  yearMentions: YearMention[];
  /** Every heading of the outline (outside tables and the title), in order, with its level. */
  headings: Heading[];
  sections: Section[];
  tables: Table[];
  directives: Directive[];
  /** Text looks like Markdown (headings or pipe tables): fixes insert Markdown. */
  markdown: boolean;
  /** Line break used by the document. */
  eol: string;
  /** Lines holding a table whose rows ran together (read one row per label: read/runTogetherRows.ts); absent when none. */
  runTogetherLines?: number[];
  /**
   * Lines holding a table run together so that its rows cannot be read (its label title or anchor and
   * header words, but no cut into rows: read/runTogetherRows.ts), with the table's id; absent when none.
   */
  unreadTables?: { line: number; tableId: string }[];
}
