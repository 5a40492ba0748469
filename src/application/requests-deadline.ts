import type { WorkingCalendar } from '../core/calendar/index.ts';
import { assessTimeliness, replyDeadline } from '../core/deadline/index.ts';
import type { PausedInterval, ReceiptChannel, ReplyDeadline, Timeliness } from '../core/deadline/index.ts';
import type { IsoDate, RequestState } from '../core/request/index.ts';

const pauseKind = { 'third-party': 'third-party', 'other-body': 'other-body', fee: 'fee-payment' } as const;

/**
 * The reply deadline of a request as its events stand on `today`. A pause still running is
 * counted up to today, so the due date moves on while the clock stands still and a paused
 * request never shows as overdue.
 */
export function deadlineOf(
  state: RequestState,
  calendar: WorkingCalendar,
  today: IsoDate,
): ReplyDeadline | null {
  if (!state.receiptDate) return null;
  const pauses: PausedInterval[] = state.pauses.map((pause) => ({
    from: pause.from,
    to: pause.to ?? (today > pause.from ? today : pause.from),
    kind: pauseKind[pause.reason],
  }));
  const corrected = state.correction?.correctedOn;
  return replyDeadline(calendar, {
    receiptDate: state.receiptDate,
    ...(state.channel && state.channel !== 'other' ? { channel: state.channel as ReceiptChannel } : {}),
    ...(state.correction && corrected
      ? { correction: { requestedOn: state.correction.requestedOn, correctedOn: corrected } }
      : {}),
    pauses,
    extended: state.extension !== null,
    promisedWorkingDays: state.promisedDays,
  });
}

/** Awaiting the applicant (补正) the reply clock does not run: there is no due date to miss. */
const waitingForApplicant = new Set(['awaiting-correction']);

/**
 * Overdue is computed, never stored: from the events (via the deadline) and today. A decision
 * counts as the reply; a request that ended without one (withdrawn, lapsed) is never late.
 */
export function timelinessOf(
  state: RequestState,
  calendar: WorkingCalendar,
  today: IsoDate,
): { deadline: ReplyDeadline; timeliness: Timeliness } | null {
  if (waitingForApplicant.has(state.status) || state.status === 'withdrawn' || state.status === 'lapsed')
    return null;
  const deadline = deadlineOf(state, calendar, today);
  if (!deadline) return null;
  return { deadline, timeliness: assessTimeliness(calendar, deadline.dueDate, today, state.decidedOn) };
}
