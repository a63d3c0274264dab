// Says what a cell token is inside a table: a value, a row label of the template (or of the other
// format), a header word, a break (a section heading or prose), or unknown text.

import type { CellToken } from '../model.js';
import { looksLikeValue } from '../text/parseNumberCell.js';
import { hasNumbering, isNoteTail, labelKey, textKey } from '../text/normalizeLabel.js';
import type { RowSpec, Template, TemplateId } from '../templates/templateTypes.js';

export type TokenClass =
  | { kind: 'blank' }
  | { kind: 'value' }
  | { kind: 'label'; tableId: string; row: RowSpec; foreign?: { templateId: TemplateId; rowId: string } }
  | { kind: 'header'; tableIds: string[]; foreign: boolean; anchor: boolean }
  | { kind: 'ignore' }
  | { kind: 'break' }
  | { kind: 'unknown' };

interface LabelEntry {
  tableId: string;
  row: RowSpec;
  templateId: TemplateId;
}

/** Lookup tables built once per (template, other template) pair. */
export class TokenClassifier {
  private readonly labels = new Map<string, LabelEntry>();
  private readonly foreignLabels = new Map<string, LabelEntry>();
  private readonly headers: { key: string; tableId: string; foreign: boolean; anchor: boolean }[] = [];
  private readonly cache = new Map<string, TokenClass>();

  constructor(readonly template: Template, readonly other: Template) {
    for (const [tpl, map] of [[template, this.labels], [other, this.foreignLabels]] as const) {
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
    for (const [tpl, foreign] of [[template, false], [other, true]] as const) {
      for (const table of tpl.tables) {
        const anchors = new Set((table.anchors ?? []).map(textKey));
        for (const word of table.headerWords) {
          const key = textKey(word);
          if (key) this.headers.push({ key, tableId: table.id, foreign, anchor: anchors.has(key) });
        }
      }
    }
  }

  classify(token: CellToken): TokenClass {
    const raw = token.text.trim();
    if (raw === '') return { kind: 'blank' };
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const result = this.classifyText(raw, token);
    if (token.source !== 'heading') this.cache.set(raw, result);
    return result;
  }

  private classifyText(raw: string, token: CellToken): TokenClass {
    if (token.source === 'heading') return { kind: 'break' };
    if (/^[+-]?[\d,.]+$/.test(raw.normalize('NFKC'))) return { kind: 'value' };
    const key = labelKey(raw);
    const numbered = hasNumbering(raw);
    const own = this.labels.get(key);
    if (own && (numbered || !own.row.needsNumber)) return { kind: 'label', tableId: own.tableId, row: own.row };
    const foreign = this.foreignLabels.get(key);
    if (foreign && (numbered || !foreign.row.needsNumber)) {
      const mapped = this.template.tables.find((t) => t.id === foreign.tableId)?.rows.find((r) => r.id === foreign.row.id);
      return {
        kind: 'label',
        tableId: foreign.tableId,
        row: mapped ?? foreign.row,
        foreign: { templateId: foreign.templateId, rowId: foreign.row.id },
      };
    }
    const partial = this.matchPrefix(key, numbered);
    if (partial) return partial;
    const header = this.matchHeader(textKey(raw));
    if (header) return header;
    if (isNoteTail(raw)) return { kind: 'ignore' };
    if (looksLikeValue(raw)) return { kind: 'value' };
    const tkey = textKey(raw);
    if (tkey === '') return { kind: 'ignore' };
    if (isBreak(raw, tkey)) return { kind: 'break' };
    return { kind: 'unknown' };
  }

  /**
   * A label wrapped onto two cells ("1.申请人无正当理由逾期不补正、行政机关" + "不再处理…"): its first
   * part is the start (6+ characters) of exactly one row label of this format.
   */
  private matchPrefix(key: string, numbered: boolean): TokenClass | undefined {
    if (key.length < 6) return undefined;
    let hit: LabelEntry | undefined;
    for (const [full, entry] of this.labels) {
      if (full.length <= key.length || !full.startsWith(key)) continue;
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
    if (key.length < 2) return undefined;
    for (const foreign of [false, true]) {
      const hits = this.headers.filter((h) => h.foreign === foreign && (h.key === key || h.key.includes(key)));
      if (hits.length > 0) {
        return {
          kind: 'header',
          tableIds: [...new Set(hits.map((h) => h.tableId))],
          foreign,
          anchor: hits.some((h) => h.anchor && h.key === key),
        };
      }
    }
    return undefined;
  }
}

/** A numbered section heading (一、…) or a line of prose ends a table. */
function isBreak(raw: string, key: string): boolean {
  if (/^[\s*#]*[一二三四五六七八九十]+\s*[、.．]/.test(raw.normalize('NFKC').replace(/\*\*/g, ''))) return true;
  if (/[。！？；]/.test(raw)) return true;
  return key.length > 30;
}
