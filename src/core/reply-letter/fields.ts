import type { IsoDate } from '../calendar/date.ts';

/** Everything a letter can say, each with the Chinese name used when it is missing. */
export const LETTER_FIELD_LABELS = {
  bodyName: '答复机关名称',
  applicantName: '申请人姓名或名称',
  trackingNumber: '申请编号',
  receivedOn: '收到申请之日',
  description: '申请获取的信息',
  letterDate: '告知书日期',
  ground: '具体理由',
  article: '依据条款',
  publishedAt: '获取途径（公开位置）',
  holderBody: '负责公开的机关及联系方式',
  provisionForm: '提供形式',
  correctionRequestedOn: '补正告知日期',
  correctionItems: '需补正的事项',
  correctBy: '补正期限',
  previousReply: '此前的答复',
  reason: '理由',
  extendedDueDate: '延长后的答复期限',
  amountYuan: '收费金额',
  feeBreakdown: '计费明细',
  payBy: '缴费期限',
  feeNotifiedOn: '收费通知日期',
  thirdPartyName: '第三方名称',
  affectedInterest: '可能涉及的第三方权益',
  replyBy: '提出意见的期限',
  reviewBody: '行政复议机关',
  court: '人民法院',
  contact: '联系方式',
} as const;
export type LetterField = keyof typeof LETTER_FIELD_LABELS;
export type LetterFields = Partial<Record<LetterField, string>>;

/** Fields that hold dates: given as YYYY-MM-DD, printed as 2024年3月1日. */
export const DATE_FIELDS: readonly LetterField[] = [
  'receivedOn',
  'letterDate',
  'correctionRequestedOn',
  'correctBy',
  'extendedDueDate',
  'payBy',
  'feeNotifiedOn',
  'replyBy',
];

/** 2024-03-01 → 2024年3月1日, the way official letters print dates. */
export function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
