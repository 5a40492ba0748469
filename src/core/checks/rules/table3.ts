import { applicantColumns, findTable, formats } from '../../report-format/index.ts';
import type { ReportData } from '../../report-format/index.ts';
import { allCells, cell, cellKeyOf, cellLabel, sameNumber, sum, sumText } from '../cells.ts';
import { finding } from '../rule.ts';
import { sumCheck, table3ColumnSums, table3RowSums } from '../sums.ts';
import type { CheckContext, Finding, Rule } from '../types.ts';

const received = '本年新收政府信息公开申请数量';
const carriedIn = '上年结转政府信息公开申请数量';
const decidedTotal = '办理结果总计';
const carriedOut = '结转下年度继续办理';

export function t3Balance(this: Rule, data: ReportData): Finding[] {
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
}

export const t3Results = sumCheck(
  table3ColumnSums,
  (s, total, parts) =>
    `表三“${s.column}”列：办理结果总计为 ${total}，但各办理结果相加为 ${sum(parts)}（相差 ${sum([total, -sum(parts)])}）`,
);

export const t3RowSum = sumCheck(
  table3RowSums,
  (s, total, parts, data) =>
    `${cellLabel(data.format, s.total)}为 ${total}，但各类申请人相加 ${sumText(parts)}`,
);

export function t3Carry(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  if (!prev || !isPreviousYear(data, prev) || !findTable(formats[prev.format], 'table3')) return [];
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
}

/** Year-over-year rules compare only consecutive years (the caller pairs reports of one body). */
export function isPreviousYear(data: ReportData, prev: ReportData): boolean {
  return data.year !== null && prev.year === data.year - 1;
}
