/**
 * One table cell's text → a number, a blank, or invalid text. Blank (`-`, `—`, `/`, empty) and
 * invalid cells are null in the fields and listed in blankCells / invalidCells (L-BLANK, T3-NONNEG):
 * a blank is never read as 0.
 */
export type CellValue =
  { kind: 'number'; value: number; unit?: string } | { kind: 'blank' } | { kind: 'invalid'; raw: string };

const blankMarkers = new Set(['', '-', '--', '—', '——', '–', '/', '／', '－', '一', '无', '\\', '…', '…………']);
const units = ['万元', '人次', '件', '条', '次', '篇', '个', '人', '元', '项', '家', '份', '起', '宗', '%'];
const unitSet = new Set(units);
const numberWithUnit =
  /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|人次|件|条|次|篇|个|人|元|项|家|份|起|宗|%)?$/;
const changeWord = /^(增加|新增|增|减少|减)(\d+)(?:项|个|件)?$/;

/** Letters where a figure should be (`1O`, `l2`, `abc`): a value cell that reads as invalid. */
const brokenNumber = /^[0-9A-Za-z.,]{1,10}$/;

const unitKind = 1;
const blankKind = 2;
const valueKind = 4;
const brokenKind = 8;

/**
 * What a cell text can be, as bits. Row splitting asks several questions of every cell, and cell
 * texts repeat (0, —, 件, the form's labels): each text is looked at once.
 */
const kinds = new Map<string, number>();

function kindsOf(text: string): number {
  let found = kinds.get(text);
  if (found === undefined) {
    const t = text.replace(/\s+/g, '');
    const blank = blankMarkers.has(t);
    const value = blank || numberWithUnit.test(t) || changeWord.test(t);
    found =
      (unitSet.has(t) ? unitKind : 0) |
      (blank ? blankKind : 0) |
      (value ? valueKind : 0) |
      (brokenNumber.test(t) ? brokenKind : 0);
    if (kinds.size >= maxReadings) kinds.clear();
    kinds.set(text, found);
  }
  return found;
}

/** A cell that only says the row's unit (national-2014 单位 column: 件, 条, 万元 …). */
export function isUnitCell(text: string): boolean {
  return (kindsOf(text) & unitKind) !== 0;
}

export function isBlankText(text: string): boolean {
  return (kindsOf(text) & blankKind) !== 0;
}

/** Looks like a value (number, blank marker, or a number with its unit) rather than a label. */
export function isValueText(text: string): boolean {
  return (kindsOf(text) & valueKind) !== 0;
}

/** A value, or letters where a figure should be (a cell that reads as invalid, not a label). */
export function isCellValue(text: string): boolean {
  return (kindsOf(text) & (valueKind | brokenKind)) !== 0;
}

/**
 * Cells are read once per format tried (three per report) and repeat across a batch (0, 1, —):
 * the reading of each text is kept, per sign option. Readings are never changed by the callers.
 */
const readings = [new Map<string, CellValue>(), new Map<string, CellValue>()];
const maxReadings = 20000;

export function readCell(text: string, options: { signed?: boolean } = {}): CellValue {
  const cache = readings[options.signed ? 1 : 0]!;
  let value = cache.get(text);
  if (value === undefined) {
    if (cache.size >= maxReadings) cache.clear();
    value = readCellText(text, options.signed === true);
    cache.set(text, value);
  }
  return value;
}

function readCellText(text: string, signed: boolean): CellValue {
  const t = text.replace(/\s+/g, '');
  if (blankMarkers.has(t)) return { kind: 'blank' };
  const m = numberWithUnit.exec(t);
  if (m) {
    const value = Number(`${m[2]!.replaceAll(',', '')}${m[3] ?? ''}`);
    const negative = m[1] === '-';
    // A minus sign is a number only where the form allows a change (gov-2019 本年增/减).
    if (negative && !signed) return { kind: 'invalid', raw: text.trim() };
    const signedValue = negative ? -value : value;
    return m[4] ? { kind: 'number', value: signedValue, unit: m[4] } : { kind: 'number', value: signedValue };
  }
  const change = signed ? changeWord.exec(t) : null;
  if (change) {
    const amount = Number(change[2]);
    return { kind: 'number', value: change[1]!.startsWith('减') ? -amount : amount };
  }
  return { kind: 'invalid', raw: text.trim() };
}
