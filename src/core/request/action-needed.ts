import { addWorkingDays, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { replyPeriodOn } from '../deadline/index.ts';
import { feePaymentDueDate } from '../fee/policy.ts';
import { requestDeadline } from './deadline.ts';
import type { RequestState } from './state.ts';
import type { IsoDate } from './vocabulary.ts';

export type ActionCode =
  | 'reply'
  | 'reply-overdue'
  | 'promise-overdue'
  | 'record-correction-lapse'
  | 'consultation-period-over'
  | 'record-fee-lapse'
  | 'deliver-letter';

/** Something staff should do now on a request (cf. Alaveteli's action_needed query). */
export interface ActionNeeded {
  code: ActionCode;
  /** The date the action is tied to (due date, end of a period). */
  date: IsoDate;
  textZh: string;
}

/**
 * What a request needs from staff on `today`, computed from its events and the calendar — never
 * stored, so it cannot go stale overnight. Empty when it waits on someone else or is closed.
 */
export function actionsNeeded(
  state: RequestState,
  calendar: WorkingCalendar,
  today: IsoDate,
): ActionNeeded[] {
  const receipt = state.receiptDate;
  if (receipt === null || state.closedOn !== null) return [];
  if (state.status === 'decided') {
    return [
      {
        code: 'deliver-letter',
        date: state.decidedOn ?? today,
        textZh: '答复已作出，请送达答复告知书并登记送达。',
      },
    ];
  }
  if (state.status === 'awaiting-correction' && state.correction && today > state.correction.correctBy) {
    const { correctBy } = state.correction;
    return [
      {
        code: 'record-correction-lapse',
        date: correctBy,
        textZh: `补正期限已于${correctBy}届满，申请人未补正的，请登记“逾期未补正”（条例第三十条）。`,
      },
    ];
  }
  const open = state.pauses.find((p) => p.to === null);
  if (open && (open.reason === 'third-party' || open.reason === 'other-body')) {
    const period = replyPeriodOn(receipt);
    const days = open.reason === 'third-party' ? period.thirdPartyWorkingDays : period.otherBodyWorkingDays;
    const end = days === null ? null : addWorkingDays(calendar, open.from, days);
    if (end === null || today <= end) return [];
    const consequence =
      open.reason === 'third-party'
        ? '第三方逾期未提出意见的，由本机关依条例第三十二条决定是否公开'
        : '被征求意见机关逾期未提出意见的，视为同意公开（条例第三十四条）';
    return [
      {
        code: 'consultation-period-over',
        date: end,
        textZh: `征求意见期限已于${end}届满，${consequence}；请登记意见征求结束。`,
      },
    ];
  }
  if (open?.reason === 'fee' && state.fee) {
    const payBy = feePaymentDueDate(calendar, state.fee.notifiedOn, receipt);
    if (payBy === null || today <= payBy) return [];
    return [
      {
        code: 'record-fee-lapse',
        date: payBy,
        textZh: `缴费期限已于${payBy}届满，申请人未缴费的，请登记“逾期未缴费”（国办函〔2020〕109号）。`,
      },
    ];
  }
  const view = requestDeadline(state, calendar, today);
  if (view.stage !== 'running' || !view.deadline || !view.timeliness) return [];
  const { dueDate, promisedDueDate } = view.deadline;
  const actions: ActionNeeded[] = [];
  if (view.timeliness.overdue) {
    actions.push({
      code: 'reply-overdue',
      date: dueDate,
      textZh: `已超过法定答复期限${dueDate}共${view.timeliness.workingDaysLate}个工作日，请立即答复。`,
    });
  } else {
    actions.push({
      code: 'reply',
      date: dueDate,
      textZh: `请于${dueDate}前答复（还剩${view.timeliness.workingDaysRemaining}个工作日）。`,
    });
  }
  if (promisedDueDate && view.promisedTimeliness?.overdue) {
    actions.push({
      code: 'promise-overdue',
      date: promisedDueDate,
      textZh: `已超过本机关承诺的答复期限${promisedDueDate}。`,
    });
  }
  return actions;
}
