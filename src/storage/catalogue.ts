import type { SqlRunner } from './database.ts';

export interface CatalogueNodeRow {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  timeLimit: string | null;
  responsible: string | null;
  position: number;
}

const nodeColumns = `id, parent_id as "parentId", code, name, time_limit as "timeLimit",
  responsible, position`;

export async function listCatalogueNodes(db: SqlRunner, bodyId: string): Promise<CatalogueNodeRow[]> {
  return db.query<CatalogueNodeRow>(
    `select ${nodeColumns} from catalogue_nodes where body_id = $1 order by position, code`,
    [bodyId],
  );
}

export async function findCatalogueNode(
  db: SqlRunner,
  bodyId: string,
  nodeId: string,
): Promise<CatalogueNodeRow | undefined> {
  const [row] = await db.query<CatalogueNodeRow>(
    `select ${nodeColumns} from catalogue_nodes where body_id = $1 and id::text = $2`,
    [bodyId, nodeId],
  );
  return row;
}

export async function findCatalogueNodeByCode(
  db: SqlRunner,
  bodyId: string,
  code: string,
): Promise<CatalogueNodeRow | undefined> {
  const [row] = await db.query<CatalogueNodeRow>(
    `select ${nodeColumns} from catalogue_nodes where body_id = $1 and code = $2`,
    [bodyId, code],
  );
  return row;
}

export async function insertCatalogueNode(
  db: SqlRunner,
  bodyId: string,
  node: Omit<CatalogueNodeRow, 'id'>,
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into catalogue_nodes (body_id, parent_id, code, name, time_limit, responsible, position)
     values ($1, $2, $3, $4, $5, $6, $7) returning id`,
    [bodyId, node.parentId, node.code, node.name, node.timeLimit, node.responsible, node.position],
  );
  if (!row) throw new Error('insert into catalogue_nodes returned nothing');
  return row.id;
}

/** The code is fixed once given: it is part of every 索引号 already issued under the node. */
export async function updateCatalogueNode(
  db: SqlRunner,
  bodyId: string,
  nodeId: string,
  node: Pick<CatalogueNodeRow, 'name' | 'timeLimit' | 'responsible' | 'position'>,
): Promise<void> {
  await db.query(
    `update catalogue_nodes set name = $3, time_limit = $4, responsible = $5, position = $6
      where body_id = $1 and id::text = $2`,
    [bodyId, nodeId, node.name, node.timeLimit, node.responsible, node.position],
  );
}
