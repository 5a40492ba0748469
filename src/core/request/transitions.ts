import type { RequestEventType } from './events.ts';
import type { RequestStatus } from './status.ts';
import type { PlainTexts } from './vocabulary.ts';

/** One row of the lifecycle: in `from`, the fact `event` moves the request to `to`. */
export interface Transition {
  from: RequestStatus;
  event: RequestEventType;
  to: RequestStatus;
  /** The rule that allows it (2019 条例 unless said otherwise). */
  basis: string;
  texts: PlainTexts;
}

const withdrawalTexts: PlainTexts = {
  applicant: '您撤回了申请，办理随即终止。',
  public: '申请人撤回了申请。',
  staff: '申请人在答复作出前撤回申请，办理终止。',
};

/** Withdrawal is possible at any point before the decision (after it, the reply stands). */
const withdrawable: RequestStatus[] = [
  'in-progress',
  'awaiting-correction',
  'consulting-third-party',
  'consulting-other-body',
  'awaiting-payment',
];

/** THE lifecycle: every pair not listed here is refused (REQUEST_TRANSITION_REFUSED). */
export const TRANSITIONS: readonly Transition[] = [
  {
    from: 'none',
    event: 'received',
    to: 'in-progress',
    basis: '第三十一条（收到申请之日）',
    texts: {
      applicant: '我们收到了您的申请，答复期限自收到申请之日的次日起计算。',
      public: '行政机关收到一件政府信息公开申请。',
      staff: '登记收到申请，按第三十一条确定收到申请之日并开始计算答复期限。',
    },
  },
  {
    from: 'in-progress',
    event: 'correction-requested',
    to: 'awaiting-correction',
    basis: '第三十条（一次性告知补正，收到申请之日起7个工作日内）',
    texts: {
      applicant: '我们一次性告知您需要补正的事项，请在规定期限内补正。',
      public: '行政机关告知申请人补正申请内容。',
      staff: '发出补正告知书：只能一次，且须在收到申请之日起7个工作日内发出。',
    },
  },
  {
    from: 'awaiting-correction',
    event: 'corrected',
    to: 'in-progress',
    basis: '第三十条（答复期限自收到补正的申请之日起计算）',
    texts: {
      applicant: '我们收到了您补正后的申请，答复期限自收到补正之日起重新计算。',
      public: '申请人已补正申请内容，行政机关继续办理。',
      staff: '收到补正，答复期限自收到补正申请之日起重新计算。',
    },
  },
  {
    from: 'awaiting-correction',
    event: 'correction-lapsed',
    to: 'lapsed',
    basis: '第三十条（无正当理由逾期不补正的，视为放弃申请）',
    texts: {
      applicant: '您未在期限内补正，申请视为放弃，我们不再处理。',
      public: '申请人逾期未补正，该申请不再处理。',
      staff: '补正期限届满未补正，视为放弃申请，计入表三“其他处理—申请人无正当理由逾期不补正”。',
    },
  },
  {
    from: 'in-progress',
    event: 'third-party-consultation-started',
    to: 'consulting-third-party',
    basis: '第三十二条（书面征求第三方意见）',
    texts: {
      applicant: '您申请的信息可能涉及第三方合法权益，我们已书面征求第三方意见，所需时间不计入答复期限。',
      public: '行政机关就该申请书面征求第三方意见。',
      staff: '书面征求第三方意见，第三方应在15个工作日内提出意见；征求意见时间不计入答复期限。',
    },
  },
  {
    from: 'consulting-third-party',
    event: 'third-party-consultation-ended',
    to: 'in-progress',
    basis: '第三十二条、第三十三条第三款',
    texts: {
      applicant: '征求第三方意见已结束，我们继续办理您的申请。',
      public: '征求第三方意见结束，行政机关继续办理。',
      staff: '第三方已答复或逾期未答复，恢复计算答复期限，并依第三十二条决定是否公开。',
    },
  },
  {
    from: 'in-progress',
    event: 'other-body-consultation-started',
    to: 'consulting-other-body',
    basis: '第三十四条（征求其他行政机关意见）',
    texts: {
      applicant: '您申请的信息涉及其他行政机关，我们已征求其意见，所需时间不计入答复期限。',
      public: '行政机关就该申请征求其他行政机关意见。',
      staff: '征求有关行政机关意见，被征求意见机关应在15个工作日内提出意见；该时间不计入答复期限。',
    },
  },
  {
    from: 'consulting-other-body',
    event: 'other-body-consultation-ended',
    to: 'in-progress',
    basis: '第三十四条、第三十三条第三款',
    texts: {
      applicant: '征求其他行政机关意见已结束，我们继续办理您的申请。',
      public: '征求其他行政机关意见结束，行政机关继续办理。',
      staff: '被征求意见机关已答复或逾期未答复（视为同意公开），恢复计算答复期限。',
    },
  },
  {
    from: 'in-progress',
    event: 'extended',
    to: 'in-progress',
    basis: '第三十三条第二款（经负责人同意延长一次，不超过20个工作日）',
    texts: {
      applicant: '因情况复杂，经负责人同意，答复期限延长，延长时间最长不超过20个工作日。',
      public: '行政机关依法延长了该申请的答复期限。',
      staff: '经政府信息公开工作机构负责人同意延期一次并告知申请人；只能延长一次。',
    },
  },
  {
    from: 'in-progress',
    event: 'fee-notified',
    to: 'awaiting-payment',
    basis: '第四十二条；《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
    texts: {
      applicant: '您的申请数量或频次明显超过合理范围，需要缴纳信息处理费，请在20个工作日内缴纳。',
      public: '行政机关向申请人发出信息处理费收费通知。',
      staff: '发出收费通知并说明理由；缴费期间不计入答复期限。',
    },
  },
  {
    from: 'awaiting-payment',
    event: 'fee-paid',
    to: 'in-progress',
    basis: '国办函〔2020〕109号',
    texts: {
      applicant: '我们收到了您缴纳的信息处理费，继续办理您的申请。',
      public: '申请人已缴纳信息处理费，行政机关继续办理。',
      staff: '费用已缴纳，恢复计算答复期限。',
    },
  },
  {
    from: 'awaiting-payment',
    event: 'fee-waived',
    to: 'in-progress',
    basis: '国办函〔2020〕109号（减免）',
    texts: {
      applicant: '您的信息处理费已依法减免，我们继续办理您的申请。',
      public: '行政机关减免了该申请的信息处理费，继续办理。',
      staff: '记录减免理由后恢复计算答复期限。',
    },
  },
  {
    from: 'awaiting-payment',
    event: 'fee-lapsed',
    to: 'lapsed',
    basis: '国办函〔2020〕109号（逾期未缴纳的，视为放弃申请）',
    texts: {
      applicant: '您未在20个工作日内缴纳信息处理费，申请视为放弃，我们不再处理。',
      public: '申请人逾期未缴纳信息处理费，该申请不再处理。',
      staff: '缴费期限届满未缴费，不再处理，计入表三“其他处理—申请人逾期未按收费通知要求缴纳费用”。',
    },
  },
  {
    from: 'in-progress',
    event: 'decided',
    to: 'decided',
    basis: '第三十六条至第三十九条（答复类型）',
    texts: {
      applicant: '我们对您的申请作出了答复决定，书面答复告知书将送达给您。',
      public: '行政机关对该申请作出了答复决定。',
      staff: '作出答复决定，确定表三办理结果；须载明理由、依据和救济途径。',
    },
  },
  {
    from: 'decided',
    event: 'delivered',
    to: 'delivered',
    basis: '第三十六条、第四十条（书面答复并按申请人要求的形式提供）',
    texts: {
      applicant: '答复告知书已送达给您，申请办理完毕。',
      public: '答复已送达申请人，申请办结。',
      staff: '登记送达方式与日期，申请办结。',
    },
  },
  ...withdrawable.map((from): Transition => ({
    from,
    event: 'withdrawn',
    to: 'withdrawn',
    basis: '申请人可在答复作出前撤回申请（依申请启动的程序）',
    texts: withdrawalTexts,
  })),
];

export function findTransition(from: RequestStatus, event: RequestEventType): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.event === event);
}
