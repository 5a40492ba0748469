import { ENDING_OF_EVENT, type RequestEvent } from './events.ts';
import type { Decision, OutcomeKind } from './decisions.ts';
import type { RequestStatus } from './status.ts';
import { findTransition } from './transitions.ts';
import { regimeOn, type ApplicantType, type Channel, type IsoDate, type Regime } from './vocabulary.ts';

/** Why the reply clock stood still (Art. 33 ¶3 and 109号: not counted in the reply period). */
export type PauseReason = 'third-party' | 'other-body' | 'fee';

export interface Pause {
  reason: PauseReason;
  /** The day the pause began (notice sent) … */
  from: IsoDate;
  /** … and the day it ended (answer, payment, waiver); null while it lasts. */
  to: IsoDate | null;
}

/** A request as the projection of its events. */
export interface RequestState {
  status: RequestStatus;
  receiptDate: IsoDate | null;
  regime: Regime | null;
  channel: Channel | null;
  applicantType: ApplicantType | null;
  promisedDays: number | null;
  lastEventOn: IsoDate | null;
  correction: {
    requestedOn: IsoDate;
    correctBy: IsoDate;
    items: string[];
    correctedOn: IsoDate | null;
  } | null;
  pauses: Pause[];
  extension: { on: IsoDate; approvedBy: string; reason: string } | null;
  fee: { notifiedOn: IsoDate; amountYuan: number; waiverReason: string | null } | null;
  decision: Decision | null;
  decidedOn: IsoDate | null;
  deliveredOn: IsoDate | null;
  /** How it ended — exactly one 表三 row via OUTCOMES; null while open. */
  outcome: OutcomeKind | null;
  closedOn: IsoDate | null;
}

export const INITIAL_STATE: RequestState = {
  status: 'none',
  receiptDate: null,
  regime: null,
  channel: null,
  applicantType: null,
  promisedDays: null,
  lastEventOn: null,
  correction: null,
  pauses: [],
  extension: null,
  fee: null,
  decision: null,
  decidedOn: null,
  deliveredOn: null,
  outcome: null,
  closedOn: null,
};

function endPause(pauses: Pause[], on: IsoDate): Pause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: on } : p));
}

/**
 * Applies one recorded event. Events in the log were accepted by `decide`, so an event that does
 * not fit the table means a corrupted history: that throws, it is never silently skipped.
 */
export function evolve(state: RequestState, event: RequestEvent): RequestState {
  const transition = findTransition(state.status, event.type);
  if (!transition) {
    throw new Error(`request history is inconsistent: ${event.type} in status ${state.status}`);
  }
  const next: RequestState = { ...state, status: transition.to, lastEventOn: event.on };
  switch (event.type) {
    case 'received':
      return {
        ...next,
        receiptDate: event.on,
        regime: regimeOn(event.on),
        channel: event.channel,
        applicantType: event.applicantType,
        promisedDays: event.promisedDays ?? null,
      };
    case 'correction-requested':
      return {
        ...next,
        correction: {
          requestedOn: event.on,
          correctBy: event.correctBy,
          items: event.items,
          correctedOn: null,
        },
      };
    case 'corrected':
      return { ...next, correction: state.correction && { ...state.correction, correctedOn: event.on } };
    case 'third-party-consultation-started':
      return { ...next, pauses: [...state.pauses, { reason: 'third-party', from: event.on, to: null }] };
    case 'other-body-consultation-started':
      return { ...next, pauses: [...state.pauses, { reason: 'other-body', from: event.on, to: null }] };
    case 'fee-notified':
      return {
        ...next,
        pauses: [...state.pauses, { reason: 'fee', from: event.on, to: null }],
        fee: { notifiedOn: event.on, amountYuan: event.amountYuan, waiverReason: null },
      };
    case 'third-party-consultation-ended':
    case 'other-body-consultation-ended':
    case 'fee-paid':
      return { ...next, pauses: endPause(state.pauses, event.on) };
    case 'fee-waived':
      return {
        ...next,
        pauses: endPause(state.pauses, event.on),
        fee: state.fee && { ...state.fee, waiverReason: event.reason },
      };
    case 'extended':
      return { ...next, extension: { on: event.on, approvedBy: event.approvedBy, reason: event.reason } };
    case 'decided':
      return { ...next, decision: event.decision, decidedOn: event.on, outcome: event.decision.kind };
    case 'delivered':
      return { ...next, deliveredOn: event.on, closedOn: event.on };
    case 'correction-lapsed':
    case 'fee-lapsed':
    case 'withdrawn':
      return {
        ...next,
        pauses: endPause(state.pauses, event.on),
        outcome: ENDING_OF_EVENT[event.type] ?? null,
        closedOn: event.on,
      };
  }
}

export function replay(events: readonly RequestEvent[], from: RequestState = INITIAL_STATE): RequestState {
  return events.reduce(evolve, from);
}
