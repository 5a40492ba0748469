import { findTable, formats } from '../../report-format/index.ts';
import type { ReportData, RowDeclaration } from '../../report-format/index.ts';
import { allCells, cell, cellLabel, fieldKeys, sameNumber, sum, sumText } from '../cells.ts';
import { finding } from '../rule.ts';
import type { Finding, Rule, Severity } from '../types.ts';
import { isPreviousYear } from './table3.ts';

const basis = '政府信息公开情况统计表（2014—2018年）';

function statisticsRow(key: string): RowDeclaration | undefined {
  return findTable(formats['national-2014'], 'statistics')?.rows.find((r) => r.key === key);
}

/**
 * A national-2014 total and its parts as the form declares them (`parts`): the rule reads the
 * declaration, never a second copy of the labels.
 */
function partsRule(code: string, total: string, title: string, severity: Severity, note = ''): Rule {
  const parts = statisticsRow(total)?.parts ?? [];
  return {
    code,
    severity,
    title,
    basis,
    appliesTo: ['national-2014'],
    run(data) {
      const t = cell(data, total);
      const p = allCells(data, parts);
      if (t === null || !p || parts.length === 0 || sameNumber(t, sum(p))) return [];
      return [
        finding(this, data, {
          message: `${cellLabel(data.format, total)}为 ${t}，但各分项相加 ${sumText(p)}${note}`,
          keys: [total, ...parts],
          values: [t, ...p],
        }),
      ];
    },
  };
}

export const lChannelsNational = partsRule(
  'L-CHANNELS',
  '收到申请数',
  '收到申请数 = 当面 + 传真 + 网络 + 信函',
  'error',
);
export const lClosed = partsRule('L-CLOSED', '申请办结数', '申请办结数 = 按时办结数 + 延期办结数', 'error');
export const lReplies = partsRule('L-REPLIES', '申请答复数', '申请答复数 = 答复类型 1–8 之和', 'error');
export const lRefusalDetail = partsRule(
  'L-REFUSAL-DETAIL',
  '申请答复数.4.不同意公开答复数',
  '不同意公开答复数 = 其下各项理由之和',
  'error',
);
// The 2014 form has no “pending” column: a difference may be cases still open, which the text
// must then explain — probably wrong, not certainly (warning).
export const lReview = partsRule(
  'L-REVIEW',
  '行政复议数量',
  '行政复议数量 = 维持 + 纠错 + 其他情形',
  'warning',
  '；若差额为尚未审结案件，应在正文说明',
);
export const lLitigation = partsRule(
  'L-LITIGATION',
  '行政诉讼数量',
  '行政诉讼数量 = 维持或驳回 + 纠错 + 其他情形',
  'warning',
  '；若差额为尚未审结案件，应在正文说明',
);
export const lStaff = partsRule(
  'L-STAFF',
  '从事政府信息公开工作人员数',
  '工作人员数 = 专职人员数 + 兼职人员数',
  'error',
);

const channelKeys = ['当面申请数', '传真申请数', '网络申请数', '信函申请数'] as const;

/**
 * Local 2008–2013 templates may list channels the summary keys do not (电子邮件, 其他…), so only
 * channels adding up to MORE than the total are certainly wrong there.
 */
export const lChannelsLegacy: Rule = {
  code: 'L-CHANNELS',
  severity: 'error',
  title: '各申请渠道之和不超过收到申请数',
  basis: '2008年《条例》第三十二条；各省统计表',
  appliesTo: ['legacy-local'],
  run(data) {
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
  },
};

export const lClosedBound: Rule = {
  code: 'L-CLOSED',
  severity: 'info',
  title: '申请办结数不超过收到申请数（加上年结转）',
  basis,
  appliesTo: ['national-2014', 'legacy-local'],
  run(data) {
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
  },
};

const publishChannels = ['政府公报', '政府网站', '政务微博', '政务微信', '其他方式'].map(
  (c) => `公开渠道.${c}`,
);

/** The form counts an item published on several channels once (“不同渠道…计1条”): no channel exceeds the total. */
export const lPublishChannels: Rule = {
  code: 'L-PUBLISH-CHANNELS',
  severity: 'warning',
  title: '任一公开渠道的条数不超过主动公开政府信息数',
  basis: `${basis}（不同渠道和方式公开相同信息计1条）`,
  appliesTo: ['national-2014'],
  run(data) {
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
  },
};

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

export const lCumulative: Rule = {
  code: 'L-CUMULATIVE',
  severity: 'warning',
  title: '历年累计(Y) = 历年累计(Y−1) + 本年度(Y)；历年累计不小于本年度',
  basis: '2008年《条例》第三十二条；各省统计表（本年度 / 历年累计）',
  appliesTo: ['legacy-local'],
  run(data, ctx) {
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
  },
};
