import type { IsoDate } from '../calendar/date.ts';
import { REGIME_2019_FROM, type RegimeId } from '../statutes/rules.ts';
import { vocabulary } from '../vocabulary.ts';

export type { IsoDate } from '../calendar/date.ts';
export { isIsoDate } from '../calendar/date.ts';

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
export type Channel = (typeof CHANNELS)[number];
export const { codes: CHANNELS, labels: CHANNEL_LABELS } = vocabulary({
  'in-person': '当面',
  post: '信函',
  fax: '传真',
  online: '网络',
  email: '电子邮件',
  other: '其他',
});

/**
 * Which 条例 governs a request: received before 2019-05-15 → 2008 (国务院令第492号), from that day
 * → 2019 (国务院令第711号). The dates are the statutes module's dated rules.
 */
export type Regime = RegimeId;
export function regimeOn(receiptDate: IsoDate): Regime {
  return receiptDate < REGIME_2019_FROM ? '2008' : '2019';
}

/** Three readers of every status and transition text (cf. Alaveteli transitions.rb). */
export type Audience = 'applicant' | 'public' | 'staff';
export type PlainTexts = Record<Audience, string>;
