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
  body: BodyRow & { shortName?: string | null },
): Promise<void> {
  await db.query(
    'insert into bodies (id, parent_id, name, short_name, kind, code) values ($1, $2, $3, $4, $5, $6)',
    [body.id, body.parentId, body.name, body.shortName ?? null, body.kind, body.code],
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
