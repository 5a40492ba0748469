import type { ReportData } from '../../report-format/index.ts';
import { cell, cellIndex, cellLabel, fieldKeys } from '../cells.ts';
import { finding } from '../rule.ts';
import { declaredSums, perFormat } from '../sums.ts';
import type { Finding, Rule } from '../types.ts';

const listed = (data: ReportData, keys: readonly string[], max = 8): string => {
  const names = keys.slice(0, max).map((k) => cellLabel(data.format, k));
  return keys.length > max ? `${names.join('、')} 等 ${keys.length} 个` : names.join('、');
};

const isTableCell = (data: ReportData, key: string, tables: readonly string[]) => {
  const decl = cellIndex(data.format).get(key);
  return decl !== undefined && tables.includes(decl.table);
};

const counted = ['table3', 'table4'];

/** A number that is not a count (negative or fractional). */
const isBadCount = (value: number | null | undefined): value is number =>
  typeof value === 'number' && !(value >= 0 && Number.isInteger(value));

/** The 表三 and 表四 cells a format declares, listed once. */
const countedCells = perFormat((format) =>
  [...cellIndex(format).values()].filter((c) => counted.includes(c.table)).map((c) => c.key),
);

export function t3NonNeg(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  // The usual report has no bad count: its declared cells tell, without listing all its keys.
  const anyBad = countedCells(data.format).some((key) => isBadCount(data.fields[key]));
  for (const key of anyBad ? fieldKeys(data) : []) {
    const value = data.fields[key];
    // The cheap test first: almost every cell is a count, and only a bad one needs its table.
    if (!isBadCount(value) || !isTableCell(data, key, counted)) continue;
    out.push(
      finding(this, data, {
        message: `${cellLabel(data.format, key)}填报为 ${value}，件数应为非负整数`,
        keys: [key],
        values: [value],
      }),
    );
  }
  out.push(...invalidCellFindings(this, data, (key) => isTableCell(data, key, counted)));
  // Blanks of every table of the new formats, reported once: a blank is not a 0 (checks.md).
  const withTable2 = ['table2', ...counted];
  const blanks = data.blankCells.filter((k) => isTableCell(data, k, withTable2));
  if (blanks.length > 0) {
    out.push(
      finding(this, data, {
        message: `${blanks.length} 个单元格空白（未填数字），未按 0 计：${listed(data, blanks)}`,
        keys: blanks,
        values: blanks.map(() => null),
        severity: 'info',
      }),
    );
  }
  return out;
}

export function lBlank(this: Rule, data: ReportData): Finding[] {
  if (data.blankCells.length === 0) return [];
  return [
    finding(this, data, {
      message: `统计表中 ${data.blankCells.length} 个应填数字的单元格未填数字（印为“-”或空白）：${listed(data, data.blankCells)}`,
      keys: [...data.blankCells],
      values: data.blankCells.map(() => null),
    }),
  ];
}

export function pInvalidCell(this: Rule, data: ReportData): Finding[] {
  return invalidCellFindings(this, data, () => true);
}

/** One finding per cell that holds text instead of a number (P-INVALID-CELL; T3-NONNEG in 表三/表四). */
function invalidCellFindings(rule: Rule, data: ReportData, keep: (key: string) => boolean): Finding[] {
  return Object.entries(data.invalidCells)
    .filter(([key]) => keep(key))
    .map(([key, raw]) =>
      finding(rule, data, {
        message: `${cellLabel(data.format, key)}填的是“${raw}”，不是数字，未计入任何合计`,
        keys: [key],
        values: [raw],
      }),
    );
}

const totalsOf = perFormat(declaredSums);

export function sTotalsBlank(this: Rule, data: ReportData): Finding[] {
  if (data.blankCells.length === 0) return [];
  const blank = new Set(data.blankCells);
  const out: Finding[] = [];
  for (const { total, parts } of totalsOf(data.format)) {
    if (!blank.has(total)) continue;
    const filled = parts.filter((p) => cell(data, p) !== null && cell(data, p) !== 0);
    if (filled.length === 0) continue;
    out.push(
      finding(this, data, {
        message: `${cellLabel(data.format, total)}空白，但其组成部分已填（${filled
          .map((p) => `${cellLabel(data.format, p)} ${cell(data, p)}`)
          .join('、')}）`,
        keys: [total, ...filled],
        values: [null, ...filled.map((p) => cell(data, p))],
      }),
    );
  }
  return out;
}
