import type { SqlRunner } from './database.ts';
import { bodyRows } from './sql.ts';

/** One fact in a request's history, as the domain core produced it. */
export interface NewRequestEvent {
  type: string;
  payload: Record<string, unknown>;
  /** The legal date of the fact (YYYY-MM-DD) — the clock runs on these, not on recorded_at. */
  occurredOn: string;
}

export interface StoredRequestEvent extends NewRequestEvent {
  bodyId: string;
  requestId: string;
  seq: number;
  recordedAt: string;
  actor: string;
}

const eventColumns = `body_id as "bodyId", request_id as "requestId", seq, type, payload,
  occurred_on::text as "occurredOn", recorded_at::text as "recordedAt", actor`;

/**
 * Appends after `afterSeq`; the (request_id, seq) key makes a concurrent writer that read the
 * same last seq fail instead of interleaving.
 */
export async function appendRequestEvents(
  tx: SqlRunner,
  target: { bodyId: string; requestId: string; afterSeq: number; actor: string },
  events: readonly NewRequestEvent[],
): Promise<number> {
  let seq = target.afterSeq;
  for (const event of events) {
    seq += 1;
    await tx.query(
      `insert into request_events (body_id, request_id, seq, type, payload, occurred_on, actor)
       values ($1, $2, $3, $4, $5::jsonb, $6::date, $7)`,
      [
        target.bodyId,
        target.requestId,
        seq,
        event.type,
        JSON.stringify(event.payload),
        event.occurredOn,
        target.actor,
      ],
    );
  }
  return seq;
}

export const eventsOfRequest = bodyRows<StoredRequestEvent>(
  'request_events',
  eventColumns,
  'request_id',
  'order by seq',
);

/** An event with the request facts 表三 is broken down by (never personal data). */
export interface ReportRequestEvent extends StoredRequestEvent {
  applicantType: string;
  channel: string;
  receiptDate: string;
}

/**
 * Every event of a body's requests that were received up to the end of `toYear` and not
 * finished before `fromYear` began — enough to compute 新收, 上年结转, 办理结果 and 结转下年度 for
 * each year in the range. Events after `toYear` are left out.
 */
export async function requestEventsForYears(
  db: SqlRunner,
  bodyId: string,
  fromYear: number,
  toYear: number,
): Promise<ReportRequestEvent[]> {
  return db.query<ReportRequestEvent>(
    `select e.body_id as "bodyId", e.request_id as "requestId", e.seq, e.type, e.payload,
       e.occurred_on::text as "occurredOn", e.recorded_at::text as "recordedAt", e.actor,
       r.applicant_type as "applicantType", r.channel, r.receipt_date::text as "receiptDate"
     from request_events e
     join requests r on r.id = e.request_id and r.body_id = e.body_id
     where e.body_id = $1
       and r.receipt_date <= make_date($3, 12, 31)
       and (r.closed_on is null or r.closed_on >= make_date($2, 1, 1))
       and e.occurred_on <= make_date($3, 12, 31)
     order by r.receipt_date, e.request_id, e.seq`,
    [bodyId, fromYear, toYear],
  );
}
