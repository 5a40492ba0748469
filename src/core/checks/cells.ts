import { cells, formats } from '../report-format/index.ts';
import type { CellDeclaration, FormatId, ReportData } from '../report-format/index.ts';

/** How each table is named in a finding's sentence. */
const tableNames: Record<string, string> = {
  table2: '表二',
  table3: '表三',
  table4: '表四',
  statistics: '统计表',
};

const byFormat = new Map<FormatId, Map<string, CellDeclaration>>();

/** Cell declarations of a format by canonical key (built once per format). */
export function cellIndex(format: FormatId): Map<string, CellDeclaration> {
  let index = byFormat.get(format);
  if (!index) {
    index = new Map(cells(formats[format]).map((c) => [c.key, c]));
    byFormat.set(format, index);
  }
  return index;
}

/** Strips the official numbering (`一、`, `（三）`, `1.`) so a label reads well inside a sentence. */
export function bareLabel(label: string): string {
  return label
    .replace(/^[（(][一二三四五六七八九十]+[）)]/, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^\d+[.．、]/, '')
    .replace(/（区分处理的.*）$/, '');
}

/** `表三“予以公开”行“自然人”列`, `统计表“收到申请数”` … — for legacy keys, the key itself. */
export function cellLabel(format: FormatId, key: string): string {
  const cell = cellIndex(format).get(key);
  if (!cell) return `“${key}”`;
  const table = tableNames[cell.table] ?? cell.table;
  const row = `“${bareLabel(cell.row.label)}”`;
  return cell.column ? `${table}${row}行“${bareLabel(cell.column.label)}”列` : `${table}${row}`;
}

const keysByRow = new Map<string, Map<string, string>>();

/**
 * `row.column`, built once per pair: the same string every time makes the field lookups cheap
 * (a freshly concatenated key is hashed and interned again on every lookup).
 */
export function cellKeyOf(row: string, column: string): string {
  let byColumn = keysByRow.get(row);
  if (!byColumn) {
    byColumn = new Map();
    keysByRow.set(row, byColumn);
  }
  let key = byColumn.get(column);
  if (key === undefined) {
    key = `${row}.${column}`;
    byColumn.set(column, key);
  }
  return key;
}

/**
 * The keys of the report's cells, listed once for all the rules that walk every cell. Keys, not
 * entries: a parsed report's fields are a large dictionary-mode object, and Object.entries on it
 * costs several times Object.keys (a pair array per cell). Kept only while checkReport runs, so data
 * changed between two checks is never read stale.
 */
let listed: { fields: ReportData['fields']; keys: readonly string[] } | null = null;
let checking = false;

export function fieldKeys(data: ReportData): readonly string[] {
  if (!checking) return Object.keys(data.fields);
  if (listed?.fields !== data.fields) listed = { fields: data.fields, keys: Object.keys(data.fields) };
  return listed.keys;
}

/** Runs one check with the key listing shared between its rules. */
export function withSharedFieldKeys<T>(work: () => T): T {
  checking = true;
  try {
    return work();
  } finally {
    checking = false;
    listed = null;
  }
}

/** The number in a cell; null when absent, blank or not a number (null is never 0). */
export function cell(data: ReportData, key: string): number | null {
  const v = data.fields[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** All values when every one is a number, else null — a rule with a null input does not fire. */
export function allCells(data: ReportData, keys: readonly string[]): number[] | null {
  const out: number[] = [];
  for (const key of keys) {
    const v = cell(data, key);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  // Decimal cells (万元) must not fail a sum on floating-point noise.
  return Math.round(total * 1e6) / 1e6;
}

/** `5 + 81 + 0 = 86` */
export function sumText(values: readonly number[]): string {
  return `${values.join(' + ')} = ${sum(values)}`;
}

export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}
