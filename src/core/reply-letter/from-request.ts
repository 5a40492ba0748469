import { addWorkingDays, type WorkingCalendar } from '../calendar/working-calendar.ts';
import { replyPeriodOn } from '../deadline/index.ts';
import { feePaymentDueDate } from '../fee/policy.ts';
import { requestDeadline } from '../request/deadline.ts';
import type { RequestEvent } from '../request/events.ts';
import type { RequestState } from '../request/state.ts';
import type { LetterFields } from './fields.ts';
import { buildLetter, fieldsFromRequest, type Letter } from './letter.ts';
import type { LetterKind } from './templates.ts';

/** What the request's events cannot know: names, the text of the request, where to appeal. */
export type LetterContext = Pick<
  LetterFields,
  | 'bodyName'
  | 'applicantName'
  | 'trackingNumber'
  | 'description'
  | 'reviewBody'
  | 'court'
  | 'contact'
  | 'previousReply'
  | 'feeBreakdown'
  | 'affectedInterest'
  | 'letterDate'
>;

/** The letter an event calls for, if any (withdrawal, payment, delivery … need none). */
export function letterKindFor(event: RequestEvent): LetterKind | null {
  switch (event.type) {
    case 'correction-requested':
      return 'correction-notice';
    case 'extended':
      return 'extension-notice';
    case 'fee-notified':
      return 'fee-notice';
    case 'third-party-consultation-started':
      return 'third-party-consultation';
    case 'decided':
      return event.decision.kind;
    case 'correction-lapsed':
    case 'fee-lapsed':
      return event.type;
    default:
      return null;
  }
}

/**
 * The letter for `event`, filled from the request as it stands after the event (`state`), the
 * calendar (for the dates it announces) and the context. Null when the event needs no letter.
 */
export function letterForEvent(
  state: RequestState,
  event: RequestEvent,
  context: LetterContext,
  calendar: WorkingCalendar,
): Letter | null {
  const kind = letterKindFor(event);
  if (kind === null) return null;
  const fields: LetterFields = { ...fieldsFromRequest(state), letterDate: event.on, ...context };
  const receipt = state.receiptDate;
  if (event.type === 'extended') {
    fields.reason = event.reason;
    const extendedDueDate = requestDeadline(state, calendar, event.on).deadline?.extendedDueDate;
    if (extendedDueDate) fields.extendedDueDate = extendedDueDate;
  }
  if (event.type === 'fee-notified') fields.reason = event.reason;
  if (state.fee && receipt) {
    const payBy = feePaymentDueDate(calendar, state.fee.notifiedOn, receipt);
    if (payBy) fields.payBy = payBy;
  }
  if (event.type === 'third-party-consultation-started' && receipt) {
    fields.thirdPartyName = event.consulted;
    // Art. 32: the third party answers within 15 working days of receiving the letter.
    const days = replyPeriodOn(receipt).thirdPartyWorkingDays;
    if (days !== null) fields.replyBy = addWorkingDays(calendar, event.on, days);
  }
  if (event.type === 'decided' && event.decision.kind === 'excessive' && event.decision.ground) {
    fields.reason = event.decision.ground;
  }
  return buildLetter(kind, fields);
}
