import { applicantPartColumns, findTable, formats, table4 } from '../../report-format/index.ts';
import type { ReportData } from '../../report-format/index.ts';
import { cell, cellIndex, cellLabel, fieldKeys } from '../cells.ts';
import { finding, govFormats } from '../rule.ts';
import type { Finding, Rule } from '../types.ts';

const listed = (data: ReportData, keys: readonly string[], max = 8): string => {
  const names = keys.slice(0, max).map((k) => cellLabel(data.format, k));
  return keys.length > max ? `${names.join('、')} 等 ${keys.length} 个` : names.join('、');
};

const isTableCell = (data: ReportData, key: string, tables: readonly string[]) => {
  const decl = cellIndex(data.format).get(key);
  return decl !== undefined && tables.includes(decl.table);
};

export const t3NonNeg: Rule = {
  code: 'T3-NONNEG',
  severity: 'error',
  title: '表三、表四每格为非负整数；空白格不按 0 计',
  basis: '国办公开办函〔2021〕30号 表三、表四（填报数字为件数）',
  appliesTo: govFormats,
  run(data) {
    const out: Finding[] = [];
    const counted = ['table3', 'table4'];
    for (const key of fieldKeys(data)) {
      const value = data.fields[key];
      // The cheap test first: almost every cell is a count, and only a bad one needs its table.
      if (typeof value !== 'number' || (value >= 0 && Number.isInteger(value))) continue;
      if (!isTableCell(data, key, counted)) continue;
      out.push(
        finding(this, data, {
          message: `${cellLabel(data.format, key)}填报为 ${value}，件数应为非负整数`,
          keys: [key],
          values: [value],
        }),
      );
    }
    for (const [key, raw] of Object.entries(data.invalidCells)) {
      if (!isTableCell(data, key, counted)) continue;
      out.push(
        finding(this, data, {
          message: `${cellLabel(data.format, key)}填的是“${raw}”，不是数字，未计入任何合计`,
          keys: [key],
          values: [raw],
        }),
      );
    }
    // Blanks of every table of the new formats, reported once: a blank is not a 0 (checks.md).
    const blanks = data.blankCells.filter((k) => isTableCell(data, k, ['table2', ...counted]));
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
  },
};

export const lBlank: Rule = {
  code: 'L-BLANK',
  severity: 'warning',
  title: '应填数字的单元格印为“-”“—”“/”或空白',
  basis: '政府信息公开情况统计表（2014—2018年）：统计数应填数字，空白不等于 0',
  appliesTo: ['national-2014', 'legacy-local'],
  run(data) {
    if (data.blankCells.length === 0) return [];
    return [
      finding(this, data, {
        message: `统计表中 ${data.blankCells.length} 个应填数字的单元格未填数字（印为“-”或空白）：${listed(data, data.blankCells)}`,
        keys: [...data.blankCells],
        values: data.blankCells.map(() => null),
      }),
    ];
  },
};

export const pInvalidCell: Rule = {
  code: 'P-INVALID-CELL',
  severity: 'warning',
  title: '数字单元格中有非数字内容',
  basis: '统计表填报数字',
  appliesTo: ['national-2014', 'legacy-local', 'narrative-only'],
  run(data) {
    return Object.entries(data.invalidCells).map(([key, raw]) =>
      finding(this, data, {
        message: `${cellLabel(data.format, key)}填的是“${raw}”，不是数字，未计入任何合计`,
        keys: [key],
        values: [raw],
      }),
    );
  },
};

/** [total key, part keys] for every total the formats declare. */
function totals(data: ReportData): Array<[string, string[]]> {
  const format = formats[data.format];
  const out: Array<[string, string[]]> = [];
  const t3 = findTable(format, 'table3');
  if (t3) {
    for (const row of t3.rows) {
      out.push([`${row.key}.总计`, applicantPartColumns.map((c) => `${row.key}.${c}`)]);
    }
  }
  if (findTable(format, 'table4')) {
    for (const row of table4.rows) {
      out.push([
        `${row.key}.总计`,
        ['结果维持', '结果纠正', '其他结果', '尚未审结'].map((c) => `${row.key}.${c}`),
      ]);
    }
  }
  for (const table of format.tables) {
    for (const row of table.rows) if (row.parts) out.push([row.key, row.parts]);
  }
  return out;
}

export const sTotalsBlank: Rule = {
  code: 'S-TOTALS-BLANK',
  severity: 'warning',
  title: '“总计”或合计项空白而其组成部分已填',
  basis: '年度报告格式：总计为各项之和',
  appliesTo: ['gov-2019', 'gov-2021', 'national-2014'],
  run(data) {
    const blank = new Set(data.blankCells);
    const out: Finding[] = [];
    for (const [total, parts] of totals(data)) {
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
  },
};
