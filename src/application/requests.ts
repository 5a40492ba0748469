import { randomUUID } from 'node:crypto';
import type { WorkingCalendar } from '../core/calendar/index.ts';
import {
  decide,
  evolve,
  INITIAL_STATE,
  OUTCOMES,
  requestDeadline,
  RequestRuleViolation,
} from '../core/request/index.ts';
import type { IsoDate, RequestCommand, RequestEvent, RequestState } from '../core/request/index.ts';
import { Problem } from '../http/errors.ts';
import type { Database, SqlRunner } from '../storage/database.ts';
import { appendRequestEvents } from '../storage/request-events.ts';
import type { NewRequestEvent } from '../storage/request-events.ts';
import {
  bodyForRequests,
  insertRequest,
  loadRequestForUpdate,
  updateRequestProjection,
} from '../storage/requests.ts';
import type { RequestRow } from '../storage/requests.ts';
import { insertApplicant, loadApplicant } from '../storage/requests-applicants.ts';
import type { ApplicantRecord } from '../storage/requests-applicants.ts';
import { insertDelivery } from '../storage/deliveries.ts';
import { enqueueMessage } from '../storage/outbox.ts';
import {
  formatTrackingNumber,
  hashTrackingCode,
  newTrackingCode,
  takeTrackingSerial,
} from '../storage/tracking-numbers.ts';
import { auditedChange } from './audit.ts';
import { authorize } from './auth/authorize.ts';
import { bodyCallWith } from './body-commands.ts';
import type { Actor } from './auth/roles.ts';
import {
  loggedRequestSchema,
  parseRequestInput,
  publicSubmissionSchema,
  staffCommandSchema,
} from './requests-input.ts';
import type { StaffCommand } from './requests-input.ts';
import { storeAttachment } from './requests-attachments.ts';
import type { ApplicantFile } from './requests-applicant-files.ts';

export interface RequestDeps {
  db: Database;
  calendar: WorkingCalendar;
  /** Today in China (Asia/Shanghai): the receipt date of an online request is the day it arrives. */
  today(): IsoDate;
  /** Wakes the notification worker after a commit; optional (the poller finds messages anyway). */
  notify?: () => Promise<void>;
}

export interface SubmissionReceipt {
  requestId: string;
  bodyId: string;
  bodyName: string;
  trackingNumber: string;
  /** Shown once, never stored in clear: with the number it opens the public tracking page. */
  trackingCode: string;
  receiptDate: IsoDate;
  dueDate: IsoDate | null;
  promisedDueDate: IsoDate | null;
}

/** Core refusals are the applicant's or the officer's to fix: 409 for the lifecycle, 422 otherwise. */
function refused(error: { code: string; messageZh: string; field?: string }): Problem {
  const status = error.code === 'REQUEST_TRANSITION_REFUSED' ? 409 : 422;
  return new Problem(status, error.code, error.messageZh, error.field);
}

function decideOrThrow(
  state: RequestState,
  command: RequestCommand,
  calendar: WorkingCalendar,
): RequestEvent[] {
  const result = decide(state, command, calendar);
  if (!result.ok) throw refused(result.error);
  return result.events;
}

/** The stored form: the date in its own column (the legal date), the rest as payload. */
function toStored(event: RequestEvent): NewRequestEvent {
  const { type, on, ...payload } = event;
  return { type, occurredOn: on, payload };
}

function projection(state: RequestState, dueDate: IsoDate | null, lastSeq: number) {
  return {
    status: state.status,
    outcome: state.outcome ? OUTCOMES[state.outcome].table3Row : null,
    receiptDate: state.receiptDate ?? '',
    dueDate,
    closedOn: state.closedOn,
    deliveredOn: state.deliveredOn,
    lastSeq,
    state,
  };
}

/** A year without calendar data leaves the due date unknown (shown as such), never guessed. */
function deadlineSafely(state: RequestState, calendar: WorkingCalendar, today: IsoDate) {
  try {
    return requestDeadline(state, calendar, today).deadline;
  } catch {
    return null;
  }
}

/** Where to tell the applicant: e-mail if given, else a mobile number; post is the body's own job. */
function applicantChannel(
  applicant: ApplicantRecord,
): { channel: 'email' | 'sms'; recipient: string } | null {
  if (applicant.email) return { channel: 'email', recipient: applicant.email };
  if (applicant.phone && /^1\d{10}$/.test(applicant.phone))
    return { channel: 'sms', recipient: applicant.phone };
  return null;
}

/** Events the applicant hears about as they happen (the letters themselves go by the chosen form). */
const notifiedEvents = new Set([
  'received',
  'correction-requested',
  'extended',
  'fee-notified',
  'decided',
  'delivered',
]);

async function notifyApplicant(
  tx: SqlRunner,
  row: { id: string; bodyId: string; trackingNumber: string },
  applicant: ApplicantRecord,
  events: Array<{ seq: number; event: RequestEvent }>,
): Promise<void> {
  const target = applicantChannel(applicant);
  if (!target) return;
  for (const { seq, event } of events) {
    if (!notifiedEvents.has(event.type)) continue;
    await enqueueMessage(tx, {
      id: randomUUID(),
      bodyId: row.bodyId,
      idempotencyKey: `request:${row.id}:${seq}`,
      ...target,
      template: `request.${event.type}`,
      payload: { trackingNumber: row.trackingNumber, on: event.on },
    });
  }
}

/** What the audit log keeps of a request: never the applicant's personal data. */
function auditSummary(row: Pick<RequestRow, 'status' | 'outcome' | 'dueDate'>) {
  return { status: row.status, outcome: row.outcome, dueDate: row.dueDate };
}

async function createRequest(
  deps: RequestDeps,
  bodyId: string,
  input: {
    applicantType: RequestRow['applicantType'];
    applicant: ApplicantRecord;
    description: string;
    deliveryForm: string;
    accessForm: string | null;
    channel: RequestRow['channel'];
    receiptDate: IsoDate;
  },
  actor: Actor | { name: string },
  files: readonly ApplicantFile[] = [],
): Promise<SubmissionReceipt> {
  const body = await bodyForRequests(deps.db, bodyId);
  if (!body) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该行政机关', 'bodyId');
  const today = deps.today();
  if (input.receiptDate > today) {
    throw new Problem(
      422,
      'REQUEST_RECEIPT_DATE_IN_FUTURE',
      `收到申请日期${input.receiptDate}晚于今天`,
      'receiptDate',
    );
  }
  const received = {
    type: 'received',
    on: input.receiptDate,
    channel: input.channel,
    applicantType: input.applicantType,
    ...(body.promisedWorkingDays ? { promisedDays: body.promisedWorkingDays } : {}),
  } as RequestCommand;
  const events = decideOrThrow(INITIAL_STATE, received, deps.calendar);
  const state = events.reduce(evolve, INITIAL_STATE);
  const deadline = deadlineSafely(state, deps.calendar, today);
  const id = randomUUID();
  const code = newTrackingCode();
  const year = Number(input.receiptDate.slice(0, 4));
  const result = await deps.db.transaction(async (tx) => {
    await insertApplicant(tx, bodyId, id, input.applicant);
    await appendRequestEvents(
      tx,
      { bodyId, requestId: id, afterSeq: 0, actor: actor.name },
      events.map(toStored),
    );
    const details = {
      id,
      bodyId,
      applicantType: input.applicantType,
      channel: input.channel,
      description: input.description,
      deliveryForm: input.deliveryForm,
      accessForm: input.accessForm,
      ...projection(state, deadline?.dueDate ?? null, events.length),
    };
    const subject = { bodyId, entity: 'request', entityId: id };
    await auditedChange(tx, actor, 'request.received', subject, {
      after: { channel: details.channel, applicantType: details.applicantType, ...auditSummary(details) },
    });
    // Numbering last: the counter row is locked from here to commit, two statements later.
    const serial = await takeTrackingSerial(tx, bodyId, year);
    const row: RequestRow = { ...details, trackingNumber: formatTrackingNumber(year, serial) };
    await insertRequest(tx, {
      ...row,
      trackingYear: year,
      trackingSerial: serial,
      trackingCodeHash: hashTrackingCode(code),
    });
    // The applicant's files (Art. 29: proof of identity …) are kept with the request or not at all.
    for (const file of files) await storeAttachment(tx, actor, bodyId, id, file);
    await notifyApplicant(
      tx,
      row,
      input.applicant,
      events.map((event, i) => ({ seq: i + 1, event })),
    );
    return row;
  });
  await deps.notify?.().catch(() => undefined);
  return {
    requestId: id,
    bodyId,
    bodyName: body.name,
    trackingNumber: result.trackingNumber,
    trackingCode: code,
    receiptDate: input.receiptDate,
    dueDate: deadline?.dueDate ?? null,
    promisedDueDate: deadline?.promisedDueDate ?? null,
  };
}

/**
 * Public online submission (portal form and `POST /api/v1/public/requests`). Online, receipt is
 * confirmed by the system on arrival, so the receipt date is today (Art. 31 (三)).
 */
export async function submitRequest(
  deps: RequestDeps,
  bodyId: string,
  input: unknown,
  files: readonly ApplicantFile[] = [],
): Promise<SubmissionReceipt> {
  const parsed = parseRequestInput(publicSubmissionSchema, input);
  return createRequest(
    deps,
    bodyId,
    { ...parsed, channel: 'online', receiptDate: deps.today() },
    { name: '申请人（在线提交）' },
    files,
  );
}

/** Staff log a request that came on paper, by letter, fax or in person, with its Art. 31 date. */
export const logRequest = bodyCallWith(
  (deps: RequestDeps) => deps.db,
  'request.handle',
  async (deps, staff, bodyId, input: unknown): Promise<SubmissionReceipt> => {
    const parsed = parseRequestInput(loggedRequestSchema, input);
    return createRequest(deps, bodyId, parsed, staff);
  },
);

/** The core command a staff action stands for; the approver of an extension is the head acting. */
function toCommand(command: StaffCommand, actor: Actor, today: IsoDate): RequestCommand {
  const on = command.on ?? today;
  switch (command.type) {
    case 'extended':
      return { type: 'extended', on, reason: command.reason, approvedBy: actor.name };
    case 'delivered':
      return { type: 'delivered', on, method: command.method };
    default: {
      const { receipt: _receipt, ...rest } = command as StaffCommand & { receipt?: unknown };
      return { ...rest, on } as RequestCommand;
    }
  }
}

/**
 * One staff action on a request: RBAC → core decides → events, projection, 送达 record, audit row
 * and outbox messages in one transaction. The row lock serialises actions on one request.
 */
export async function handleRequest(
  deps: RequestDeps,
  actor: Actor | null | undefined,
  bodyId: string,
  requestId: string,
  input: unknown,
): Promise<RequestRow> {
  const command = parseRequestInput(staffCommandSchema, input);
  // Art. 33 ¶2: an extension needs the approval of the head of the 工作机构.
  const action = command.type === 'extended' ? 'request.approve-extension' : 'request.handle';
  const staff = await authorize(deps.db, actor, action, bodyId);
  const today = deps.today();
  if (command.on && command.on > today) {
    throw new Problem(422, 'REQUEST_DATE_IN_FUTURE', `办理日期${command.on}晚于今天，不能预先登记`, 'on');
  }
  const coreCommand = toCommand(command, staff, today);
  const row = await deps.db.transaction(async (tx) => {
    const current = await loadRequestForUpdate(tx, bodyId, requestId);
    if (!current) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
    const before = current.state as RequestState;
    const events = decideOrThrow(before, coreCommand, deps.calendar);
    let state = before;
    try {
      state = events.reduce(evolve, before);
    } catch (error) {
      if (error instanceof RequestRuleViolation) throw refused(error.error);
      throw error;
    }
    const lastSeq = await appendRequestEvents(
      tx,
      { bodyId, requestId, afterSeq: current.lastSeq, actor: staff.name },
      events.map(toStored),
    );
    const next = {
      ...current,
      ...projection(state, deadlineSafely(state, deps.calendar, today)?.dueDate ?? null, lastSeq),
    };
    await updateRequestProjection(tx, bodyId, requestId, next);
    if (command.type === 'delivered') {
      await insertDelivery(tx, bodyId, {
        id: randomUUID(),
        requestId,
        method: command.method,
        deliveredOn: coreCommand.on,
        receipt: command.receipt,
        recordedBy: staff.name,
      });
    }
    const subject = { bodyId, entity: 'request', entityId: requestId };
    await auditedChange(tx, staff, `request.${command.type}`, subject, {
      before: auditSummary(current),
      after: { ...auditSummary(next), event: { type: command.type, on: coreCommand.on } },
    });
    const applicant = await loadApplicant(tx, bodyId, requestId);
    if (applicant) {
      await notifyApplicant(
        tx,
        next,
        applicant,
        events.map((event, i) => ({ seq: current.lastSeq + i + 1, event })),
      );
    }
    return next;
  });
  await deps.notify?.().catch(() => undefined);
  return row;
}
