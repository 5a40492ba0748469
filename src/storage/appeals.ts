import type { SqlRunner } from './database.ts';

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

export async function insertAppeal(tx: SqlRunner, bodyId: string, appeal: AppealRecord): Promise<void> {
  await tx.query(
    `insert into appeals (id, body_id, request_id, kind, year, filed_on, case_number, outcome, concluded_on, note,
       recorded_by) values ($1, $2, $3, $4, $5, $6::date, $7, $8, $9::date, $10, $11)`,
    [
      appeal.id,
      bodyId,
      appeal.requestId,
      appeal.kind,
      appeal.year,
      appeal.filedOn,
      appeal.caseNumber,
      appeal.outcome,
      appeal.concludedOn,
      appeal.note,
      appeal.recordedBy,
    ],
  );
}

const appealColumns = `id, request_id as "requestId", kind, year, filed_on::text as "filedOn",
  case_number as "caseNumber", outcome, concluded_on::text as "concludedOn", note, recorded_by as "recordedBy"`;

export async function findAppeal(
  db: SqlRunner,
  bodyId: string,
  id: string,
): Promise<AppealRecord | undefined> {
  const [row] = await db.query<AppealRecord>(
    `select ${appealColumns} from appeals where body_id = $1 and id = $2`,
    [bodyId, id],
  );
  return row;
}

/** Records the court's or the review organ's result once it is known. */
export async function concludeAppeal(
  tx: SqlRunner,
  bodyId: string,
  id: string,
  outcome: Exclude<AppealOutcome, '尚未审结'>,
  concludedOn: string,
): Promise<void> {
  await tx.query(`update appeals set outcome = $3, concluded_on = $4::date where body_id = $1 and id = $2`, [
    bodyId,
    id,
    outcome,
    concludedOn,
  ]);
}

export async function listAppeals(db: SqlRunner, bodyId: string, year: number): Promise<AppealRecord[]> {
  return db.query<AppealRecord>(
    `select ${appealColumns} from appeals where body_id = $1 and year = $2 order by filed_on, id`,
    [bodyId, year],
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
  await tx.query(
    `insert into complaints (id, body_id, year, received_on, summary, resolution, recorded_by)
     values ($1, $2, $3, $4::date, $5, $6, $7)`,
    [
      complaint.id,
      bodyId,
      complaint.year,
      complaint.receivedOn,
      complaint.summary,
      complaint.resolution,
      complaint.recordedBy,
    ],
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
