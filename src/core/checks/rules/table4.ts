import type { ReportData } from '../../report-format/index.ts';
import { allCells, cell, sumText, sum } from '../cells.ts';
import { finding } from '../rule.ts';
import { sumCheck, table4Sums } from '../sums.ts';
import type { CheckContext, Finding, Rule } from '../types.ts';
import { isPreviousYear } from './table3.ts';

export const t4Sum = sumCheck(
  table4Sums,
  (s, total, parts) =>
    `表四“${s.name}”：总计 ${total}，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${sumText(parts)}`,
);

const ended = (data: ReportData) =>
  allCells(
    data,
    ['结果维持', '结果纠正', '其他结果'].map((c) => `行政复议.${c}`),
  );

export function t4LitigationAfterReview(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  const sued = cell(data, '行政诉讼.复议后起诉.总计');
  const endedNow = ended(data);
  if (sued === null || sued === 0 || !endedNow) return [];
  const thisYear = sum(endedNow);
  const prevEnded = ctx.previous && isPreviousYear(data, ctx.previous) ? ended(ctx.previous) : null;
  // Reviews that ended in earlier years may be sued this year: without last year's report the
  // comparison is only worth a look (info); with it, still a warning, never an error.
  const basisCount = prevEnded ? thisYear + sum(prevEnded) : thisYear;
  if (sued <= basisCount) return [];
  const scope = prevEnded
    ? `本年与上年已审结的行政复议共 ${basisCount} 件`
    : `本年已审结的行政复议仅 ${thisYear} 件`;
  return [
    finding(this, data, {
      message: `表四“复议后起诉”总计 ${sued} 件，但${scope}`,
      keys: ['行政诉讼.复议后起诉.总计', '行政复议.结果维持', '行政复议.结果纠正', '行政复议.其他结果'],
      values: [sued, ...endedNow],
      severity: prevEnded ? 'warning' : 'info',
    }),
  ];
}
