import type { ReportData } from '../../report-format/index.ts';
import { allCells, cell, sameNumber, sum } from '../cells.ts';
import { finding } from '../rule.ts';
import type { CheckContext, Finding, Rule } from '../types.ts';
import { isPreviousYear } from './table3.ts';

export function t2Stock(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  const prev = ctx.previous;
  if (!prev || prev.format !== 'gov-2021' || !isPreviousYear(data, prev)) return [];
  const out: Finding[] = [];
  for (const row of ['规章', '行政规范性文件']) {
    const keys = ['现行有效件数', '本年制发件数', '本年废止件数'].map((c) => `${row}.${c}`);
    const now = allCells(data, keys);
    const before = cell(prev, `${row}.现行有效件数`);
    if (!now || before === null) continue;
    const [stock, made, repealed] = now as [number, number, number];
    const expected = sum([before, made, -repealed]);
    if (sameNumber(stock, expected)) continue;
    out.push(
      finding(this, data, {
        message: `表二“${row}”：现行有效 ${stock} 件，但上年现行有效 ${before} + 本年制发 ${made} − 本年废止 ${repealed} = ${expected}`,
        keys: [...keys, `${row}.现行有效件数`],
        values: [stock, made, repealed, before],
      }),
    );
  }
  return out;
}

export function t2Published(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  for (const row of ['规章', '规范性文件']) {
    const published = cell(data, `${row}.本年新公开数量`);
    const total = cell(data, `${row}.对外公开总数量`);
    if (published !== null && total !== null && published > total) {
      out.push(
        finding(this, data, {
          message: `表二“${row}”：本年新公开 ${published} 件，多于对外公开总数 ${total} 件`,
          keys: [`${row}.本年新公开数量`, `${row}.对外公开总数量`],
          values: [published, total],
        }),
      );
    }
    const made = cell(data, `${row}.本年新制作数量`);
    if (made !== null && made < 0) {
      out.push(
        finding(this, data, {
          message: `表二“${row}”：本年新制作数量为负数 ${made}`,
          keys: [`${row}.本年新制作数量`],
          values: [made],
        }),
      );
    }
  }
  return out;
}

const feeKey = '行政事业性收费.本年收费金额(万元)';
/** 1e6 万元 = 100 亿元: beyond any body's fee income — the figure was almost surely typed in 元. */
const implausibleWanYuan = 1e6;

export function t2Fees(this: Rule, data: ReportData): Finding[] {
  const fee = cell(data, feeKey);
  if (fee === null) return [];
  if (fee < 0) {
    return [
      finding(this, data, {
        message: `表二“行政事业性收费”本年收费金额为负数 ${fee} 万元`,
        keys: [feeKey],
        values: [fee],
        severity: 'error',
      }),
    ];
  }
  if (fee <= implausibleWanYuan) return [];
  return [
    finding(this, data, {
      message: `表二“行政事业性收费”本年收费金额 ${fee} 万元（即 ${sum([fee / 1e4])} 亿元），疑似按“元”填报`,
      keys: [feeKey],
      values: [fee],
    }),
  ];
}
