import type { SqlRunner } from './database.ts';

/** What a request's projection row holds: no personal data (that is in request_applicants). */
export interface RequestRow {
  id: string;
  bodyId: string;
  trackingNumber: string;
  status: string;
  outcome: string | null;
  applicantType: string;
  channel: string;
  description: string;
  deliveryForm: string;
  accessForm: string | null;
  receiptDate: string;
  dueDate: string | null;
  closedOn: string | null;
  deliveredOn: string | null;
  lastSeq: number;
  state: unknown;
}

/** The projection columns a command may change after an event. */
export type RequestProjectionUpdate = Pick<
  RequestRow,
  'status' | 'outcome' | 'receiptDate' | 'dueDate' | 'closedOn' | 'deliveredOn' | 'lastSeq' | 'state'
>;

const requestColumns = `id, body_id as "bodyId", tracking_number as "trackingNumber", status, outcome,
  applicant_type as "applicantType", channel, description, delivery_form as "deliveryForm",
  access_form as "accessForm", receipt_date::text as "receiptDate", due_date::text as "dueDate",
  closed_on::text as "closedOn", delivered_on::text as "deliveredOn", last_seq as "lastSeq", state`;

export async function insertRequest(
  tx: SqlRunner,
  row: RequestRow & { trackingYear: number; trackingSerial: number; trackingCodeHash: string },
): Promise<void> {
  await tx.query(
    `insert into requests (id, body_id, tracking_number, tracking_year, tracking_serial,
       tracking_code_hash, status, outcome, applicant_type, channel, description, delivery_form,
       access_form, receipt_date, due_date, closed_on, delivered_on, last_seq, state)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::jsonb)`,
    [
      row.id,
      row.bodyId,
      row.trackingNumber,
      row.trackingYear,
      row.trackingSerial,
      row.trackingCodeHash,
      row.status,
      row.outcome,
      row.applicantType,
      row.channel,
      row.description,
      row.deliveryForm,
      row.accessForm,
      row.receiptDate,
      row.dueDate,
      row.closedOn,
      row.deliveredOn,
      row.lastSeq,
      JSON.stringify(row.state),
    ],
  );
}

export async function updateRequestProjection(
  tx: SqlRunner,
  bodyId: string,
  id: string,
  update: RequestProjectionUpdate,
): Promise<void> {
  await tx.query(
    `update requests set status = $3, outcome = $4, receipt_date = $5, due_date = $6, closed_on = $7,
       delivered_on = $8, last_seq = $9, state = $10::jsonb, updated_at = now()
     where body_id = $1 and id = $2`,
    [
      bodyId,
      id,
      update.status,
      update.outcome,
      update.receiptDate,
      update.dueDate,
      update.closedOn,
      update.deliveredOn,
      update.lastSeq,
      JSON.stringify(update.state),
    ],
  );
}

/** Locks the row so two staff commands on one request run one after the other. */
export async function loadRequestForUpdate(
  tx: SqlRunner,
  bodyId: string,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await tx.query<RequestRow>(
    `select ${requestColumns} from requests where body_id = $1 and id = $2 for update`,
    [bodyId, id],
  );
  return row;
}

export async function findRequest(
  db: SqlRunner,
  bodyId: string,
  id: string,
): Promise<RequestRow | undefined> {
  const [row] = await db.query<RequestRow>(
    `select ${requestColumns} from requests where body_id = $1 and id = $2`,
    [bodyId, id],
  );
  return row;
}

/** Numbers repeat across bodies; the caller tells them apart by the secret code's hash. */
export async function findRequestsByTrackingNumber(
  db: SqlRunner,
  trackingNumber: string,
): Promise<Array<RequestRow & { trackingCodeHash: string; bodyName: string }>> {
  return db.query(
    `select q.*, b.name as "bodyName"
     from (select ${requestColumns}, tracking_code_hash as "trackingCodeHash"
           from requests where tracking_number = $1) q
     join bodies b on b.id = q."bodyId"`,
    [trackingNumber],
  );
}

export interface RequestListFilter {
  status?: string | undefined;
  limit: number;
  offset: number;
}

export async function listRequests(
  db: SqlRunner,
  bodyId: string,
  filter: RequestListFilter,
): Promise<{ rows: RequestRow[]; total: number }> {
  const params: unknown[] = [bodyId];
  let where = 'body_id = $1';
  if (filter.status) {
    params.push(filter.status);
    where += ` and status = $${params.length}`;
  }
  const [count] = await db.query<{ n: number }>(
    `select count(*)::int as n from requests where ${where}`,
    params,
  );
  const rows = await db.query<RequestRow>(
    `select ${requestColumns} from requests where ${where}
     order by receipt_date desc, tracking_number desc limit $${params.length + 1} offset $${params.length + 2}`,
    [...params, filter.limit, filter.offset],
  );
  return { rows, total: count?.n ?? 0 };
}

/** Requests still open (not closed) on `today`: the candidates for the overdue query. */
export async function openRequests(db: SqlRunner, bodyId: string): Promise<RequestRow[]> {
  return db.query<RequestRow>(
    `select ${requestColumns} from requests where body_id = $1 and closed_on is null order by receipt_date`,
    [bodyId],
  );
}

/** The body facts a submission needs: its name and any shorter time limit it promised. */
export async function bodyForRequests(
  db: SqlRunner,
  bodyId: string,
): Promise<{ name: string; promisedWorkingDays: number | null } | undefined> {
  const [row] = await db.query<{ name: string; promisedWorkingDays: number | null }>(
    'select name, promised_working_days as "promisedWorkingDays" from bodies where id = $1',
    [bodyId],
  );
  return row;
}
