import type { FormatId } from './types.ts';

/**
 * Summary keys: every format maps onto these so reports of any year can be compared
 * (report-formats.md, “legacy-local and the summary keys”). null = the format has no equivalent.
 */
export const summaryKeys = [
  '主动公开政府信息数',
  '收到申请数',
  '当面申请数',
  '传真申请数',
  '网络申请数',
  '信函申请数',
  '申请办结数',
  '申请答复数',
  '行政复议数量',
  '行政诉讼数量',
  '举报投诉数量',
  '费用',
  '工作人员数',
  '培训人数',
] as const;

export type SummaryKey = (typeof summaryKeys)[number];

/** How a summary key is computed from a format's cells: the sum of the listed cells. */
export type SummaryMapping = Partial<Record<SummaryKey, string[]>>;

const govMapping: SummaryMapping = {
  收到申请数: ['本年新收政府信息公开申请数量.总计'],
  申请答复数: ['办理结果总计.总计'],
  行政复议数量: ['行政复议.总计'],
  行政诉讼数量: ['行政诉讼.未经复议直接起诉.总计', '行政诉讼.复议后起诉.总计'],
};

export const summaryMappings: Record<FormatId, SummaryMapping> = {
  'gov-2021': govMapping,
  'gov-2019': govMapping,
  'national-2014': {
    主动公开政府信息数: ['主动公开政府信息数'],
    收到申请数: ['收到申请数'],
    当面申请数: ['收到申请数.当面申请数'],
    传真申请数: ['收到申请数.传真申请数'],
    网络申请数: ['收到申请数.网络申请数'],
    信函申请数: ['收到申请数.信函申请数'],
    申请办结数: ['申请办结数'],
    申请答复数: ['申请答复数'],
    行政复议数量: ['行政复议数量'],
    行政诉讼数量: ['行政诉讼数量'],
    举报投诉数量: ['举报投诉数量'],
    费用: ['依申请公开信息收取的费用'],
    工作人员数: ['从事政府信息公开工作人员数'],
    培训人数: ['接受培训人员数'],
  },
  // Legacy templates are mapped label by label (legacyLabelToSummaryKey), not cell by cell.
  'legacy-local': {},
  'narrative-only': {},
};

/**
 * Labels seen in local 2008–2013 templates and the summary key each maps to (a note is kept in the
 * parser's warnings whenever one is used, e.g. 网上申请数 → 网络申请数).
 */
export const legacyLabelToSummaryKey: Array<{ pattern: RegExp; key: SummaryKey }> = [
  { pattern: /^主动公开(政府)?信息(总)?数/, key: '主动公开政府信息数' },
  {
    pattern: /^(受理|收到)(依申请公开(信息)?|政府信息公开)?申请(总)?数|^受理依申请公开信息总数|^申请总数/,
    key: '收到申请数',
  },
  { pattern: /^当面(?:申请|提出|数?$)/, key: '当面申请数' },
  { pattern: /^传真(?:申请|数?$)/, key: '传真申请数' },
  // 网上 alone or 网上申请…: 网上咨询数 (定西 2008 template) counts questions, not requests.
  { pattern: /^(网络|网上|互联网|电子邮件及网上)(?:申请|数?$)/, key: '网络申请数' },
  { pattern: /^(信函|邮寄|来信)(?:申请|数?$)/, key: '信函申请数' },
  { pattern: /^(申请)?办结(数|件数)/, key: '申请办结数' },
  { pattern: /^(对申请的)?答复(数|总数)|^申请答复数/, key: '申请答复数' },
  { pattern: /^(行政)?复议/, key: '行政复议数量' },
  { pattern: /^(行政)?诉讼/, key: '行政诉讼数量' },
  { pattern: /^(举报|投诉|申诉)/, key: '举报投诉数量' },
  { pattern: /收取.*费用|^收费/, key: '费用' },
  { pattern: /工作人员(数|总数)/, key: '工作人员数' },
  { pattern: /培训.*(人数|人次)/, key: '培训人数' },
];

/** Fills the summary keys from a format's cells; a sum with any absent part is null, never a guess. */
export function summaryFields(
  format: FormatId,
  fields: Readonly<Record<string, number | null | undefined>>,
): Record<SummaryKey, number | null> {
  const mapping = summaryMappings[format];
  const out = {} as Record<SummaryKey, number | null>;
  for (const key of summaryKeys) {
    const parts = mapping[key];
    if (!parts) {
      out[key] = fields[key] ?? null;
      continue;
    }
    const values = parts.map((p) => fields[p]);
    out[key] = values.every((v): v is number => typeof v === 'number')
      ? values.reduce((a, b) => a + b, 0)
      : null;
  }
  return out;
}
