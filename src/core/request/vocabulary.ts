/** Calendar date `YYYY-MM-DD`; same width, so string order is date order. */
export type IsoDate = string;

export function isIsoDate(value: unknown): value is IsoDate {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** 表三 columns (申请人情况): 自然人, and the five kinds of 法人或其他组织. */
export const APPLICANT_TYPES = [
  '自然人',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** Channels of submission (regulation.md, Art. 31 decides the receipt date per channel). */
export const CHANNELS = ['in-person', 'post', 'fax', 'online', 'email', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  'in-person': '当面',
  post: '信函',
  fax: '传真',
  online: '网络',
  email: '电子邮件',
  other: '其他',
};

/**
 * Which 条例 governs a request: received before 2019-05-15 → 2008 (国务院令第492号),
 * from that day → 2019 (国务院令第711号, Art. 56 sets the date in force).
 */
export type Regime = '2008' | '2019';
export const REGIME_2019_IN_FORCE: IsoDate = '2019-05-15';
export function regimeOn(receiptDate: IsoDate): Regime {
  return receiptDate < REGIME_2019_IN_FORCE ? '2008' : '2019';
}

/** 信息处理费 exists only for requests received from 2021-01-01 (国办函〔2020〕109号). */
export const FEE_RULES_IN_FORCE: IsoDate = '2021-01-01';

/** Three readers of every status and transition text (cf. Alaveteli transitions.rb). */
export type Audience = 'applicant' | 'public' | 'staff';
export type PlainTexts = Record<Audience, string>;
