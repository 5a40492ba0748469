import { timingSafeEqual } from 'node:crypto';
import {
  EVENT_LABELS,
  findTransition,
  INITIAL_STATE,
  OUTCOMES,
  requestDeadline,
  STATUS_DESCRIPTIONS,
} from '../core/request/index.ts';
import type { IsoDate, RequestEvent, RequestState, RequestStatus } from '../core/request/index.ts';
import { Problem } from '../http/errors.ts';
import { eventsOfRequest } from '../storage/request-events.ts';
import type { StoredRequestEvent } from '../storage/request-events.ts';
import {
  findRequest,
  findRequestsByTrackingNumber,
  listRequests,
  openRequests,
  openRequestsOfBodies,
} from '../storage/requests.ts';
import type { OpenRequestRow, RequestRow } from '../storage/requests.ts';
import { loadApplicant } from '../storage/requests-applicants.ts';
import type { ApplicantRecord } from '../storage/requests-applicants.ts';
import { deliveriesOfRequest } from '../storage/deliveries.ts';
import type { DeliveryRecord } from '../storage/deliveries.ts';
import { attachmentsOfRequest } from '../storage/requests-attachments.ts';
import type { AttachmentMeta } from '../storage/requests-attachments.ts';
import { hashTrackingCode, parseTrackingNumber, formatTrackingNumber } from '../storage/tracking-numbers.ts';
import { bodyCallWith } from './body-commands.ts';
import type { RequestDeps } from './requests.ts';

type Audience = 'applicant' | 'public' | 'staff';

export interface RequestStep {
  seq: number;
  on: IsoDate;
  label: string;
  text: string;
}

function toCoreEvent(stored: StoredRequestEvent): RequestEvent {
  return { type: stored.type, on: stored.occurredOn, ...stored.payload } as RequestEvent;
}

/** Each step with its date, worded for the reader (cf. Alaveteli's transition labels). */
function stepsOf(events: readonly StoredRequestEvent[], audience: Audience): RequestStep[] {
  let status: RequestStatus = INITIAL_STATE.status;
  return events.map((stored) => {
    const event = toCoreEvent(stored);
    const transition = findTransition(status, event.type);
    status = transition?.to ?? status;
    let text = transition?.texts[audience] ?? '';
    if (event.type === 'decided') text = `${text}（${OUTCOMES[event.decision.kind].labelZh}）`;
    return { seq: stored.seq, on: stored.occurredOn, label: EVENT_LABELS[event.type], text };
  });
}

export interface DeadlineView {
  dueDate: IsoDate;
  promisedDueDate: IsoDate | null;
  extended: boolean;
  explanation: string;
  overdue: boolean;
  workingDaysRemaining: number;
  timelinessLabel: string;
}

function deadlineView(deps: RequestDeps, state: RequestState): DeadlineView | null {
  try {
    const { deadline, timeliness } = requestDeadline(state, deps.calendar, deps.today());
    if (!deadline || !timeliness) return null;
    return {
      dueDate: deadline.dueDate,
      promisedDueDate: deadline.promisedDueDate,
      extended: deadline.extended,
      explanation: deadline.explanation,
      overdue: timeliness.overdue,
      workingDaysRemaining: timeliness.workingDaysRemaining,
      timelinessLabel: timeliness.labelZh,
    };
  } catch {
    return null; // no calendar for the year: unknown, never guessed
  }
}

export interface PublicTracking {
  trackingNumber: string;
  bodyName: string;
  receiptDate: IsoDate;
  description: string;
  status: string;
  statusLabel: string;
  statusText: string;
  outcomeLabel: string | null;
  deadline: DeadlineView | null;
  steps: RequestStep[];
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The applicant's view by number + code: status in plain words, each step with its date. Only
 * what the code-holder submitted or was told; a wrong code and an unknown number answer alike.
 */
export async function trackRequest(deps: RequestDeps, number: string, code: string): Promise<PublicTracking> {
  const parsed = parseTrackingNumber(number);
  const notFound = new Problem(404, 'TRACKING_NOT_FOUND', '申请编号或查询码不正确，请核对后重试');
  if (!parsed || !code.trim()) throw notFound;
  const hash = hashTrackingCode(code);
  const candidates = await findRequestsByTrackingNumber(
    deps.db,
    formatTrackingNumber(parsed.year, parsed.serial),
  );
  const match = candidates.find((row) => sameHash(row.trackingCodeHash, hash));
  if (!match) throw notFound;
  const events = await eventsOfRequest(deps.db, match.bodyId, match.id);
  const state = match.state as RequestState;
  const description = STATUS_DESCRIPTIONS[state.status];
  return {
    trackingNumber: match.trackingNumber,
    bodyName: match.bodyName,
    receiptDate: match.receiptDate,
    description: match.description,
    status: state.status,
    statusLabel: description.labelZh,
    statusText: description.texts.applicant,
    outcomeLabel: state.outcome ? OUTCOMES[state.outcome].labelZh : null,
    deadline: deadlineView(deps, state),
    steps: stepsOf(events, 'applicant'),
  };
}

export interface StaffRequestView {
  request: Omit<RequestRow, 'state'>;
  statusLabel: string;
  statusText: string;
  outcomeLabel: string | null;
  applicant: ApplicantRecord | null;
  deadline: DeadlineView | null;
  steps: Array<RequestStep & { actor: string; recordedAt: string }>;
  deliveries: DeliveryRecord[];
  attachments: AttachmentMeta[];
}

function withoutState(row: RequestRow): Omit<RequestRow, 'state'> {
  const { state: _state, ...rest } = row;
  return rest;
}

/** The handling body's full view, personal data included (roles of that body only). */
export const requestForStaff = bodyCallWith(
  (deps: RequestDeps) => deps.db,
  'request.read',
  async (deps, _reader, bodyId, requestId: string): Promise<StaffRequestView> => {
    const row = await findRequest(deps.db, bodyId, requestId);
    if (!row) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
    const [applicant, events, deliveries, attachments] = await Promise.all([
      loadApplicant(deps.db, bodyId, requestId),
      eventsOfRequest(deps.db, bodyId, requestId),
      deliveriesOfRequest(deps.db, bodyId, requestId),
      attachmentsOfRequest(deps.db, bodyId, requestId),
    ]);
    const state = row.state as RequestState;
    const steps = stepsOf(events, 'staff').map((step, i) => ({
      ...step,
      actor: events[i]?.actor ?? '',
      recordedAt: events[i]?.recordedAt ?? '',
    }));
    return {
      request: withoutState(row),
      statusLabel: STATUS_DESCRIPTIONS[state.status].labelZh,
      statusText: STATUS_DESCRIPTIONS[state.status].texts.staff,
      outcomeLabel: state.outcome ? OUTCOMES[state.outcome].labelZh : null,
      applicant: applicant ?? null,
      deadline: deadlineView(deps, state),
      steps,
      deliveries,
      attachments,
    };
  },
);

export interface RequestListEntry {
  request: Omit<RequestRow, 'state'>;
  statusLabel: string;
  deadline: DeadlineView | null;
}

/** A page of the body's requests, latest received first, each with its status and reply date. */
export const requestsForStaff = bodyCallWith(
  (deps: RequestDeps) => deps.db,
  'request.read',
  async (
    deps,
    _reader,
    bodyId,
    filter: { status?: string | undefined; limit: number; offset: number },
  ): Promise<{ entries: RequestListEntry[]; total: number }> => {
    const { rows, total } = await listRequests(deps.db, bodyId, filter);
    return {
      total,
      entries: rows.map((row) => {
        const state = row.state as RequestState;
        return {
          request: withoutState(row),
          statusLabel: STATUS_DESCRIPTIONS[state.status].labelZh,
          deadline: deadlineView(deps, state),
        };
      }),
    };
  },
);

export interface OverdueRequest {
  requestId: string;
  trackingNumber: string;
  dueDate: IsoDate;
  workingDaysLate: number;
}

/** The open requests past their reply date on `today`, by the core deadline rule. */
function overdueAmong(
  open: readonly Pick<RequestRow, 'id' | 'trackingNumber' | 'state'>[],
  calendar: RequestDeps['calendar'],
  today: IsoDate,
): OverdueRequest[] {
  const overdue = [];
  for (const row of open) {
    const { deadline, timeliness } = requestDeadline(row.state as RequestState, calendar, today);
    if (!deadline || timeliness?.state !== 'overdue') continue;
    overdue.push({
      requestId: row.id,
      trackingNumber: row.trackingNumber,
      dueDate: deadline.dueDate,
      workingDaysLate: timeliness.workingDaysLate,
    });
  }
  return overdue;
}

/**
 * Requests past their reply date on `today` (cf. Alaveteli overdue_query.rb): computed from the
 * events and the calendar each time, never a stored flag that goes stale overnight.
 */
export async function overdueRequests(
  deps: RequestDeps,
  bodyId: string,
  today: IsoDate,
): Promise<OverdueRequest[]> {
  return overdueAmong(await openRequests(deps.db, bodyId), deps.calendar, today);
}

/**
 * `overdueRequests` for many bodies at once: one query for all their open requests, the same
 * rule applied per body in memory. Every body named has an entry (empty when none is overdue).
 */
export async function overdueRequestsOfBodies(
  deps: RequestDeps,
  bodyIds: readonly string[],
  today: IsoDate,
): Promise<Map<string, OverdueRequest[]>> {
  const byBody = new Map<string, OpenRequestRow[]>(bodyIds.map((id) => [id, []]));
  for (const row of await openRequestsOfBodies(deps.db, bodyIds)) byBody.get(row.bodyId)?.push(row);
  return new Map([...byBody].map(([id, open]) => [id, overdueAmong(open, deps.calendar, today)]));
}
