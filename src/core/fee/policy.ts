import type { IsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { addWorkingDays } from '../calendar/working-calendar.ts';
import type { FeeMethod } from '../statutes/rules.ts';
import type { FeeAssessment } from './schedule.ts';
import { feeScheduleOn, perApplicantFee, perVolumeFee } from './schedule.ts';

/** A body charges by one method, chosen once (109号 Art. 3: never both for one request). */
export interface BodyFeePolicy {
  method: FeeMethod;
}

export type FeeQuantity =
  { method: 'per-applicant'; count: number } | { method: 'per-volume'; pages: number };

export function assessFee(policy: BodyFeePolicy, quantity: FeeQuantity, receivedOn?: IsoDate): FeeAssessment {
  if (quantity.method !== policy.method) {
    throw new RuleError(
      'FEE_METHOD_NOT_BODYS',
      `本机关采用${policy.method === 'per-applicant' ? '按件计收' : '按量计收'}，不能对同一申请改用或同时适用另一种计收方式（国办函〔2020〕109号第三条）。`,
      'method',
    );
  }
  return quantity.method === 'per-applicant'
    ? perApplicantFee(quantity.count, receivedOn)
    : perVolumeFee(quantity.pages, receivedOn);
}

export interface Waiver {
  /** Yuan waived; 'all' waives the whole fee. */
  amount: number | 'all';
  reason: string;
}

export interface ChargedFee {
  assessedYuan: number;
  waivedYuan: number;
  chargedYuan: number;
  waiverReason: string | null;
}

/** 减免: any reduction is recorded with its reason; it can never exceed the assessed fee. */
export function applyWaiver(assessment: FeeAssessment, waiver: Waiver | null): ChargedFee {
  if (waiver === null) {
    return {
      assessedYuan: assessment.amountYuan,
      waivedYuan: 0,
      chargedYuan: assessment.amountYuan,
      waiverReason: null,
    };
  }
  const reason = waiver.reason.trim();
  if (!reason) throw new RuleError('FEE_WAIVER_REASON_MISSING', '减免信息处理费须写明理由。', 'reason');
  const waived = waiver.amount === 'all' ? assessment.amountYuan : waiver.amount;
  if (!Number.isSafeInteger(waived) || waived < 0) {
    throw new RuleError(
      'FEE_WAIVER_INVALID',
      `减免金额应为不小于0的整数（元），收到“${waiver.amount}”。`,
      'amount',
    );
  }
  if (waived > assessment.amountYuan) {
    throw new RuleError(
      'FEE_WAIVER_TOO_LARGE',
      `减免金额${waived}元超过应收金额${assessment.amountYuan}元。`,
      'amount',
    );
  }
  return {
    assessedYuan: assessment.amountYuan,
    waivedYuan: waived,
    chargedYuan: assessment.amountYuan - waived,
    waiverReason: reason,
  };
}

/**
 * Last day to pay: 20 working days from the day after the applicant received the 收费通知; the
 * request is treated as withdrawn after it. Null before 2021-01-01 (no fee rule).
 */
export function feePaymentDueDate(
  calendar: WorkingCalendar,
  noticeReceivedOn: IsoDate,
  receivedOn?: IsoDate,
): IsoDate | null {
  const schedule = feeScheduleOn(receivedOn ?? noticeReceivedOn);
  return schedule ? addWorkingDays(calendar, noticeReceivedOn, schedule.value.paymentWorkingDays) : null;
}
