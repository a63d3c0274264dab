// The units a draft writes after a number in a table cell (2件, 4.50万元, 5000元), and what each
// measures: counts, or money with its size in 元. Whether a unit is a column's own is template data
// (ColumnSpec.money, ColumnSpec.unit); this only says how units compare.

interface CellUnit {
  kind: 'count' | 'money';
  /** For money: how many 元 one of it is. */
  factor: number;
}

export const cellUnits: Readonly<Record<string, CellUnit>> = {
  件: { kind: 'count', factor: 1 },
  条: { kind: 'count', factor: 1 },
  个: { kind: 'count', factor: 1 },
  次: { kind: 'count', factor: 1 },
  笔: { kind: 'count', factor: 1 },
  起: { kind: 'count', factor: 1 },
  项: { kind: 'count', factor: 1 },
  人: { kind: 'count', factor: 1 },
  份: { kind: 'count', factor: 1 },
  篇: { kind: 'count', factor: 1 },
  宗: { kind: 'count', factor: 1 },
  元: { kind: 'money', factor: 1 },
  万元: { kind: 'money', factor: 10_000 },
  万: { kind: 'money', factor: 10_000 },
};

/** What a number written with `unit` is in `columnUnit` (both money units), rounded to 6 decimals. */
export function convertAmount(value: number, unit: string, columnUnit: string): number | undefined {
  const from = cellUnits[unit];
  const to = cellUnits[columnUnit];
  if (!from || !to || from.kind !== 'money' || to.kind !== 'money') return undefined;
  return Math.round((value * from.factor / to.factor) * 1e6) / 1e6;
}

/** The cell text without its trailing unit, as written (undefined when the text does not end with it, e.g. in markup). */
export function withoutUnit(text: string, unit: string): string | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith(unit)) return undefined;
  const number = trimmed.slice(0, trimmed.length - unit.length).trim();
  return number === '' ? undefined : number;
}
