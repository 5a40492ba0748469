import type { SqlRunner } from './database.ts';
import { bodyRow, insertRow, pick, selectList, updateBodyRow } from './sql.ts';

/** 表四 groups and columns, exactly the canonical keys of report-formats.md. */
export const appealKinds = ['行政复议', '行政诉讼.未经复议直接起诉', '行政诉讼.复议后起诉'] as const;
export const appealOutcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结'] as const;
export type AppealKind = (typeof appealKinds)[number];
export type AppealOutcome = (typeof appealOutcomes)[number];

export interface AppealRecord {
  id: string;
  requestId: string | null;
  kind: AppealKind;
  year: number;
  filedOn: string;
  caseNumber: string | null;
  outcome: AppealOutcome;
  concludedOn: string | null;
  note: string | null;
  recordedBy: string;
}

const appealFields = [
  'id',
  'requestId',
  'kind',
  'year',
  'filedOn',
  'caseNumber',
  'outcome',
  'concludedOn',
  'note',
  'recordedBy',
] as const;

export async function insertAppeal(tx: SqlRunner, bodyId: string, appeal: AppealRecord): Promise<void> {
  await insertRow(
    tx,
    'appeals',
    { bodyId, ...pick(appeal, appealFields) },
    { casts: { filedOn: 'date', concludedOn: 'date' } },
  );
}

const appealColumns = selectList(appealFields, { filedOn: 'text', concludedOn: 'text' });

export const findAppeal = bodyRow<AppealRecord>('appeals', appealColumns, 'id');

/** Records the court's or the review organ's result once it is known. */
export async function concludeAppeal(
  tx: SqlRunner,
  bodyId: string,
  id: string,
  outcome: Exclude<AppealOutcome, '尚未审结'>,
  concludedOn: string,
): Promise<void> {
  await updateBodyRow(
    tx,
    'appeals',
    { bodyId, key: 'id', value: id },
    { outcome, concludedOn },
    { casts: { concludedOn: 'date' } },
  );
}

/** An appeal as listed: with the 申请编号 of the request it is about, when linked. */
export interface ListedAppeal extends AppealRecord {
  requestNumber: string | null;
}

const listedColumns = `${appealColumns}, (select r.tracking_number from requests r
  where r.id = appeals.request_id and r.body_id = appeals.body_id) as "requestNumber"`;

/** The body's appeals counted in one report year, or recorded against one request (any year). */
export async function listAppeals(
  db: SqlRunner,
  bodyId: string,
  of: { year: number } | { requestId: string },
): Promise<ListedAppeal[]> {
  const [column, value] = 'year' in of ? ['year', of.year] : ['request_id', of.requestId];
  return db.query<ListedAppeal>(
    `select ${listedColumns} from appeals where body_id = $1 and ${column} = $2 order by filed_on, id`,
    [bodyId, value],
  );
}

/** 表四 cells keyed `<group>.<column>` (15 cells incl. 总计), zero where nothing was filed. */
export async function appealCounts(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<Record<string, number>> {
  const rows = await db.query<{ kind: AppealKind; outcome: AppealOutcome; n: number }>(
    `select kind, outcome, count(*)::int as n from appeals where body_id = $1 and year = $2 group by kind, outcome`,
    [bodyId, year],
  );
  const cells: Record<string, number> = {};
  for (const kind of appealKinds) {
    for (const outcome of appealOutcomes) cells[`${kind}.${outcome}`] = 0;
    cells[`${kind}.总计`] = 0;
  }
  for (const row of rows) {
    cells[`${row.kind}.${row.outcome}`] = row.n;
    cells[`${row.kind}.总计`] = (cells[`${row.kind}.总计`] ?? 0) + row.n;
  }
  return cells;
}

export interface ComplaintRecord {
  id: string;
  year: number;
  receivedOn: string;
  summary: string;
  resolution: string | null;
  recordedBy: string;
}

export async function insertComplaint(
  tx: SqlRunner,
  bodyId: string,
  complaint: ComplaintRecord,
): Promise<void> {
  const fields = ['id', 'year', 'receivedOn', 'summary', 'resolution', 'recordedBy'] as const;
  await insertRow(
    tx,
    'complaints',
    { bodyId, ...pick(complaint, fields) },
    { casts: { receivedOn: 'date' } },
  );
}

/** national-2014 item 六 举报投诉数量. */
export async function complaintCount(db: SqlRunner, bodyId: string, year: number): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from complaints where body_id = $1 and year = $2',
    [bodyId, year],
  );
  return row?.n ?? 0;
}
