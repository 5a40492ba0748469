import type { SqlRunner } from './database.ts';
import { bodyRow, insertRow, pick, selectList, updateBodyRow } from './sql.ts';

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
export type RequestProjectionUpdate = Pick<RequestRow, (typeof projectionFields)[number]>;

/** The projection a command rewrites after each event (dates as text; state is jsonb). */
const projectionFields = [
  'status',
  'outcome',
  'receiptDate',
  'dueDate',
  'closedOn',
  'deliveredOn',
  'lastSeq',
  'state',
] as const;
const dateFields = { receiptDate: 'text', dueDate: 'text', closedOn: 'text', deliveredOn: 'text' };

/** Fixed when the request is received. */
const receivedFields = [
  'id',
  'bodyId',
  'trackingNumber',
  'applicantType',
  'channel',
  'description',
  'deliveryForm',
  'accessForm',
] as const;

const requestColumns = selectList([...receivedFields, ...projectionFields], dateFields);

function projectionValues(update: RequestProjectionUpdate) {
  return { ...pick(update, projectionFields), state: JSON.stringify(update.state) };
}

export async function insertRequest(
  tx: SqlRunner,
  row: RequestRow & { trackingYear: number; trackingSerial: number; trackingCodeHash: string },
): Promise<void> {
  const tracking = pick(row, ['trackingYear', 'trackingSerial', 'trackingCodeHash']);
  await insertRow(
    tx,
    'requests',
    { ...pick(row, receivedFields), ...tracking, ...projectionValues(row) },
    { casts: { state: 'jsonb' } },
  );
}

export async function updateRequestProjection(
  tx: SqlRunner,
  bodyId: string,
  id: string,
  update: RequestProjectionUpdate,
): Promise<void> {
  await updateBodyRow(tx, 'requests', { bodyId, key: 'id', value: id }, projectionValues(update), {
    casts: { state: 'jsonb' },
    touch: true,
  });
}

/** Locks the row so two staff commands on one request run one after the other. */
export const loadRequestForUpdate = bodyRow<RequestRow>('requests', requestColumns, 'id', 'for update');

export const findRequest = bodyRow<RequestRow>('requests', requestColumns, 'id');

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
    `select ${requestColumns} from requests where body_id = $1 and closed_on is null order by receipt_date, tracking_number`,
    [bodyId],
  );
}

/** What the overdue rule reads of an open request. */
export type OpenRequestRow = Pick<RequestRow, 'id' | 'bodyId' | 'trackingNumber' | 'state'>;

/**
 * The open requests of many bodies in one query (a supervisor's overview of the bodies below),
 * each body's in the order of `openRequests`.
 */
export async function openRequestsOfBodies(
  db: SqlRunner,
  bodyIds: readonly string[],
): Promise<OpenRequestRow[]> {
  return db.query<OpenRequestRow>(
    `select ${selectList(['id', 'bodyId', 'trackingNumber', 'state'])}
     from requests where body_id = any($1::text[]) and closed_on is null order by body_id, receipt_date, tracking_number`,
    [bodyIds],
  );
}

/** Each body's requests received in `year` and still open, counted in one grouped query. */
export async function requestLoadOfBodies(
  db: SqlRunner,
  bodyIds: readonly string[],
  year: number,
): Promise<Map<string, { received: number; open: number }>> {
  const rows = await db.query<{ bodyId: string; received: number; open: number }>(
    `select body_id as "bodyId",
       count(*) filter (where extract(year from receipt_date) = $2::int)::int as received,
       count(*) filter (where closed_on is null)::int as open
     from requests where body_id = any($1::text[]) group by body_id`,
    [bodyIds, year],
  );
  return new Map(rows.map(({ bodyId, ...load }) => [bodyId, load]));
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
