/**
 * Figures stated in the prose of an annual report (report-formats.md, “Figures stated in prose”),
 * as data. Each entry names the summary key or canonical cell its figure must equal (`field`, read
 * by the checker's N-TABLE rule) or null for prose-only figures (办结率 …).
 *
 * Patterns run on one clause at a time (text between ，；。), so a gap like `[^\d]{0,12}` can never
 * reach into the next figure; the first capture group is the number. Approximate figures (“65余条”,
 * “约300件”, “100多件”) are not taken: a figure the prose only estimates cannot contradict a table.
 * Order matters: the first entry that matches a number claims it (channel figures before totals).
 */
export interface NarrativeEntry {
  key: string;
  /** Summary key or canonical cell key the figure must equal; null = prose only. */
  field: string | null;
  unit: string;
  patterns: RegExp[];
  /** A match whose text contains this names something else (解读类信息, 累计 over several years). */
  exclude?: RegExp;
  /**
   * The figure's sentence (from its last ；) names this before the figure: it counts for another
   * subject (a named portal or account), not for the body's disclosure as a whole.
   */
  otherSubject?: RegExp;
  /**
   * The clause after the figure's goes on with this (“发布…226条，发布…66条”): the figure is only a
   * part of what the sentence counts, not its whole.
   */
  continuedBy?: RegExp;
  /**
   * A running total (累计, 以来): the key holds it only when the sentence before it names several
   * years (cumulativeScope); over one year it is that year's figure, of the entry keyed `sameYear`.
   */
  sameYear?: string;
}

const n = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const gap = (max: number) => String.raw`[^\d，,。；;：:]{0,${max}}?`;
const re = (source: string) => new RegExp(source);

/** A named channel: “上海国际服务门户”, “汉台徐望”微信公众号, 「…网站」. */
const namedChannel =
  /[“「『][^“”「」『』]{1,30}(?:门户|网站|平台|公众号|客户端|APP)[”」』]|[”」』](?:政务)?(?:门户|网站|平台|微信|公众号|微博|客户端|APP|账号|抖音号|头条号|视频号)/;
/** A clause that goes on publishing with no subject of its own (“发布市政府文件66条”). */
const publishingGoesOn = re(
  String.raw`^\s*(?:并|还|另|同时|另外)?(?:发布|公开|更新|上传)${gap(16)}${n}\s*条`,
);

export const narrativeVocabulary: NarrativeEntry[] = [
  {
    key: 'narrative.公开渠道.政府网站',
    field: '公开渠道.政府网站',
    unit: '条',
    patterns: [
      re(String.raw`(?:政府|门户|信息公开)?网站${gap(6)}(?:发布|公开|更新|上传)${gap(10)}${n}\s*条`),
    ],
    // “在门户网站发布政务动态类信息226条，发布市政府文件及解读信息66条”: 226 is one part (高平 2022).
    continuedBy: publishingGoesOn,
  },
  {
    key: 'narrative.公开渠道.政务微博',
    field: '公开渠道.政务微博',
    unit: '条',
    patterns: [re(String.raw`微博${gap(8)}(?:发布|公开|推送)${gap(8)}${n}\s*条`)],
    continuedBy: publishingGoesOn,
  },
  {
    key: 'narrative.公开渠道.政务微信',
    field: '公开渠道.政务微信',
    unit: '条',
    patterns: [re(String.raw`微信${gap(8)}(?:发布|公开|推送)${gap(8)}${n}\s*条`)],
    continuedBy: publishingGoesOn,
  },
  {
    key: 'narrative.主动公开政府信息数.主动公开规范性文件数',
    field: '主动公开政府信息数.主动公开规范性文件数',
    unit: '条',
    patterns: [re(String.raw`公开${gap(4)}规范性文件${gap(6)}${n}\s*条`)],
  },
  {
    key: 'narrative.制发规范性文件总数',
    field: '制发规范性文件总数',
    unit: '件',
    patterns: [re(String.raw`制发${gap(4)}规范性文件${gap(4)}${n}\s*件`)],
  },
  {
    key: 'narrative.现行有效件数',
    field: null,
    unit: '件',
    patterns: [re(String.raw`现行有效${gap(8)}${n}\s*件`)],
  },
  {
    // A figure over several years (“2013-2017年…累计公开66条”) is not the year's (checks.md N-SUM
    // compares the two); “2025年，…累计主动公开政务信息数145条” (汉台徐望 2025) is the year's.
    key: 'narrative.累计公开政府信息数',
    field: null,
    unit: '条',
    patterns: [re(String.raw`(?:累计|历年|以来)${gap(8)}(?:发布|公开)${gap(10)}信息${gap(4)}${n}\s*条`)],
    // “全年累计发布解读类信息 21 条” counts one kind of item (宿迁沭阳 2025), not all information.
    exclude: /解读|新闻|动态|稿件|舆情|简报/,
    sameYear: 'narrative.主动公开政府信息数',
  },
  {
    key: 'narrative.主动公开政府信息数',
    field: '主动公开政府信息数',
    unit: '条',
    patterns: [
      re(String.raw`主动公开${gap(6)}信息(?:总数|总量|数量|数)?(?:为|共|共计|达|总计)?\s*${n}\s*条`),
      re(String.raw`公开(?:的)?(?:各类)?(?:政府)?信息(?:总数|总量)(?:为|共|共计|达)?\s*${n}\s*条`),
      re(String.raw`(?:共|共计)${gap(2)}(?:发布|公开)${gap(10)}信息${gap(4)}${n}\s*条`),
    ],
    exclude: /解读|新闻|动态|稿件|舆情|页面|简报|部门/,
    // “‘上海国际服务门户’…，共发布各类信息13528条” counts that portal's items (上海 2025).
    otherSubject: namedChannel,
  },
  {
    key: 'narrative.收到申请数',
    field: '收到申请数',
    unit: '件',
    patterns: [
      re(
        String.raw`(?:收到|接到|接收|新收)${gap(16)}(?:申请|公开)(?:共|共计|总计|数量?为?)?\s*${n}\s*(?:件|份|个|条|人次)`,
      ),
    ],
    // “收到…行政复议申请0件” counts reviews (行政复议数量), not requests for information.
    exclude: /复议|诉讼/,
  },
  {
    key: 'narrative.受理申请数',
    // 受理 often counts the requests carried over from last year too (新收 + 结转): prose only.
    field: null,
    unit: '件',
    patterns: [re(String.raw`受理${gap(16)}申请(?:共|共计|总计)?\s*${n}\s*(?:件|份|个)`)],
  },
  {
    key: 'narrative.申请办结数',
    field: '申请办结数',
    unit: '件',
    patterns: [re(String.raw`(?:已|共|全部)?办结(?:申请)?(?:共|共计)?\s*${n}\s*件`)],
  },
  {
    key: 'narrative.申请答复数',
    field: '申请答复数',
    unit: '件',
    // “同意公开答复 9 件” is 予以公开, not all replies: a qualifier (共/已/全部 …) is required.
    patterns: [
      re(String.raw`(?:已|共|全部|均已)(?:办理|答复)(?:完成|完毕|了)?(?:申请)?(?:共|共计)?\s*${n}\s*件`),
      re(String.raw`(?:办理|答复)(?:申请)?(?:共|共计)\s*${n}\s*件`),
    ],
  },
  {
    key: 'narrative.予以公开.总计',
    field: '予以公开.总计',
    unit: '件',
    patterns: [re(String.raw`(?:予以公开|同意公开)(?:答复)?(?:的)?(?:共|共计)?\s*${n}\s*件`)],
  },
  {
    key: 'narrative.部分公开.总计',
    field: '部分公开.总计',
    unit: '件',
    // “予以公开及部分公开258件” is the two together, not 部分公开 alone: no figure.
    patterns: [re(String.raw`(?<![及和与、])部分公开(?:答复)?(?:的)?(?:共|共计)?\s*${n}\s*件`)],
  },
  {
    key: 'narrative.上年结转政府信息公开申请数量.总计',
    field: '上年结转政府信息公开申请数量.总计',
    unit: '件',
    patterns: [re(String.raw`上年结转${gap(12)}${n}\s*件`)],
  },
  {
    key: 'narrative.结转下年度继续办理.总计',
    field: '结转下年度继续办理.总计',
    unit: '件',
    patterns: [re(String.raw`结转(?:至)?(?:下一?年度?|下年)${gap(6)}${n}\s*件`)],
  },
  {
    key: 'narrative.行政复议数量',
    field: '行政复议数量',
    unit: '件',
    patterns: [re(String.raw`行政复议(?:案件|申请)?(?:共|共计)?\s*${n}\s*(?:件|起|宗)`)],
  },
  {
    key: 'narrative.行政诉讼数量',
    field: '行政诉讼数量',
    unit: '件',
    patterns: [re(String.raw`(?:行政)?诉讼(?:案件)?(?:共|共计)?\s*${n}\s*(?:件|起|宗)`)],
  },
  {
    key: 'narrative.举报投诉数量',
    field: '举报投诉数量',
    unit: '件',
    patterns: [re(String.raw`(?:举报|投诉)(?:投诉)?(?:案件)?(?:共|共计)?\s*${n}\s*(?:件|起|宗)`)],
  },
  {
    key: 'narrative.培训人数',
    field: '培训人数',
    unit: '人次',
    patterns: [re(String.raw`培训${gap(10)}${n}\s*人次?`)],
  },
  {
    key: 'narrative.办结率',
    field: null,
    unit: '%',
    patterns: [re(String.raw`办结率(?:达到?|为|是)?了?\s*${n}\s*%`)],
  },
  {
    key: 'narrative.答复率',
    field: null,
    unit: '%',
    patterns: [re(String.raw`(?:按时)?答复率(?:达到?|为|是)?了?\s*${n}\s*%`)],
  },
];

/** “2013-2017年”, “2013年至2017年”: a span of years (the second year is read after it). */
const yearSpan = /(\d{4})\s*年?\s*(?:-|－|—|–|~|～|至|到)\s*(\d{4})\s*年/;
/** “自2013年以来”, “2013年以来”, “自2013年起”: since a year. */
const sinceYear = /(\d{4})\s*年(?:[^\d，,]{0,3}以来|起)/;
/** Several years without a span: 历年, 多年来, 五年来, 近三年, 共计五年, since a channel opened. */
const severalYears =
  /历年|多年来|(?<!\d)(?:\d{1,2}|[两三四五六七八九十]+)年(?:来|以来|间)|近(?:\d{1,2}|[两三四五六七八九十]+)年|共计?(?:\d{1,2}|[两三四五六七八九十]+)年|(?:建站|开通|上线|运行|成立|实施|施行)以来/;
/** Up to a date (截至…): from when is not said. */
const upTo = /截[至止]/;
/** One year: 本年度, 今年, 全年, 年内, or a year named alone (“2025年”). */
const oneYear = /(?:本|今|当)年|全年|年内|\d{4}\s*年/;

/**
 * The time a running total (累计, 以来) counts over, from the sentence before its figure
 * (report-formats.md “Figures stated in prose”): 'years' for a span of years, 历年, or since a past
 * year; 'year' for one year (2025年累计, 本年度累计, 今年以来累计, since the report's own year);
 * null when the sentence does not say (a bare 累计, 截至…) or since a year when the report's is
 * unknown.
 */
export function cumulativeScope(before: string, year: number | null): 'years' | 'year' | null {
  // Every cue names a year (年) but the ones since an event (实施以来).
  if (before.indexOf('年') < 0 && before.indexOf('以来') < 0) return null;
  const span = yearSpan.exec(before);
  if (span) return Number(span[2]) > Number(span[1]) ? 'years' : 'year';
  if (severalYears.test(before)) return 'years';
  const since = sinceYear.exec(before);
  if (since) {
    if (year === null) return null;
    return Number(since[1]) < year ? 'years' : 'year';
  }
  if (upTo.test(before)) return null;
  return oneYear.test(before) ? 'year' : null;
}
