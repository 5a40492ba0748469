import type { SqlRunner } from './database.ts';

export interface BodyRow {
  id: string;
  parentId: string | null;
  name: string;
  kind: string;
  code: string | null;
}

const bodyColumns = 'id, parent_id as "parentId", name, kind, code';

export async function listTopBodies(db: SqlRunner): Promise<BodyRow[]> {
  return db.query<BodyRow>(
    `select ${bodyColumns} from bodies order by parent_id nulls first, name limit 200`,
  );
}

export async function countBodies(db: SqlRunner): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from bodies');
  return row?.n ?? 0;
}

export async function insertBody(
  db: SqlRunner,
  body: BodyRow & { shortName?: string | null } & Partial<BodySettings>,
): Promise<void> {
  await db.query(
    `insert into bodies (id, parent_id, name, short_name, kind, code, catalogue_pattern, index_number_pattern,
       fee_method, promised_working_days, report_due)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, 'standard-2019'), coalesce($8, '{code}-/{year}-{category}{serial:4}'),
       coalesce($9, 'per-applicant'), $10,
       -- Art. 49: departments report by 31 January, governments by 31 March
       coalesce($11, case when $5 = 'department' then '01-31' else '03-31' end))`,
    [
      body.id,
      body.parentId,
      body.name,
      body.shortName ?? null,
      body.kind,
      body.code,
      body.cataloguePattern ?? null,
      body.indexNumberPattern ?? null,
      body.feeMethod ?? null,
      body.promisedWorkingDays ?? null,
      body.reportDue ?? null,
    ],
  );
}

/** The ids above a body, parent first; empty for a top-level body. */
export async function bodyAncestorIds(db: SqlRunner, bodyId: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `with recursive up (id, parent_id, depth) as (
       select id, parent_id, 0 from bodies where id = $1
       union all
       select b.id, b.parent_id, up.depth + 1 from bodies b join up on b.id = up.parent_id where up.depth < 16
     ) select id from up where depth > 0 order by depth`,
    [bodyId],
  );
  return rows.map((r) => r.id);
}

export async function bodyExists(db: SqlRunner, bodyId: string): Promise<boolean> {
  const rows = await db.query('select 1 from bodies where id = $1', [bodyId]);
  return rows.length > 0;
}

export interface BodySettingsRow extends BodyRow {
  shortName: string | null;
  cataloguePattern: string;
  indexNumberPattern: string;
  feeMethod: 'per-applicant' | 'per-volume';
  promisedWorkingDays: number | null;
  reportDue: string;
}

const settingsColumns = `${bodyColumns}, short_name as "shortName", catalogue_pattern as "cataloguePattern",
  index_number_pattern as "indexNumberPattern", fee_method as "feeMethod",
  promised_working_days as "promisedWorkingDays", report_due as "reportDue"`;

export async function findBody(db: SqlRunner, bodyId: string): Promise<BodySettingsRow | undefined> {
  const [row] = await db.query<BodySettingsRow>(`select ${settingsColumns} from bodies where id = $1`, [
    bodyId,
  ]);
  return row;
}

export async function listBodies(db: SqlRunner): Promise<BodySettingsRow[]> {
  return db.query<BodySettingsRow>(
    `select ${settingsColumns} from bodies order by parent_id nulls first, name`,
  );
}

export type BodySettings = Pick<
  BodySettingsRow,
  'cataloguePattern' | 'indexNumberPattern' | 'feeMethod' | 'promisedWorkingDays' | 'reportDue'
>;

export async function updateBodySettings(
  db: SqlRunner,
  bodyId: string,
  settings: BodySettings,
): Promise<void> {
  await db.query(
    `update bodies set catalogue_pattern = $2, index_number_pattern = $3, fee_method = $4,
       promised_working_days = $5, report_due = $6, updated_at = now() where id = $1`,
    [
      bodyId,
      settings.cataloguePattern,
      settings.indexNumberPattern,
      settings.feeMethod,
      settings.promisedWorkingDays,
      settings.reportDue,
    ],
  );
}
