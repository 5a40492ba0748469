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

/** A cell that only says the row's unit (national-2014 单位 column: 件, 条, 万元 …). */
export function isUnitCell(text: string): boolean {
  return unitSet.has(text.replace(/\s+/g, ''));
}

export function isBlankText(text: string): boolean {
  return blankMarkers.has(text.replace(/\s+/g, ''));
}

/** Looks like a value (number, blank marker, or a number with its unit) rather than a label. */
export function isValueText(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return blankMarkers.has(t) || numberWithUnit.test(t) || changeWord.test(t);
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
