import type { FormatDeclaration, RowDeclaration } from './types.ts';

/**
 * The national 政府信息公开情况统计表 used for report years 2014–2018 (统计指标 | 单位 | 统计数).
 * Canonical key = label without numbering, 其中： prefix or note; sub-items keyed under their parent.
 */
const row = (key: string, unit: string, extra: Partial<RowDeclaration> = {}): RowDeclaration => ({
  key,
  label: key.split('.').pop() ?? key,
  unit,
  ...extra,
});

/** The grounds 统计表 item 4 (不同意公开答复数) is split into; 表三 rows map onto them (request/table-rows.ts). */
export const refusalReasons = [
  '涉及国家秘密',
  '涉及商业秘密',
  '涉及个人隐私',
  '危及国家安全、公共安全、经济安全和社会稳定',
  '不是《条例》所指政府信息',
  '法律法规规定的其他情形',
] as const;
const refusalKey = '申请答复数.4.不同意公开答复数';

const replyItems = [
  '1.属于已主动公开范围数',
  '2.同意公开答复数',
  '3.同意部分公开答复数',
  '4.不同意公开答复数',
  '5.不属于本行政机关公开数',
  '6.申请信息不存在数',
  '7.告知作出更改补充数',
  '8.告知通过其他途径办理数',
].map((item) => `申请答复数.${item}`);

const channels = ['政府公报', '政府网站', '政务微博', '政务微信', '其他方式'].map((c) => `公开渠道.${c}`);
const requestChannels = ['当面申请数', '传真申请数', '网络申请数', '信函申请数'].map(
  (c) => `收到申请数.${c}`,
);
const reviewOutcomes = ['维持具体行政行为数', '被依法纠错数', '其他情形数'].map((c) => `行政复议数量.${c}`);
const litigationOutcomes = ['维持具体行政行为或者驳回原告诉讼请求数', '被依法纠错数', '其他情形数'].map(
  (c) => `行政诉讼数量.${c}`,
);
const staffParts = ['专职人员数', '兼职人员数'].map((c) => `从事政府信息公开工作人员数.${c}`);

const sections: Array<{ number: string; title: string; rows: RowDeclaration[] }> = [
  {
    number: '一',
    title: '主动公开情况',
    rows: [
      row('主动公开政府信息数', '条'),
      row('主动公开政府信息数.主动公开规范性文件数', '条'),
      row('制发规范性文件总数', '件'),
      ...channels.map((k) => row(k, '条')),
    ],
  },
  {
    number: '二',
    title: '回应解读情况',
    rows: [
      row('回应公众关注热点或重大舆情数', '次'),
      row('参加或举办新闻发布会总次数', '次'),
      row('参加或举办新闻发布会总次数.主要负责同志参加新闻发布会次数', '次'),
      row('政府网站在线访谈次数', '次'),
      row('政府网站在线访谈次数.主要负责同志参加政府网站在线访谈次数', '次'),
      row('政策解读稿件发布数', '篇'),
      row('微博微信回应事件数', '次'),
      row('其他方式回应事件数', '次'),
    ],
  },
  {
    number: '三',
    title: '依申请公开情况',
    rows: [
      row('收到申请数', '件', { parts: requestChannels }),
      ...requestChannels.map((k) => row(k, '件')),
      row('申请办结数', '件', { parts: ['申请办结数.按时办结数', '申请办结数.延期办结数'] }),
      row('申请办结数.按时办结数', '件'),
      row('申请办结数.延期办结数', '件'),
      row('申请答复数', '件', { parts: replyItems }),
      ...replyItems.flatMap((k) =>
        k === refusalKey
          ? [
              row(k, '件', { parts: refusalReasons.map((r) => `${refusalKey}.${r}`) }),
              ...refusalReasons.map((r) => row(`${refusalKey}.${r}`, '件')),
            ]
          : [row(k, '件')],
      ),
    ],
  },
  {
    number: '四',
    title: '行政复议数量',
    rows: [row('行政复议数量', '件', { parts: reviewOutcomes }), ...reviewOutcomes.map((k) => row(k, '件'))],
  },
  {
    number: '五',
    title: '行政诉讼数量',
    rows: [
      row('行政诉讼数量', '件', { parts: litigationOutcomes }),
      ...litigationOutcomes.map((k) => row(k, '件')),
    ],
  },
  { number: '六', title: '举报投诉数量', rows: [row('举报投诉数量', '件')] },
  {
    number: '七',
    title: '依申请公开信息收取的费用',
    rows: [row('依申请公开信息收取的费用', '万元', { decimal: true })],
  },
  {
    number: '八',
    title: '机构建设和保障经费情况',
    rows: [
      row('政府信息公开工作专门机构数', '个'),
      row('设置政府信息公开查阅点数', '个'),
      row('从事政府信息公开工作人员数', '人', { parts: staffParts }),
      ...staffParts.map((k) => row(k, '人')),
      row('政府信息公开专项经费', '万元', { decimal: true }),
    ],
  },
  {
    number: '九',
    title: '政府信息公开会议和培训情况',
    rows: [
      row('召开政府信息公开工作会议或专题会议数', '次'),
      row('举办各类培训班数', '次'),
      row('接受培训人员数', '人次'),
    ],
  },
];

export const national2014: FormatDeclaration = {
  id: 'national-2014',
  name: '政府信息公开情况统计表（2014—2018年）',
  basis: '国务院办公厅政府信息公开情况统计表',
  years: { from: 2014, to: 2018 },
  chapters: sections.map((s) => ({
    number: s.number,
    title: s.title,
    tableId: 'statistics',
    required: true,
  })),
  tables: [
    {
      id: 'statistics',
      chapter: '政府信息公开情况统计表',
      title: '政府信息公开情况统计表',
      columns: [],
      rows: sections.flatMap((s) => s.rows.map((r) => ({ ...r, group: `${s.number}、${s.title}` }))),
    },
  ],
};

/** The six reasons under 不同意公开 (L-REFUSAL-DETAIL). */
export const national2014RefusalReasonKeys = refusalReasons.map((r) => `${refusalKey}.${r}`);
