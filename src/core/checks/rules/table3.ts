import {
  applicantColumns,
  applicantPartColumns,
  findTable,
  formats,
  outcomeRowKeys,
} from '../../report-format/index.ts';
import type { ReportData, TableDeclaration } from '../../report-format/index.ts';
import { allCells, cell, cellKeyOf, cellLabel, sameNumber, sum, sumText } from '../cells.ts';
import { finding, govFormats } from '../rule.ts';
import type { Finding, Rule } from '../types.ts';

const received = '本年新收政府信息公开申请数量';
const carriedIn = '上年结转政府信息公开申请数量';
const decidedTotal = '办理结果总计';
const carriedOut = '结转下年度继续办理';
const basis = '国办公开办函〔2019〕60号、〔2021〕30号 表三';

function table3Of(data: ReportData): TableDeclaration | null {
  return findTable(formats[data.format], 'table3') ?? null;
}

export const t3Balance: Rule = {
  code: 'T3-BALANCE',
  severity: 'error',
  title: '表三每列：新收 + 上年结转 = 办理结果总计 + 结转下年度',
  basis,
  appliesTo: govFormats,
  run(data) {
    const out: Finding[] = [];
    for (const { key: col } of applicantColumns) {
      const keys = [received, carriedIn, decidedTotal, carriedOut].map((r) => cellKeyOf(r, col));
      const v = allCells(data, keys);
      if (!v) continue;
      const [a, b, c, d] = v as [number, number, number, number];
      if (sameNumber(a + b, c + d)) continue;
      out.push(
        finding(this, data, {
          message: `表三“${col}”列：新收 ${a} + 结转 ${b} = ${sum([a, b])}，但办理结果总计 ${c} + 结转下年 ${d} = ${sum([c, d])}`,
          keys,
          values: v,
        }),
      );
    }
    return out;
  },
};

export const t3Results: Rule = {
  code: 'T3-RESULTS',
  severity: 'error',
  title: '表三每列：办理结果总计 = 各办理结果之和',
  basis,
  appliesTo: govFormats,
  run(data) {
    const table = table3Of(data);
    if (!table) return [];
    const outcomes = outcomeRowKeys(table);
    const out: Finding[] = [];
    for (const { key: col } of applicantColumns) {
      const totalKey = cellKeyOf(decidedTotal, col);
      const total = cell(data, totalKey);
      const partKeys = outcomes.map((r) => cellKeyOf(r, col));
      const parts = allCells(data, partKeys);
      if (total === null || !parts || sameNumber(total, sum(parts))) continue;
      out.push(
        finding(this, data, {
          message: `表三“${col}”列：办理结果总计为 ${total}，但各办理结果相加为 ${sum(parts)}（相差 ${sum([total, -sum(parts)])}）`,
          keys: [totalKey, ...partKeys],
          values: [total, ...parts],
          evidence: undefined,
        }),
      );
    }
    return out;
  },
};

export const t3RowSum: Rule = {
  code: 'T3-ROWSUM',
  severity: 'error',
  title: '表三每行：总计 = 自然人 + 五类法人或其他组织',
  basis,
  appliesTo: govFormats,
  run(data) {
    const table = table3Of(data);
    if (!table) return [];
    const out: Finding[] = [];
    for (const row of table.rows) {
      const totalKey = cellKeyOf(row.key, '总计');
      const total = cell(data, totalKey);
      const partKeys = applicantPartColumns.map((c) => cellKeyOf(row.key, c));
      const parts = allCells(data, partKeys);
      if (total === null || !parts || sameNumber(total, sum(parts))) continue;
      out.push(
        finding(this, data, {
          message: `${cellLabel(data.format, totalKey)}为 ${total}，但各类申请人相加 ${sumText(parts)}`,
          keys: [totalKey, ...partKeys],
          values: [total, ...parts],
        }),
      );
    }
    return out;
  },
};

export const t3Carry: Rule = {
  code: 'T3-CARRY',
  severity: 'warning',
  title: '本年“上年结转” = 上年报告“结转下年度继续办理”',
  basis,
  appliesTo: govFormats,
  run(data, ctx) {
    const prev = ctx.previous;
    if (!prev || !isPreviousYear(data, prev) || !table3Of(prev)) return [];
    const out: Finding[] = [];
    for (const { key: col } of applicantColumns) {
      const now = cell(data, `${carriedIn}.${col}`);
      const before = cell(prev, `${carriedOut}.${col}`);
      if (now === null || before === null || sameNumber(now, before)) continue;
      out.push(
        finding(this, data, {
          message: `表三“${col}”列：本年报告上年结转 ${now} 件，但 ${prev.year} 年报告结转下年度继续办理 ${before} 件`,
          keys: [`${carriedIn}.${col}`, `${carriedOut}.${col}`],
          values: [now, before],
          evidence: undefined,
        }),
      );
    }
    return out;
  },
};

/** Year-over-year rules compare only consecutive years (the caller pairs reports of one body). */
export function isPreviousYear(data: ReportData, prev: ReportData): boolean {
  return data.year !== null && prev.year === data.year - 1;
}
