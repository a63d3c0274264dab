// Reads the number a table cell holds and says what is wrong with it, if anything:
// blank, a placeholder (/ — 无), a unit ("2笔"), text, a negative or decimal count.

import type { CellProblem } from '../model.js';
import { isAsciiDigits } from './charClass.js';
import { toNFKC } from './nfkc.js';

interface CellReading {
  value: number | null;
  problem?: CellProblem;
  /** The unit written after the number (problem 'unit'). */
  unit?: string;
}

const plainNumber = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const numberWithUnit = /^([+-]?\d+(?:\.\d+)?)\s*(件|条|个|次|笔|起|项|元|万元|万|人|份|篇|宗)$/;
const placeholder = /^(?:[/\\\-–—_×xX一]+|无|空|暂无|NA|N\/A)$/i;

/** Whether a token looks like a value cell at all (as opposed to a label or a header). */
export function looksLikeValue(text: string): boolean {
  const s = cleanCell(text);
  return s === '' || plainNumber.test(s) || numberWithUnit.test(s) || placeholder.test(s);
}

function cleanCell(text: string): string {
  return toNFKC(text).replace(/\*\*|__|`/g, '').replace(/\s+/g, '');
}

/** Reads a cell. `signed` allows negatives, `decimal` allows fractions. */
export function parseNumberCell(text: string, options: { signed?: boolean; decimal?: boolean } = {}): CellReading {
  // Most cells are plain digits ("0", "12"): the same reading without normalising them.
  if (isAsciiDigits(text)) return { value: Number(text) };
  const s = cleanCell(text);
  if (s === '') return { value: null, problem: 'blank' };
  if (plainNumber.test(s)) {
    const value = Number(s.replace(/,/g, ''));
    if (value < 0 && !options.signed) return { value, problem: 'negative' };
    if (!Number.isInteger(value) && !options.decimal) return { value, problem: 'decimal' };
    return { value };
  }
  const unit = numberWithUnit.exec(s);
  if (unit) return { value: Number(unit[1]), problem: 'unit', unit: unit[2] };
  if (placeholder.test(s)) return { value: null, problem: 'placeholder' };
  return { value: null, problem: 'text' };
}
