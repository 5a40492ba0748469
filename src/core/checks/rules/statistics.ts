import type { ReportData } from '../../report-format/index.ts';
import { cell, cellLabel, fieldKeys, sameNumber, sum, sumText } from '../cells.ts';
import { finding } from '../rule.ts';
import { rowPartSums, sumCheck } from '../sums.ts';
import type { Check, CheckContext, Finding, Rule } from '../types.ts';
import { isPreviousYear } from './table3.ts';

/**
 * A national-2014 total equals its parts as the form declares them (`parts`): the rule reads the
 * declaration, never a second copy of the labels.
 */
function partsCheck(total: string, note = ''): Check {
  return sumCheck(
    (format) => rowPartSums(format).filter((s) => s.total === total && s.parts.length > 0),
    (s, t, p, data) => `${cellLabel(data.format, s.total)}为 ${t}，但各分项相加 ${sumText(p)}${note}`,
  );
}

export const lChannelsNational = partsCheck('收到申请数');
export const lClosed = partsCheck('申请办结数');
export const lReplies = partsCheck('申请答复数');
export const lRefusalDetail = partsCheck('申请答复数.4.不同意公开答复数');
// The 2014 form has no “pending” column: a difference may be cases still open, which the text
// must then explain — probably wrong, not certainly (warning in the rules table).
const pendingNote = '；若差额为尚未审结案件，应在正文说明';
export const lReview = partsCheck('行政复议数量', pendingNote);
export const lLitigation = partsCheck('行政诉讼数量', pendingNote);
export const lStaff = partsCheck('从事政府信息公开工作人员数');

const channelKeys = ['当面申请数', '传真申请数', '网络申请数', '信函申请数'] as const;

/**
 * Local 2008–2013 templates may list channels the summary keys do not (电子邮件, 其他…), so only
 * channels adding up to MORE than the total are certainly wrong there.
 */
export function lChannelsLegacy(this: Rule, data: ReportData): Finding[] {
  const total = cell(data, '收到申请数');
  const present = channelKeys.filter((k) => cell(data, k) !== null);
  const parts = present.map((k) => cell(data, k) as number);
  if (total === null || present.length < 2 || sum(parts) <= total) return [];
  return [
    finding(this, data, {
      message: `收到申请数为 ${total}，但各申请渠道相加 ${sumText(parts)}，超过总数`,
      keys: ['收到申请数', ...present],
      values: [total, ...parts],
    }),
  ];
}

export function lClosedBound(this: Rule, data: ReportData): Finding[] {
  const closed = cell(data, '申请办结数');
  const received = cell(data, '收到申请数');
  if (closed === null || received === null || closed <= received) return [];
  // The 2014 form has no carried-over row: requests from last year may explain it (info).
  return [
    finding(this, data, {
      message: `申请办结数 ${closed} 多于收到申请数 ${received}；除非有上年结转的申请，办结数不应超过收到数`,
      keys: ['申请办结数', '收到申请数'],
      values: [closed, received],
    }),
  ];
}

const publishChannels = ['政府公报', '政府网站', '政务微博', '政务微信', '其他方式'].map(
  (c) => `公开渠道.${c}`,
);

/** The form counts an item published on several channels once (“不同渠道…计1条”): no channel exceeds the total. */
export function lPublishChannels(this: Rule, data: ReportData): Finding[] {
  const total = cell(data, '主动公开政府信息数');
  if (total === null) return [];
  const out: Finding[] = [];
  for (const key of publishChannels) {
    const v = cell(data, key);
    if (v === null || v <= total) continue;
    out.push(
      finding(this, data, {
        message: `${cellLabel(data.format, key)} ${v} 条，多于主动公开政府信息总数 ${total} 条`,
        keys: [key, '主动公开政府信息数'],
        values: [v, total],
      }),
    );
  }
  return out;
}

const thisYearSuffix = '.本年度';
const cumulativeSuffix = '.历年累计';

function cumulativePairs(data: ReportData): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const key of fieldKeys(data)) {
    if (!key.endsWith(cumulativeSuffix)) continue;
    const label = key.slice(0, -cumulativeSuffix.length);
    out.push([label, `${label}${thisYearSuffix}`, key]);
  }
  return out;
}

export function lCumulative(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const prev = ctx.previous && isPreviousYear(data, ctx.previous) ? ctx.previous : null;
  for (const [label, yearKey, cumKey] of cumulativePairs(data)) {
    const year = cell(data, yearKey);
    const cum = cell(data, cumKey);
    if (year === null || cum === null) continue;
    if (cum < year) {
      out.push(
        finding(this, data, {
          message: `“${label}”历年累计 ${cum}，小于本年度 ${year}`,
          keys: [cumKey, yearKey],
          values: [cum, year],
          severity: 'error',
        }),
      );
      continue;
    }
    const before = prev ? cell(prev, cumKey) : null;
    if (before === null || sameNumber(cum, before + year)) continue;
    out.push(
      finding(this, data, {
        message: `“${label}”历年累计 ${cum}，但上年累计 ${before} + 本年度 ${year} = ${sum([before, year])}`,
        keys: [cumKey, yearKey],
        values: [cum, year, before],
      }),
    );
  }
  return out;
}
