import {
  applicantColumns,
  applicantPartColumns,
  findTable,
  formats,
  outcomeRowKeys,
  table4,
} from '../report-format/index.ts';
import type { FormatId, ReportData } from '../report-format/index.ts';
import { allCells, cell, sameNumber, sum } from './cells.ts';
import { finding } from './rule.ts';
import type { Check, Finding } from './types.ts';

/** A total the report format declares and the cells it is the sum of. */
export interface DeclaredSum {
  total: string;
  parts: readonly string[];
}

/** 表三 每列：办理结果总计 = every outcome row of the column (T3-RESULTS). */
export function table3ColumnSums(format: FormatId): Array<DeclaredSum & { column: string }> {
  const table = findTable(formats[format], 'table3');
  if (!table) return [];
  const outcomes = outcomeRowKeys(table);
  return applicantColumns.map(({ key: column }) => ({
    column,
    total: `办理结果总计.${column}`,
    parts: outcomes.map((row) => `${row}.${column}`),
  }));
}

/** 表三 每行：总计 = 自然人 + the five kinds of organisation (T3-ROWSUM). */
export function table3RowSums(format: FormatId): DeclaredSum[] {
  return (findTable(formats[format], 'table3')?.rows ?? []).map((row) => ({
    total: `${row.key}.总计`,
    parts: applicantPartColumns.map((column) => `${row.key}.${column}`),
  }));
}

const table4Outcomes = table4.columns.filter((c) => c.key !== '总计').map((c) => c.key);

/** 表四 每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结 (T4-SUM). */
export function table4Sums(format: FormatId): Array<DeclaredSum & { name: string }> {
  if (!findTable(formats[format], 'table4')) return [];
  return table4.rows.map((row) => ({
    name: row.group ? `${row.group}（${row.label}）` : row.label,
    total: `${row.key}.总计`,
    parts: table4Outcomes.map((column) => `${row.key}.${column}`),
  }));
}

/** Rows whose declaration names their parts (`parts`: the national-2014 统计表's totals). */
export function rowPartSums(format: FormatId): DeclaredSum[] {
  return formats[format].tables.flatMap((table) =>
    table.rows.flatMap((row) => (row.parts ? [{ total: row.key, parts: row.parts }] : [])),
  );
}

/** Every total the format declares (S-TOTALS-BLANK). */
export function declaredSums(format: FormatId): DeclaredSum[] {
  return [...table3RowSums(format), ...table4Sums(format), ...rowPartSums(format)];
}

/** Lists built once per format: the declarations are constants, the rules run on many reports. */
export function perFormat<T>(list: (format: FormatId) => T): (format: FormatId) => T {
  const built = new Map<FormatId, T>();
  return (format) => {
    let value = built.get(format);
    if (value === undefined) {
      value = list(format);
      built.set(format, value);
    }
    return value;
  };
}

/**
 * The check of a sum rule (T3-RESULTS, T3-ROWSUM, T4-SUM, the national-2014 L-* rules): every
 * listed total equals the sum of its parts. The sums are data; a sum with a blank or non-numeric
 * cell says nothing (null is never 0).
 */
export function sumCheck<S extends DeclaredSum>(
  sumsOf: (format: FormatId) => readonly S[],
  message: (s: S, total: number, parts: number[], data: ReportData) => string,
): Check {
  const listed = perFormat(sumsOf);
  return function (data) {
    const out: Finding[] = [];
    for (const s of listed(data.format)) {
      const total = cell(data, s.total);
      const parts = allCells(data, s.parts);
      if (total === null || !parts || sameNumber(total, sum(parts))) continue;
      out.push(
        finding(this, data, {
          message: message(s, total, parts, data),
          keys: [s.total, ...s.parts],
          values: [total, ...parts],
        }),
      );
    }
    return out;
  };
}
