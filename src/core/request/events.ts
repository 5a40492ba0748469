import type { Decision, EndingKind } from './decisions.ts';
import type { ApplicantType, Channel, IsoDate } from './vocabulary.ts';

/**
 * Facts appended to a request's history (never edited). Each carries the day it happened (`on`);
 * the core never reads a clock.
 */
export type RequestEvent =
  | {
      type: 'received';
      /** The receipt date of Art. 31 (in person: handed in; post: signed for; online/fax: confirmed). */
      on: IsoDate;
      channel: Channel;
      applicantType: ApplicantType;
      /** A body's shorter promised limit in working days, if any (tracked beside the statutory one). */
      promisedDays?: number;
    }
  | { type: 'correction-requested'; on: IsoDate; items: string[]; correctBy: IsoDate }
  | { type: 'corrected'; on: IsoDate }
  | { type: 'correction-lapsed'; on: IsoDate }
  // Art. 32: the third party has 15 working days to answer; the time is not counted (Art. 33).
  | { type: 'third-party-consultation-started'; on: IsoDate; consulted: string }
  | { type: 'third-party-consultation-ended'; on: IsoDate; opinion?: string }
  // Art. 34: information made jointly with another body; its time is not counted either.
  | { type: 'other-body-consultation-started'; on: IsoDate; consulted: string }
  | { type: 'other-body-consultation-ended'; on: IsoDate; opinion?: string }
  | { type: 'extended'; on: IsoDate; approvedBy: string; reason: string }
  /** `on`: the day the applicant received the notice — the 20 payment days run from it (109号). */
  | { type: 'fee-notified'; on: IsoDate; amountYuan: number; reason: string }
  | { type: 'fee-paid'; on: IsoDate }
  | { type: 'fee-waived'; on: IsoDate; reason: string }
  | { type: 'fee-lapsed'; on: IsoDate }
  | { type: 'decided'; on: IsoDate; decision: Decision }
  | { type: 'delivered'; on: IsoDate; method: string }
  | { type: 'withdrawn'; on: IsoDate; reason?: string };

export type RequestEventType = RequestEvent['type'];
export type EventOf<T extends RequestEventType> = Extract<RequestEvent, { type: T }>;

export const REQUEST_EVENT_TYPES = [
  'received',
  'correction-requested',
  'corrected',
  'correction-lapsed',
  'third-party-consultation-started',
  'third-party-consultation-ended',
  'other-body-consultation-started',
  'other-body-consultation-ended',
  'extended',
  'fee-notified',
  'fee-paid',
  'fee-waived',
  'fee-lapsed',
  'decided',
  'delivered',
  'withdrawn',
] as const satisfies readonly RequestEventType[];

/** Events that end a request without a decision, and the 表三 ending they are counted as. */
export const ENDING_OF_EVENT: Partial<Record<RequestEventType, EndingKind>> = {
  'correction-lapsed': 'correction-lapsed',
  'fee-lapsed': 'fee-lapsed',
  withdrawn: 'withdrawn',
};

/** How each step is named to people (in refusals, timelines, the console). */
export const EVENT_LABELS: Record<RequestEventType, string> = {
  received: '收到申请',
  'correction-requested': '告知补正',
  corrected: '收到补正',
  'correction-lapsed': '逾期未补正',
  'third-party-consultation-started': '征求第三方意见',
  'third-party-consultation-ended': '第三方意见征求结束',
  'other-body-consultation-started': '征求其他机关意见',
  'other-body-consultation-ended': '其他机关意见征求结束',
  extended: '延长答复期限',
  'fee-notified': '发出收费通知',
  'fee-paid': '缴纳费用',
  'fee-waived': '减免费用',
  'fee-lapsed': '逾期未缴费',
  decided: '作出答复决定',
  delivered: '送达答复',
  withdrawn: '撤回申请',
};
