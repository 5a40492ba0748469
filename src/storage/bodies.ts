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
