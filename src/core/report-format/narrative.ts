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
    // A figure over several years (“2013-2017年…累计公开66条”) is not the year's.
    key: 'narrative.累计公开政府信息数',
    field: null,
    unit: '条',
    patterns: [re(String.raw`(?:累计|历年|以来)${gap(8)}(?:发布|公开)${gap(10)}信息${gap(4)}${n}\s*条`)],
    // “全年累计发布解读类信息 21 条” counts one kind of item (宿迁沭阳 2025), not all information.
    exclude: /解读|新闻|动态|稿件|舆情|简报/,
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
