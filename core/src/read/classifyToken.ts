// Says what a cell token is inside a table: a value, a row label of the template (or of the other
// template), a header word, a break (a section heading or prose), or unknown text.

import { readHeadingMarker } from './readHeadingMarker.js';
import type { CellToken } from '../model.js';
import { isAsciiDigits } from '../text/charClass.js';
import { toNFKC } from '../text/nfkc.js';
import { looksLikeValue } from '../text/parseNumberCell.js';
import { labelKey, normalizedIsNoteTail, normalizedLabelKey, normalizedTextKey, rawIsNoteTail, rawLabelKeyLowerBound, textKey } from '../text/normalizeLabel.js';
import type { RowSpec, Template, TemplateId } from '../templates/templateTypes.js';

type TokenClass =
  | { kind: 'blank' }
  | { kind: 'value' }
  | { kind: 'label'; tableId: string; row: RowSpec; otherTemplate?: { templateId: TemplateId; rowId: string } }
  | { kind: 'header'; tableIds: string[]; otherTemplate: boolean; anchor: boolean }
  | { kind: 'ignore' }
  | { kind: 'break' }
  | { kind: 'unknown' };

// The classes without details, shared (they are only read): no new object per token.
const CLASS_BLANK: TokenClass = { kind: 'blank' };
const CLASS_VALUE: TokenClass = { kind: 'value' };
const CLASS_IGNORE: TokenClass = { kind: 'ignore' };
const CLASS_BREAK: TokenClass = { kind: 'break' };
const CLASS_UNKNOWN: TokenClass = { kind: 'unknown' };

interface LabelEntry {
  tableId: string;
  row: RowSpec;
  templateId: TemplateId;
}

interface HeaderEntry {
  key: string;
  tableId: string;
  otherTemplate: boolean;
  anchor: boolean;
}

/** The lookup tables of one (template, other template) pair: template data only. */
interface ClassifierTables {
  labels: Map<string, LabelEntry>;
  otherTemplateLabels: Map<string, LabelEntry>;
  /** The row of this template that a label of the other template maps to, by that label's key. */
  otherTemplateMapped: Map<string, RowSpec | undefined>;
  headers: HeaderEntry[];
  /** Label entries (this template) by every proper prefix of 6+ characters of their key, in label order. */
  labelsByPrefix: Map<string, LabelEntry[]>;
  /** Header entries by every substring of their key, in header order: matchHeader's candidates. */
  headersBySubstring: Map<string, HeaderEntry[]>;
  /** Longest label key and header key: a longer key can match neither (nor prefix them). */
  maxLabelKey: number;
  /** Longest key of labels of either template. */
  maxAnyLabelKey: number;
  maxHeaderKey: number;
  /** Past this key length a text is neither a label, a label's start, a header nor short of a break (30). */
  longestKey: number;
  /**
   * Classes of short cell texts (labels, numbers, header words), shared by every report read with
   * this pair: a reviewer's hundreds of drafts, and every re-read of a draft being typed, hold the
   * same few hundred short cells. Prose is longer and is classified per report.
   */
  shortClasses: Map<string, TokenClass>;
}

/** Cell texts up to this length are classified once for all reports of a template pair. */
const SHORT_TEXT = 40;
/** The shared map of short classes is forgotten, all at once, at this size (bounded memory). */
const MAX_SHORT_CLASSES = 20_000;

// A fact of the template (with the other template it is told from), shared by every report (building them
// normalised ~150 labels per lint).
function classifierTables(template: Template): ClassifierTables {
  const other = template.other;
  const labels = new Map<string, LabelEntry>();
  const otherTemplateLabels = new Map<string, LabelEntry>();
  const headers: HeaderEntry[] = [];
  for (const [tpl, map] of [[template, labels], [other, otherTemplateLabels]] as const) {
    for (const table of tpl.tables) {
      for (const row of table.rows) {
        if (row.unlabelled) continue;
        for (const label of [row.label, ...(row.aliases ?? [])]) {
          const key = labelKey(label);
          if (key && !map.has(key)) map.set(key, { tableId: table.id, row, templateId: tpl.id });
        }
      }
    }
  }
  for (const [tpl, isOther] of [[template, false], [other, true]] as const) {
    for (const table of tpl.tables) {
      const anchors = new Set((table.anchors ?? []).map(textKey));
      for (const word of table.headerWords) {
        const key = textKey(word);
        if (key) headers.push({ key, tableId: table.id, otherTemplate: isOther, anchor: anchors.has(key) });
      }
    }
  }
  const headersBySubstring = new Map<string, HeaderEntry[]>();
  for (const h of headers) {
    const seen = new Set<string>();
    for (let i = 0; i < h.key.length; i++) {
      for (let j = i + 1; j <= h.key.length; j++) {
        const sub = h.key.slice(i, j);
        if (seen.has(sub)) continue;
        seen.add(sub);
        const list = headersBySubstring.get(sub);
        if (list) list.push(h);
        else headersBySubstring.set(sub, [h]);
      }
    }
  }
  const labelsByPrefix = new Map<string, LabelEntry[]>();
  for (const [full, entry] of labels) {
    for (let n = 6; n < full.length; n++) {
      const prefix = full.slice(0, n);
      const list = labelsByPrefix.get(prefix);
      if (list) list.push(entry);
      else labelsByPrefix.set(prefix, [entry]);
    }
  }
  const otherTemplateMapped = new Map<string, RowSpec | undefined>();
  for (const [key, entry] of otherTemplateLabels) {
    otherTemplateMapped.set(key, template.tables.find((t) => t.id === entry.tableId)?.rows.find((r) => r.id === entry.row.id));
  }
  const maxLabelKey = Math.max(0, ...[...labels.keys()].map((k) => k.length));
  const maxAnyLabelKey = Math.max(0, ...[...labels.keys(), ...otherTemplateLabels.keys()].map((k) => k.length));
  const maxHeaderKey = Math.max(0, ...headers.map((h) => h.key.length));
  const tables: ClassifierTables = {
    labels, otherTemplateLabels, otherTemplateMapped, headers, headersBySubstring, labelsByPrefix, maxLabelKey, maxAnyLabelKey, maxHeaderKey,
    longestKey: Math.max(maxLabelKey, maxAnyLabelKey, maxHeaderKey, BREAK_KEY_LENGTH),
    shortClasses: new Map(),
  };
  return tables;
}

/** Classifies the tokens of one report with the lookup tables and short classes of its template pair. */
export class TokenClassifier {
  private readonly labels: Map<string, LabelEntry>;
  private readonly otherTemplateLabels: Map<string, LabelEntry>;
  private readonly tables: ClassifierTables;

  constructor(readonly template: Template) {
    this.tables = template.derived.of(classifierTables);
    this.labels = this.tables.labels;
    this.otherTemplateLabels = this.tables.otherTemplateLabels;
  }

  classify(token: CellToken): TokenClass {
    const raw = token.text.trim();
    if (raw === '') return CLASS_BLANK;
    if (token.source === 'heading') return CLASS_BREAK;
    // The class of a text depends on nothing else: short texts are remembered across reports. Longer
    // ones (prose, mostly) rarely come twice, and remembering them cost more than classifying them again.
    if (raw.length > SHORT_TEXT) return this.classifyText(raw);
    // Most cells of the tables are plain counts ("0", "12"): a value, told without hashing the text.
    if (isAsciiDigits(raw)) return CLASS_VALUE;
    const cache = this.tables.shortClasses;
    const cached = cache.get(raw);
    if (cached) return cached;
    const result = this.classifyText(raw);
    if (cache.size >= MAX_SHORT_CLASSES) cache.clear();
    cache.set(raw, result);
    return result;
  }

  private classifyText(raw: string): TokenClass {
    // A long line of prose with only full-width punctuation to normalise: when even a lower bound of
    // its key is longer than any label or header, only a note's tail or a break is left (asked of the
    // text as it is; the answers are those of its NFKC form, without calling ICU).
    if (raw.length > this.tables.longestKey && notValueCharRaw.test(raw)) {
      const atLeast = rawLabelKeyLowerBound(raw);
      if (atLeast !== undefined && atLeast > this.tables.longestKey) return rawIsNoteTail(raw) ? CLASS_IGNORE : CLASS_BREAK;
    }
    // Every question below is asked of the NFKC form: normalise once.
    const nfkc = toNFKC(raw);
    if (/^[+-]?[\d,.]+$/.test(nfkc)) return CLASS_VALUE;
    const { key, numbered } = normalizedLabelKey(nfkc);
    // No label key is longer than maxAnyLabelKey: skip hashing a prose line's key for the lookups.
    const mayBeLabel = key.length <= this.tables.maxAnyLabelKey;
    const own = mayBeLabel ? this.labels.get(key) : undefined;
    if (own && (numbered || !own.row.needsNumber)) return { kind: 'label', tableId: own.tableId, row: own.row };
    const otherLabel = mayBeLabel ? this.otherTemplateLabels.get(key) : undefined;
    if (otherLabel && (numbered || !otherLabel.row.needsNumber)) {
      const mapped = this.tables.otherTemplateMapped.get(key);
      return {
        kind: 'label',
        tableId: otherLabel.tableId,
        row: mapped ?? otherLabel.row,
        otherTemplate: { templateId: otherLabel.templateId, rowId: otherLabel.row.id },
      };
    }
    const partial = this.matchPrefix(key, numbered);
    if (partial) return partial;
    // The text key keeps what the label key drops (the numbering), so it is at least as long: past
    // every header and a break's length, the answers below are known without keying the text again.
    if (key.length > this.tables.maxHeaderKey && key.length > BREAK_KEY_LENGTH) {
      if (normalizedIsNoteTail(nfkc)) return CLASS_IGNORE;
      if (!notValueChar.test(nfkc) && looksLikeValue(nfkc)) return CLASS_VALUE;
      return CLASS_BREAK;
    }
    const textKeyOfCell = normalizedTextKey(nfkc);
    const header = this.matchHeader(textKeyOfCell);
    if (header) return header;
    if (normalizedIsNoteTail(nfkc)) return CLASS_IGNORE;
    if (!notValueChar.test(nfkc) && looksLikeValue(nfkc)) return CLASS_VALUE;
    if (textKeyOfCell === '') return CLASS_IGNORE;
    if (isBreak(raw, nfkc, textKeyOfCell)) return CLASS_BREAK;
    return CLASS_UNKNOWN;
  }

  /**
   * The table of a text that is exactly one of the format's row labels (numbering and aliases as
   * classify() reads them; a label's start does not count): where a row run together on a line starts.
   */
  rowLabelTable(raw: string): string | undefined {
    if (raw === '' || raw.length > SHORT_TEXT * 2) return undefined;
    const { key, numbered } = normalizedLabelKey(toNFKC(raw));
    if (key.length > this.tables.maxLabelKey) return undefined;
    const own = this.labels.get(key);
    return own && (numbered || !own.row.needsNumber) ? own.tableId : undefined;
  }

  /**
   * A label wrapped onto two cells ("1.申请人无正当理由逾期不补正、行政机关" + "不再处理…"): its first
   * part is the start (6+ characters) of exactly one row label of this template.
   */
  private matchPrefix(key: string, numbered: boolean): TokenClass | undefined {
    if (key.length < 6 || key.length >= this.tables.maxLabelKey) return undefined;
    // The labels `key` is a proper prefix of (full.length > key.length && full.startsWith(key)),
    // looked up instead of iterating every label.
    const candidates = this.tables.labelsByPrefix.get(key);
    if (!candidates) return undefined;
    let hit: LabelEntry | undefined;
    for (const entry of candidates) {
      if (hit && hit.row.id !== entry.row.id) return undefined;
      hit = entry;
    }
    if (!hit || (hit.row.needsNumber && !numbered)) return undefined;
    return { kind: 'label', tableId: hit.tableId, row: hit.row };
  }

  /** Whether a token is the rest of a wrapped label (the end of the row's own label key). */
  isLabelTail(raw: string, row: RowSpec | undefined): boolean {
    if (!row || row.unlabelled) return false;
    const key = labelKey(raw);
    const full = labelKey(row.label);
    return key.length >= 2 && key.length < full.length && full.endsWith(key);
  }

  private matchHeader(key: string): TokenClass | undefined {
    if (key.length < 2 || key.length > this.tables.maxHeaderKey) return undefined;
    // The headers whose key contains `key` (h.key === key || h.key.includes(key)), looked up, not scanned.
    const candidates = this.tables.headersBySubstring.get(key);
    if (!candidates) return undefined;
    for (const isOther of [false, true]) {
      const hits = candidates.filter((h) => h.otherTemplate === isOther);
      if (hits.length > 0) {
        return {
          kind: 'header',
          tableIds: [...new Set(hits.map((h) => h.tableId))],
          otherTemplate: isOther,
          anchor: hits.some((h) => h.anchor && h.key === key),
        };
      }
    }
    return undefined;
  }
}

/**
 * A character that no value cell can hold (none of looksLikeValue's patterns has it, after markup and
 * spaces are removed): prose is told apart with one test instead of normalising it again.
 */
export const notValueChar = /[^\s\d+\-.,/\\–—_×xX一无空暂NnAa件条个次笔起项元万人份篇宗*`]/;
/**
 * notValueChar for a text not yet normalised whose only characters NFKC changes are full-width
 * punctuation (rawLabelKeyLowerBound's texts): the full-width forms of the ASCII marks above count as those marks.
 */
export const notValueCharRaw = /[^\s\d+\-.,/\\–—_×xX一无空暂NnAa件条个次笔起项元万人份篇宗*`＋－．，／＼]/;

/** A text key longer than this is prose, which ends a table. */
const BREAK_KEY_LENGTH = 30;

/** A numbered section heading (一、…, 第一部分, as the outline reads them) or a line of prose ends a table. */
function isBreak(raw: string, nfkc: string, key: string): boolean {
  const marker = readHeadingMarker(nfkc, 0, 0, undefined);
  if (marker && (marker.scheme === 'cn' || marker.scheme === 'part')) return true;
  if (/[。！？；]/.test(raw)) return true;
  return key.length > BREAK_KEY_LENGTH;
}
