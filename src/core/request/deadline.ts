import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  assessTimeliness,
  replyDeadline,
  RECEIPT_CHANNELS,
  type PauseKind,
  type ReceiptChannel,
  type ReplyDeadline,
  type ReplyDeadlineInput,
  type Timeliness,
} from '../deadline/index.ts';
import type { PauseReason, RequestState } from './state.ts';
import type { IsoDate } from './vocabulary.ts';

const PAUSE_KINDS: Record<PauseReason, PauseKind> = {
  'third-party': 'third-party',
  'other-body': 'other-body',
  fee: 'fee-payment',
};

/**
 * Where the reply clock stands: not started (nothing received), waiting for the 补正 (Art. 30: the
 * period counts from the corrected application, so there is no due date yet), running, paused
 * (consultation or fee: the due date moves day by day), or closed.
 */
export type ClockStage = 'not-started' | 'awaiting-correction' | 'running' | 'paused' | 'closed';

export function clockStage(state: RequestState): ClockStage {
  if (state.receiptDate === null) return 'not-started';
  if (state.closedOn !== null || state.decidedOn !== null) return 'closed';
  if (state.status === 'awaiting-correction') return 'awaiting-correction';
  return state.pauses.some((p) => p.to === null) ? 'paused' : 'running';
}

/**
 * The deadline engine's input, derived from the events alone. An open pause is counted up to
 * `today` (the clock has not moved since it began), so the due date shown is the earliest possible
 * and moves on while the pause lasts. Null while there is no clock to run.
 */
export function deadlineInputs(state: RequestState, today: IsoDate): ReplyDeadlineInput | null {
  const stage = clockStage(state);
  if (state.receiptDate === null || stage === 'not-started' || stage === 'awaiting-correction') return null;
  const input: ReplyDeadlineInput = {
    receiptDate: state.receiptDate,
    extended: state.extension !== null,
    promisedWorkingDays: state.promisedDays,
    pauses: state.pauses.map((p) => {
      const end = p.to ?? (today < p.from ? p.from : today);
      return { from: p.from, to: end, kind: PAUSE_KINDS[p.reason] };
    }),
  };
  // 'other' has no Art. 31 rule of its own; the receipt date was fixed by staff.
  const channel = state.channel as ReceiptChannel | null;
  if (channel !== null && RECEIPT_CHANNELS.includes(channel)) input.channel = channel;
  if (state.correction?.correctedOn) {
    input.correction = {
      requestedOn: state.correction.requestedOn,
      correctedOn: state.correction.correctedOn,
    };
  }
  return input;
}

export interface RequestDeadline {
  stage: ClockStage;
  deadline: ReplyDeadline | null;
  /** Against the statutory date in force; overdue is computed here, never stored. */
  timeliness: Timeliness | null;
  /** Against the body's promised date, when it promised one. */
  promisedTimeliness: Timeliness | null;
}

/** Due date, overdue-ness and working days left, from the events, the calendar and today. */
export function requestDeadline(
  state: RequestState,
  calendar: WorkingCalendar,
  today: IsoDate,
): RequestDeadline {
  const stage = clockStage(state);
  // A closed request keeps its deadline for the record if it was decided; withdrawals and lapses have none.
  const decidedOn = state.decidedOn;
  const input = deadlineInputs(
    decidedOn ? { ...state, closedOn: null, decidedOn: null } : state,
    decidedOn ?? today,
  );
  if (!input || (stage === 'closed' && decidedOn === null)) {
    return { stage, deadline: null, timeliness: null, promisedTimeliness: null };
  }
  const deadline = replyDeadline(calendar, input);
  const timeliness = assessTimeliness(calendar, deadline.dueDate, today, decidedOn);
  const promisedTimeliness =
    deadline.promisedDueDate === null
      ? null
      : assessTimeliness(calendar, deadline.promisedDueDate, today, decidedOn);
  return { stage, deadline, timeliness, promisedTimeliness };
}
