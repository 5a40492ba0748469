import type { National2014Count, National2014RefusalReason, Table3Row2021 } from './table-rows.ts';

/**
 * The reply types of 2019 条例 Art. 36–39 (and the 其他处理 endings), each counted in exactly one
 * 表三 row and — for requests received under the 2008 条例 — one national-2014 item. Finer than
 * 表三 where the reply letter or the 2008 count differ (已主动公开 vs 同意公开, 商业秘密 vs 个人隐私,
 * 不掌握 and the holder is known vs not).
 */
export const DECISION_KINDS = [
  'disclose',
  'disclose-already-public',
  'partial',
  'refuse-state-secret',
  'refuse-prohibited-by-law',
  'refuse-three-securities',
  'refuse-trade-secret',
  'refuse-privacy',
  'refuse-internal-affairs',
  'refuse-process-information',
  'refuse-enforcement-file',
  'refuse-administrative-query',
  'not-held',
  'not-held-other-body',
  'needs-creation',
  'unclear-after-correction',
  'petition-or-complaint',
  'duplicate',
  'publication',
  'excessive',
  'confirm-or-reissue',
  'other',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Endings that are not a decision by the body but are counted in 表三 all the same. */
export const ENDING_KINDS = ['correction-lapsed', 'fee-lapsed', 'withdrawn'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];
export type OutcomeKind = DecisionKind | EndingKind;

/** Article labels of the 2019 条例 as printed in reply letters. */
export type ArticleLabel = string;

export interface OutcomeDefinition {
  labelZh: string;
  table3Row: Table3Row2021;
  /** null: the ending did not exist under the 2008 条例, so a 2008-regime request cannot end so. */
  national2014: National2014Count | null;
  /** Partial and refusal grounds must name the concrete reason and one of these articles. */
  groundRequired: boolean;
  /** Articles the body may cite for this reply; the first is the default basis. */
  articles: readonly ArticleLabel[];
}

const REFUSAL_ARTICLES = ['第十四条', '第十五条', '第十六条第一款', '第十六条第二款', '第三十六条第（七）项'];

/**
 * A refusal under Art. 14–16: one 不予公开 row of 表三, and under the 2008 条例 item 4 (不同意公开)
 * with its 其中 reason. The letter label repeats the row's reason unless the letter says more.
 */
function refusal(
  table3Row: Extract<Table3Row2021, `不予公开.${string}`>,
  refusalReason: National2014RefusalReason,
  articles: readonly ArticleLabel[],
  options: { labelDetail?: string } = {},
): OutcomeDefinition {
  const rowReason = table3Row.slice('不予公开.'.length);
  return {
    labelZh: `不予公开（${options.labelDetail ?? rowReason}）`,
    table3Row,
    national2014: { item: '申请答复数.4.不同意公开答复数', refusalReason },
    groundRequired: true,
    articles,
  };
}

/**
 * The mapping, as data (the 表三 rows of 国办公开办函〔2021〕30号; national-2014 of 2014–2018).
 * Notes on the 2008 items where no item says it literally:
 * 内部事务/过程性信息 were “不是《条例》所指政府信息” under 国办发〔2010〕5号; 行政执法案卷 and
 * 其他法律行政法规禁止 are “法律法规规定的其他情形”; 行政查询事项, 信访, 公开出版物 and 重复申请 were
 * answered by pointing to another channel (item 8); 需另行制作 meant the information did not exist (6);
 * 补正后仍不明确 was again 告知作出更改补充 (7).
 */
export const OUTCOMES: Record<OutcomeKind, OutcomeDefinition> = {
  disclose: {
    labelZh: '予以公开',
    table3Row: '予以公开',
    national2014: { item: '申请答复数.2.同意公开答复数' },
    groundRequired: false,
    articles: ['第三十六条第（二）项'],
  },
  'disclose-already-public': {
    labelZh: '予以公开（已主动公开，告知获取途径）',
    table3Row: '予以公开',
    national2014: { item: '申请答复数.1.属于已主动公开范围数' },
    groundRequired: false,
    articles: ['第三十六条第（一）项'],
  },
  partial: {
    labelZh: '部分公开（区分处理）',
    table3Row: '部分公开',
    national2014: { item: '申请答复数.3.同意部分公开答复数' },
    groundRequired: true,
    // Art. 37: the withheld part is explained with its own ground.
    articles: [...REFUSAL_ARTICLES, '第二条', '第三十八条'],
  },
  'refuse-state-secret': refusal('不予公开.属于国家秘密', '涉及国家秘密', ['第十四条']),
  'refuse-prohibited-by-law': refusal('不予公开.其他法律行政法规禁止公开', '法律法规规定的其他情形', [
    '第十四条',
  ]),
  'refuse-three-securities': refusal(
    '不予公开.危及“三安全一稳定”',
    '危及国家安全、公共安全、经济安全和社会稳定',
    ['第十四条'],
  ),
  'refuse-trade-secret': refusal('不予公开.保护第三方合法权益', '涉及商业秘密', ['第十五条', '第三十二条'], {
    labelDetail: '涉及商业秘密，保护第三方合法权益',
  }),
  'refuse-privacy': refusal('不予公开.保护第三方合法权益', '涉及个人隐私', ['第十五条', '第三十二条'], {
    labelDetail: '涉及个人隐私，保护第三方合法权益',
  }),
  'refuse-internal-affairs': refusal('不予公开.属于三类内部事务信息', '不是《条例》所指政府信息', [
    '第十六条第一款',
  ]),
  'refuse-process-information': refusal('不予公开.属于四类过程性信息', '不是《条例》所指政府信息', [
    '第十六条第二款',
  ]),
  'refuse-enforcement-file': refusal('不予公开.属于行政执法案卷', '法律法规规定的其他情形', [
    '第十六条第二款',
  ]),
  'refuse-administrative-query': {
    labelZh: '不予公开（属于行政查询事项）',
    table3Row: '不予公开.属于行政查询事项',
    national2014: { item: '申请答复数.8.告知通过其他途径办理数' },
    groundRequired: true,
    articles: ['第三十六条第（七）项'],
  },
  'not-held': {
    labelZh: '无法提供（本机关不掌握相关政府信息）',
    table3Row: '无法提供.本机关不掌握相关政府信息',
    national2014: { item: '申请答复数.6.申请信息不存在数' },
    groundRequired: false,
    articles: ['第三十六条第（四）项'],
  },
  'not-held-other-body': {
    labelZh: '无法提供（本机关不掌握，告知负责公开的机关）',
    table3Row: '无法提供.本机关不掌握相关政府信息',
    national2014: { item: '申请答复数.5.不属于本行政机关公开数' },
    groundRequired: false,
    articles: ['第三十六条第（五）项'],
  },
  'needs-creation': {
    labelZh: '无法提供（没有现成信息，需要另行制作）',
    table3Row: '无法提供.没有现成信息需要另行制作',
    national2014: { item: '申请答复数.6.申请信息不存在数' },
    groundRequired: false,
    articles: ['第三十八条'],
  },
  'unclear-after-correction': {
    labelZh: '无法提供（补正后申请内容仍不明确）',
    table3Row: '无法提供.补正后申请内容仍不明确',
    national2014: { item: '申请答复数.7.告知作出更改补充数' },
    groundRequired: false,
    articles: ['第三十条'],
  },
  'petition-or-complaint': {
    labelZh: '不予处理（信访举报投诉类申请）',
    table3Row: '不予处理.信访举报投诉类申请',
    national2014: { item: '申请答复数.8.告知通过其他途径办理数' },
    groundRequired: false,
    articles: ['第三十九条第一款'],
  },
  duplicate: {
    labelZh: '不予处理（重复申请）',
    table3Row: '不予处理.重复申请',
    national2014: { item: '申请答复数.8.告知通过其他途径办理数' },
    groundRequired: false,
    articles: ['第三十六条第（六）项'],
  },
  publication: {
    labelZh: '不予处理（要求提供公开出版物）',
    table3Row: '不予处理.要求提供公开出版物',
    national2014: { item: '申请答复数.8.告知通过其他途径办理数' },
    groundRequired: false,
    articles: ['第三十九条第二款'],
  },
  // Art. 35 is new in 2019: a 2008-regime request cannot be refused as excessive.
  excessive: {
    labelZh: '不予处理（无正当理由大量反复申请）',
    table3Row: '不予处理.无正当理由大量反复申请',
    national2014: null,
    groundRequired: false,
    articles: ['第三十五条'],
  },
  // No 2008 counterpart; the 2019 tables (国办公开办函〔2019〕60号) introduced the row.
  'confirm-or-reissue': {
    labelZh: '不予处理（要求行政机关确认或重新出具已获取信息）',
    table3Row: '不予处理.要求行政机关确认或重新出具已获取信息',
    national2014: null,
    groundRequired: false,
    articles: ['第三十九条第一款'],
  },
  other: {
    labelZh: '其他处理',
    table3Row: '其他处理.其他',
    national2014: null,
    groundRequired: true,
    articles: ['第三十六条'],
  },
  'correction-lapsed': {
    labelZh: '其他处理（申请人无正当理由逾期不补正，视为放弃申请）',
    table3Row: '其他处理.申请人无正当理由逾期不补正',
    national2014: { item: '申请答复数.7.告知作出更改补充数' },
    groundRequired: false,
    articles: ['第三十条'],
  },
  // 信息处理费 exists only from 2021-01-01, so never under the 2008 条例.
  'fee-lapsed': {
    labelZh: '其他处理（申请人逾期未按收费通知要求缴纳费用）',
    table3Row: '其他处理.申请人逾期未按收费通知要求缴纳费用',
    national2014: null,
    groundRequired: false,
    articles: ['第四十二条'],
  },
  // Withdrawal is not a reply: counted under 其他处理.其他, and in no 2008 申请答复数 item.
  withdrawn: {
    labelZh: '其他处理（申请人撤回申请）',
    table3Row: '其他处理.其他',
    national2014: null,
    groundRequired: false,
    articles: [],
  },
};

/** What a body decides (Art. 36–39); ground and article are the body's stated reasons. */
export interface Decision {
  kind: DecisionKind;
  /** The concrete reason, in the letter's words (required when OUTCOMES[kind].groundRequired). */
  ground?: string;
  /** One of OUTCOMES[kind].articles (required when groundRequired). */
  article?: ArticleLabel;
  /** 已主动公开: where the information is published (Art. 36(一)). */
  publishedAt?: string;
  /** 不掌握: the body that holds it, with contact details, if known (Art. 36(五)). */
  holderBody?: string;
  /** 予以公开 / 部分公开: the form in which the information is provided (Art. 40). */
  provisionForm?: string;
}
