import type { PlainTexts } from './vocabulary.ts';

/**
 * Where a request is (not how it ended — that is the outcome, see decisions.ts).
 * `none` is the state before anything was recorded.
 */
export const REQUEST_STATUSES = [
  'none',
  'in-progress',
  'awaiting-correction',
  'consulting-third-party',
  'consulting-other-body',
  'awaiting-payment',
  'decided',
  'delivered',
  'withdrawn',
  'lapsed',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Terminal statuses: nothing may follow. */
export const CLOSED_STATUSES: readonly RequestStatus[] = ['delivered', 'withdrawn', 'lapsed'];
/** Statuses in which the reply clock runs (paused while waiting for the applicant or others). */
export const CLOCK_RUNNING_STATUSES: readonly RequestStatus[] = ['in-progress'];

export interface StatusDescription {
  labelZh: string;
  /** One sentence each for the applicant, the public (no personal data) and the staff. */
  texts: PlainTexts;
}

export const STATUS_DESCRIPTIONS: Record<RequestStatus, StatusDescription> = {
  none: {
    labelZh: '尚未收到',
    texts: {
      applicant: '我们还没有收到您的申请。',
      public: '该申请尚未登记。',
      staff: '尚无任何登记记录。',
    },
  },
  'in-progress': {
    labelZh: '办理中',
    texts: {
      applicant: '我们已收到您的申请，正在依法办理，将在答复期限内给您书面答复。',
      public: '行政机关已收到该申请，正在办理。',
      staff: '申请在办，答复期限正在计算，请在到期日前作出答复或依法办理延期。',
    },
  },
  'awaiting-correction': {
    labelZh: '待补正',
    texts: {
      applicant: '您的申请内容需要补正，请在补正告知书载明的期限内补正，补正后答复期限重新计算。',
      public: '行政机关已告知申请人补正申请内容，正在等待补正。',
      staff: '已发出补正告知（条例第三十条），等待申请人补正；补正期间不计入答复期限。',
    },
  },
  'consulting-third-party': {
    labelZh: '征求第三方意见中',
    texts: {
      applicant: '您申请的信息可能涉及他人的合法权益，我们正在征求第三方意见，这段时间不计入答复期限。',
      public: '行政机关正在就该申请征求第三方意见。',
      staff: '已书面征求第三方意见（条例第三十二条，第三方15个工作日内答复），所需时间不计入答复期限。',
    },
  },
  'consulting-other-body': {
    labelZh: '征求其他机关意见中',
    texts: {
      applicant: '您申请的信息涉及其他行政机关，我们正在征求其意见，这段时间不计入答复期限。',
      public: '行政机关正在就该申请征求其他行政机关意见。',
      staff: '已征求有关行政机关意见（条例第三十四条，15个工作日内），所需时间不计入答复期限。',
    },
  },
  'awaiting-payment': {
    labelZh: '待缴费',
    texts: {
      applicant: '您的申请需要缴纳信息处理费，请在收到收费通知之日起20个工作日内缴纳，逾期视为放弃申请。',
      public: '行政机关已向申请人发出信息处理费收费通知，正在等待缴费。',
      staff: '已发出收费通知（国办函〔2020〕109号），缴费期间不计入答复期限，逾期未缴费的不再处理。',
    },
  },
  decided: {
    labelZh: '已作出答复',
    texts: {
      applicant: '我们已对您的申请作出答复决定，答复告知书正在送达给您。',
      public: '行政机关已对该申请作出答复决定。',
      staff: '答复决定已作出，请尽快送达答复告知书并登记送达情况。',
    },
  },
  delivered: {
    labelZh: '已办结',
    texts: {
      applicant: '答复告知书已送达，申请办理完毕；如不服，可依告知书所载途径申请行政复议或提起行政诉讼。',
      public: '该申请已办结，答复已送达申请人。',
      staff: '已办结并送达，计入年报表三的办理结果。',
    },
  },
  withdrawn: {
    labelZh: '已撤回',
    texts: {
      applicant: '您已撤回申请，我们不再继续办理。',
      public: '申请人已撤回该申请。',
      staff: '申请人撤回申请，办理终止，年报计入“其他处理”。',
    },
  },
  lapsed: {
    labelZh: '已终止（逾期未补正或未缴费）',
    texts: {
      applicant: '由于未在规定期限内补正或缴纳费用，您的申请视为放弃，我们不再处理。',
      public: '申请人未在规定期限内补正或缴费，该申请不再处理。',
      staff: '申请人逾期未补正或未缴费，视为放弃申请，年报计入“其他处理”的相应项目。',
    },
  },
};
