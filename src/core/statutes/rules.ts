import type { Citation } from './citation.ts';
import { FEE_MEASURES, REGULATION_2008, REGULATION_2019 } from './citation.ts';
import type { DatedRule } from './dated-rule.ts';

/** The day the 2019 revision took effect: requests received from this day run on 20 + 20. */
export const REGIME_2019_FROM = '2019-05-15';
/** The 2008 regulation took effect on 2008-05-01 (国务院令第492号 Art. 38). */
export const REGIME_2008_FROM = '2008-05-01';
export const FEE_RULES_FROM = '2021-01-01';

export type RegimeId = '2008' | '2019';

export interface ReplyPeriod {
  regime: RegimeId;
  /** Working days to reply, counted from the day after receipt. */
  replyWorkingDays: number;
  /** The one extension allowed, with the head of the 工作机构's approval. */
  extensionWorkingDays: number;
  /** Working days within which a 补正 notice must go out; null where the regulation sets none. */
  correctionNoticeWorkingDays: number | null;
  /** Working days a consulted third party has to answer; null where the regulation sets none. */
  thirdPartyWorkingDays: number | null;
  /** Working days another body consulted has to answer (2019 Art. 34); null before 2019. */
  otherBodyWorkingDays: number | null;
  citations: {
    reply: Citation;
    extension: Citation;
    correction: Citation;
    thirdParty: Citation;
    otherBody: Citation | null;
  };
}

const reply2008: Citation = {
  law: REGULATION_2008,
  article: '第二十四条',
  text:
    '行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。行政机关不能当场答复的，应当自收到申请之日起15个工作日内予以答复；' +
    '如需延长答复期限的，应当经政府信息公开工作机构负责人同意，并告知申请人，延长答复的期限最长不得超过15个工作日。' +
    '申请公开的政府信息涉及第三方权益的，行政机关征求第三方意见所需时间不计算在本条第二款规定的期限内。',
};

const reply2019: Citation = {
  law: REGULATION_2019,
  article: '第三十三条',
  text:
    '行政机关收到政府信息公开申请，能够当场答复的，应当当场予以答复。行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；' +
    '需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。' +
    '行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。',
};

export const replyPeriodRules: readonly DatedRule<ReplyPeriod>[] = [
  {
    id: 'reply-period-2008',
    validFrom: REGIME_2008_FROM,
    validUntil: REGIME_2019_FROM,
    citation: reply2008,
    value: {
      regime: '2008',
      replyWorkingDays: 15,
      extensionWorkingDays: 15,
      correctionNoticeWorkingDays: null,
      thirdPartyWorkingDays: null,
      otherBodyWorkingDays: null,
      citations: {
        reply: reply2008,
        extension: reply2008,
        correction: {
          law: REGULATION_2008,
          article: '第二十一条第（四）项',
          text: '申请内容不明确的，应当告知申请人作出更改、补充。',
        },
        thirdParty: {
          law: REGULATION_2008,
          article: '第二十三条',
          text: '行政机关认为申请公开的政府信息涉及商业秘密、个人隐私，公开后可能损害第三方合法权益的，应当书面征求第三方的意见。',
        },
        otherBody: null,
      },
    },
  },
  {
    id: 'reply-period-2019',
    validFrom: REGIME_2019_FROM,
    citation: reply2019,
    value: {
      regime: '2019',
      replyWorkingDays: 20,
      extensionWorkingDays: 20,
      correctionNoticeWorkingDays: 7,
      thirdPartyWorkingDays: 15,
      otherBodyWorkingDays: 15,
      citations: {
        reply: reply2019,
        extension: reply2019,
        correction: {
          law: REGULATION_2019,
          article: '第三十条',
          text:
            '政府信息公开申请内容不明确的，行政机关应当给予指导和释明，并自收到申请之日起7个工作日内一次性告知申请人作出补正，说明需要补正的事项和合理的补正期限。' +
            '答复期限自行政机关收到补正的申请之日起计算。申请人无正当理由逾期不补正的，视为放弃申请，行政机关不再处理该政府信息公开申请。',
        },
        thirdParty: {
          law: REGULATION_2019,
          article: '第三十二条',
          text:
            '依申请公开的政府信息公开会损害第三方合法权益的，行政机关应当书面征求第三方的意见。第三方应当自收到征求意见书之日起15个工作日内提出意见。' +
            '第三方逾期未提出意见的，由行政机关依照本条例的规定决定是否公开。',
        },
        otherBody: {
          law: REGULATION_2019,
          article: '第三十四条',
          text:
            '申请公开的政府信息由两个以上行政机关共同制作的，牵头制作的行政机关收到政府信息公开申请后可以征求相关行政机关的意见，' +
            '被征求意见机关应当自收到征求意见书之日起15个工作日内提出意见，逾期未提出意见的视为同意公开。',
        },
      },
    },
  },
];

/** Art. 26 (2019) / Art. 18 (2008): proactive publication within 20 working days. */
export interface ProactivePeriod {
  workingDays: number;
}

export const proactivePublicationRules: readonly DatedRule<ProactivePeriod>[] = [
  {
    id: 'proactive-2008',
    validFrom: REGIME_2008_FROM,
    validUntil: REGIME_2019_FROM,
    value: { workingDays: 20 },
    citation: {
      law: REGULATION_2008,
      article: '第十八条',
      text: '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内予以公开。法律、法规对政府信息公开的期限另有规定的，从其规定。',
    },
  },
  {
    id: 'proactive-2019',
    validFrom: REGIME_2019_FROM,
    value: { workingDays: 20 },
    citation: {
      law: REGULATION_2019,
      article: '第二十六条',
      text: '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。法律、法规对政府信息公开的期限另有规定的，从其规定。',
    },
  },
];

export type FeeMethod = 'per-applicant' | 'per-volume';

export interface FeeBand {
  /** First unit (request or page) of the band, 1-based. */
  from: number;
  /** Last unit of the band, inclusive; null = open-ended. */
  to: number | null;
  unitYuan: number;
}

export interface FeeSchedule {
  /** 按件计收: requests by one applicant in one calendar month (the 1st–10th are free). */
  perApplicant: { bands: readonly FeeBand[]; bandWidthAfter: number; stepYuanAfter: number };
  /** 按量计收: pages of one request (non-paper media counted as pages). */
  perVolume: { bands: readonly FeeBand[] };
  /** Days the applicant has to pay after receiving the 收费通知; the period is not counted in the reply time. */
  paymentWorkingDays: number;
  citations: { perApplicant: Citation; perVolume: Citation; payment: Citation; waiver: Citation };
}

export const feeRules: readonly DatedRule<FeeSchedule>[] = [
  {
    id: 'fee-2021',
    validFrom: FEE_RULES_FROM,
    citation: {
      law: FEE_MEASURES,
      article: '第三条',
      text:
        '信息处理费可以按件计收，也可以按量计收，均按照超额累进方式计算收费金额。行政机关对每件申请可以根据实际情况选择适用其中一种标准，' +
        '但不得同时按照两种标准重复计算。',
    },
    value: {
      perApplicant: {
        // 31–40: 200, 41–50: 300 … the band width and step continue beyond the listed bands.
        bands: [
          { from: 1, to: 10, unitYuan: 0 },
          { from: 11, to: 30, unitYuan: 100 },
        ],
        bandWidthAfter: 10,
        stepYuanAfter: 100,
      },
      perVolume: {
        bands: [
          { from: 1, to: 30, unitYuan: 0 },
          { from: 31, to: 100, unitYuan: 10 },
          { from: 101, to: 200, unitYuan: 20 },
          { from: 201, to: null, unitYuan: 40 },
        ],
      },
      paymentWorkingDays: 20,
      citations: {
        perApplicant: {
          law: FEE_MEASURES,
          article: '第四条',
          text:
            '按件计收执行下列收费标准：（一）同一申请人一个自然月内累计申请10件以下（含10件）的，不收费。' +
            '（二）同一申请人一个自然月内累计申请11—30件（含30件）的部分：100元/件。' +
            '（三）同一申请人一个自然月内累计申请31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件。',
        },
        perVolume: {
          law: FEE_MEASURES,
          article: '第五条',
          text:
            '按量计收：同一政府信息公开申请中，30页以下（含30页）的，不收费；31—100页（含100页）的部分，10元/页；' +
            '101—200页（含200页）的部分，20元/页；200页以上的部分，40元/页。非纸质介质参照页数计算。',
        },
        // The article numbers of the payment and waiver clauses could not be checked here; the
        // rule itself (20 working days from the day after the 收费通知 is received) is restated in
        // the provincial implementing notices.
        payment: {
          law: FEE_MEASURES,
          article: '收费通知与缴费期限条款',
          text:
            '行政机关依法决定收取信息处理费的，应当在政府信息公开申请处理期限内向申请人发出收费通知，说明收费的依据、标准、数额、缴纳方式等。' +
            '申请人应当在收到收费通知次日起20个工作日内缴纳费用，逾期未缴纳的视为放弃申请；缴费期间不计算在答复期限内。',
        },
        waiver: {
          law: FEE_MEASURES,
          article: '减免条款',
          text: '行政机关可以根据实际情况减收或者免收信息处理费；减免应当说明理由。',
        },
      },
    },
  },
];
