// The shape of an official report template as data: sections, tables, rows, columns and the sums that
// must hold. Rules ask a Template; they never spell a heading or a row label themselves.

import type { ClaimSpec } from './textClaims.js';

export type TemplateId = '2021' | '2019';

/** How a heading or label is recognised: any one alternative whose terms all occur. */
export type KeyTerms = string[][];

export interface SectionSpec {
  /** Stable id, e.g. 'overview', 'active'. */
  id: string;
  /** 1-based position in the template (一 = 1). */
  number: number;
  /** The official heading, without its number. */
  title: string;
  /** Terms that recognise the heading among numbered lines. */
  recognise: KeyTerms;
  /**
   * Words that carry the heading's meaning: every group must be present, by any one of its words
   * (checked once the heading is recognised); the first word of a group names it in messages.
   */
  required: string[][];
  /** The table that belongs in this section, if any. */
  tableId?: string;
  /** The 信息处理费 is reported in this section (where the template requires it: `Template.feeRequired`). */
  reportsFee?: boolean;
  /** The section that covers the parts of `Template.overviewSubsections`, within `Template.overviewLimit` 字. */
  coversParts?: boolean;
  /** The section narrates the year's work: a year written in its text names the report's year (year-mismatch). */
  narratesYear?: boolean;
  /** The section may give other years' figures (problems and plans): its figures are no restatement of the tables. */
  citesOtherYears?: boolean;
}

export interface SubsectionSpec {
  id: string;
  title: string;
  /** Terms that find the part in the text of section 一. */
  recognise: KeyTerms;
  /** Looser terms that find it in a subsection heading of 一 (a heading names its topic). */
  headingRecognise?: KeyTerms;
}

export interface ColumnSpec {
  id: string;
  title: string;
  /** Name within its group, when the title repeats the group (表四: 结果维持). */
  short?: string;
  /** Values may be negative (本年增/减). */
  signed?: boolean;
  /** Values may have decimals (amounts in 万元). */
  decimal?: boolean;
  /** The column holds an amount of money (not a count). */
  money?: boolean;
  /** The unit the template prints for the column (本年收费金额（单位：万元） → 万元); a money column without one leaves it to the draft. */
  unit?: string;
}

export interface RowSpec {
  id: string;
  /** The official label, as printed in the template (with its numbering). */
  label: string;
  /** How a formula names the row when the label is long or ambiguous (（七）总计, 本年新收). */
  short?: string;
  /** Labels that mean this row but are worded differently in real drafts. */
  aliases?: string[];
  /** Column ids of the values this row carries, in order; empty for heading rows. */
  columns: string[];
  /** For heading rows: the ids of the rows it groups. */
  group?: string[];
  /** Short labels (e.g. 3.其他) are recognised only with their numbering, not to clash with headers. */
  needsNumber?: boolean;
  /** A row without a label: the data row that follows the header (table 四). */
  unlabelled?: boolean;
}

/** One side of a sum: a single cell, by row id and column id. */
export interface CellRef {
  row: string;
  column: string;
}

/**
 * A sum that must hold: target = Σ plus − Σ minus, checked once per "each" item.
 * `each` lists substitutions: for every entry, `{row}`/`{column}` placeholders in target and terms
 * are replaced, so one spec states "in every row" or "in every column".
 */
/** What a sum states: a row's total, a column's （七）总计, a column's balance (一 + 二 = 三 + 四), table 四's totals. */
type SumKind = 'rowTotal' | 'outcomeTotal' | 'balance' | 'reviewTotal';

export interface SumSpec {
  kind: SumKind;
  /** The rule that reports the sum when it fails. */
  ruleId: string;
  tableId: string;
  /** l10n key that names the relation, e.g. 'sum.rowTotal'. */
  nameId: string;
  each: Array<Record<string, string>>;
  target: CellRef;
  plus: CellRef[];
  minus: CellRef[];
}

export interface TableData {
  id: string;
  /** Short official name, e.g. 表三 (the number follows the section). */
  name: string;
  sectionId: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  /** Header words (column and block titles, notes) that are not values. */
  headerWords: string[];
  /** The title the template prints above the row labels (表二's blocks: 信息内容; 表三: 申请人情况), for blank tables. */
  labelTitle?: string;
  /** Header cells that start this table when no row label has been seen (table 四). */
  anchors?: string[];
  /** Blocks of rows under their own heading and columns (table 二: 第二十条第（一）项 …). */
  blocks?: { title: string; rows: string[]; columns: string[] }[];
  /** Column groups printed above the column titles (table 四: 行政复议, 行政诉讼 …). */
  columnGroups?: { title: string; columns: string[]; subtitle?: string }[];
  /** The header printed above the columns (表三): the note in its corner, a title over every column, groups over some. */
  header?: { corner: string; title: string; groups: { title: string; columns: string[] }[] };
}

/** A citation of another template's document, as a draft may write it. */
export interface CitationSign {
  /** Global regex. */
  pattern: RegExp;
  /** It cites the superseded document itself: replacing it with this template's `citation` is offered (not "格式（试行）"). */
  replaceable?: boolean;
}

/** A template as written down (templates/template20xx.ts); compileTemplate() makes it a Template. */
export interface TemplateData {
  id: TemplateId;
  /** The document that issued the template, e.g. 国办公开办函〔2021〕30号. */
  citation: string;
  sections: SectionSpec[];
  /** What section 一 must cover. */
  overviewSubsections: SubsectionSpec[];
  tables: TableData[];
  sums: SumSpec[];
  /** Soft length limit of section 一 in 字, if the template sets one. */
  overviewLimit?: number;
  /** Section 六 must report 信息处理费. */
  feeRequired: boolean;
  /** Terms that count as reporting the fee. */
  feeTerms: string[];
  /** The standard sentence for a year without fees (what fee-not-reported's quick fix writes). */
  feeNoneSentence?: string;
  /** Text that marks a report as written to an older template (citations). */
  outdatedCitations: CitationSign[];
  /** Text that marks a report as written to a newer template, one not yet in force for it (citations). */
  newerCitations: CitationSign[];
  /** What the text may restate of the tables (text-table-mismatch compares them). */
  claims: readonly ClaimSpec[];
  /** First and last report year this template applies to. */
  years: { from: number; to?: number };
}

/** A table of a compiled template: its data and what follows from it alone, worked out once by compileTemplate(). */
export interface TableSpec extends TableData {
  /** The position in `rows` of the first row with each id. */
  readonly rowIndex: ReadonlyMap<string, number>;
  /** The column specs of each row's values, in order (undefined: a column id the table does not have). */
  readonly rowColumns: ReadonlyMap<RowSpec, readonly (ColumnSpec | undefined)[]>;
  /** Each column's title without its unit note (本年收费金额（单位：万元） → 本年收费金额), by column id. */
  readonly columnTitles: ReadonlyMap<string, string>;
  /** How messages name each row: its label with its group, without long notes. */
  readonly rowNames: ReadonlyMap<RowSpec, string>;
  /** The table's row without a label (table 四's data row), if it has one. */
  readonly unlabelledRow?: RowSpec;
}

/** What the reader and the rules derive from a template alone (lookup tables, resolved sums): once per template. */
export interface TemplateFacts {
  /** The value of `fact` for this template, computed on first asking. */
  of<T>(fact: (template: Template) => T): T;
}

/** An official template, compiled: its data, its tables' derived facts, and the other template it is told from. */
export interface Template extends Omit<TemplateData, 'tables'> {
  tables: TableSpec[];
  /** The other template, whose labels the reader recognises to report them as outdated or too new. */
  readonly other: Template;
  readonly derived: TemplateFacts;
}
