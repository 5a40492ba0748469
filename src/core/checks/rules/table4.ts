import { table4 } from '../../report-format/index.ts';
import { allCells, cell, sumText, sameNumber, sum } from '../cells.ts';
import { finding, govFormats } from '../rule.ts';
import type { Finding, Rule } from '../types.ts';
import { isPreviousYear } from './table3.ts';

const outcomeColumns = table4.columns.filter((c) => c.key !== '总计').map((c) => c.key);
const basis = '国办公开办函〔2019〕60号、〔2021〕30号 表四';

export const t4Sum: Rule = {
  code: 'T4-SUM',
  severity: 'error',
  title: '表四每组：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结',
  basis,
  appliesTo: govFormats,
  run(data) {
    const out: Finding[] = [];
    for (const row of table4.rows) {
      const total = cell(data, `${row.key}.总计`);
      const partKeys = outcomeColumns.map((c) => `${row.key}.${c}`);
      const parts = allCells(data, partKeys);
      if (total === null || !parts || sameNumber(total, sum(parts))) continue;
      const name = row.group ? `${row.group}（${row.label}）` : row.label;
      out.push(
        finding(this, data, {
          message: `表四“${name}”：总计 ${total}，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = ${sumText(parts)}`,
          keys: [`${row.key}.总计`, ...partKeys],
          values: [total, ...parts],
        }),
      );
    }
    return out;
  },
};

const ended = (data: Parameters<Rule['run']>[0]) =>
  allCells(
    data,
    ['结果维持', '结果纠正', '其他结果'].map((c) => `行政复议.${c}`),
  );

export const t4LitigationAfterReview: Rule = {
  code: 'T4-LITIGATION-AFTER-REVIEW',
  severity: 'warning',
  title: '复议后起诉的案件数不超过已审结的行政复议案件数',
  basis,
  appliesTo: govFormats,
  run(data, ctx) {
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
  },
};
