import type { IsoDate } from '../calendar/date.ts';
import { isIsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { Citation } from '../statutes/citation.ts';
import { REGULATION_2019 } from '../statutes/citation.ts';

export type ReceiptChannel = 'in-person' | 'post' | 'online' | 'fax' | 'email';

export const RECEIPT_CHANNELS: readonly ReceiptChannel[] = ['in-person', 'post', 'online', 'fax', 'email'];

/** How Art. 31 fixes the receipt date for each channel, worded for explanations. */
export const CHANNEL_RECEIPT_RULES: Record<ReceiptChannel, string> = {
  'in-person': '当面提交，以提交之日为准',
  post: '邮寄，以签收之日为准，平常信函以确认之日为准',
  online: '网络提交，以双方确认之日为准',
  fax: '传真提交，以双方确认之日为准',
  email: '电子邮件提交，以双方确认之日为准',
};

export const CHANNEL_LABELS: Record<ReceiptChannel, string> = {
  'in-person': '当面提交',
  post: '邮寄',
  online: '网络（在线平台）',
  fax: '传真',
  email: '电子邮件',
};

/** What happened to the application on arrival; which dates matter depends on the channel. */
export interface ReceiptFacts {
  channel: ReceiptChannel;
  /** In person: the day it was handed in. */
  handedInOn?: IsoDate;
  /** By post (registered, express): the day the body signed for it. */
  signedForOn?: IsoDate;
  /** Ordinary letters needing no signature, online, fax, e-mail: the day both sides confirmed receipt. */
  confirmedOn?: IsoDate;
}

export interface ReceiptDate {
  date: IsoDate;
  channel: ReceiptChannel;
  reasonZh: string;
  citation: Citation;
}

export const receiptCitation: Citation = {
  law: REGULATION_2019,
  article: '第三十一条',
  text:
    '行政机关收到政府信息公开申请的时间，按照下列规定确定：（一）申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；' +
    '（二）申请人以邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交政府信息公开申请的，' +
    '政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；' +
    '（三）申请人通过互联网渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日。',
};

function required(value: IsoDate | undefined, field: string, what: string): IsoDate {
  if (value === undefined) {
    throw new RuleError(
      'RECEIPT_DATE_MISSING',
      `无法确定收到申请之日：缺少${what}（条例第三十一条）。`,
      field,
    );
  }
  if (!isIsoDate(value))
    throw new RuleError('DATE_INVALID', `${what}“${value}”不是有效日期（应为YYYY-MM-DD）。`, field);
  return value;
}

/** The date the reply clock starts from, per channel (2019 Art. 31), with the reason in Chinese. */
export function receiptDate(facts: ReceiptFacts): ReceiptDate {
  const base = { channel: facts.channel, citation: receiptCitation };
  switch (facts.channel) {
    case 'in-person':
      return {
        ...base,
        date: required(facts.handedInOn, 'handedInOn', '当面提交之日'),
        reasonZh: '当面提交，以提交之日为收到申请之日（第三十一条第（一）项）',
      };
    case 'post':
      if (facts.signedForOn !== undefined) {
        return {
          ...base,
          date: required(facts.signedForOn, 'signedForOn', '签收之日'),
          reasonZh: '邮寄提交，以本机关签收之日为收到申请之日（第三十一条第（二）项）',
        };
      }
      return {
        ...base,
        date: required(facts.confirmedOn, 'confirmedOn', '签收之日或平常信函的确认之日'),
        reasonZh: '平常信函，以与申请人确认之日为收到申请之日（第三十一条第（二）项）',
      };
    case 'online':
    case 'fax':
    case 'email':
      // E-mail is an Internet channel: Art. 31(三) covers it with online platforms.
      return {
        ...base,
        date: required(facts.confirmedOn, 'confirmedOn', '双方确认之日'),
        reasonZh: `${CHANNEL_LABELS[facts.channel]}提交，以双方确认之日为收到申请之日（第三十一条第（三）项）`,
      };
  }
}
