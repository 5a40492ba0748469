import type { SqlRunner } from './database.ts';
import { bodyRow, insertReturningId, pick, selectList, updateBodyRow } from './sql.ts';

export interface CatalogueNodeRow {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  timeLimit: string | null;
  responsible: string | null;
  position: number;
}

/** What an officer may change on a node; the code is fixed once given (see updateCatalogueNode). */
const editableFields = ['name', 'timeLimit', 'responsible', 'position'] as const;
const nodeFields = ['parentId', 'code', ...editableFields] as const satisfies ReadonlyArray<
  keyof CatalogueNodeRow
>;
const nodeColumns = selectList(['id', ...nodeFields]);

export async function listCatalogueNodes(db: SqlRunner, bodyId: string): Promise<CatalogueNodeRow[]> {
  return db.query<CatalogueNodeRow>(
    `select ${nodeColumns} from catalogue_nodes where body_id = $1 order by position, code`,
    [bodyId],
  );
}

export const findCatalogueNode = bodyRow<CatalogueNodeRow>('catalogue_nodes', nodeColumns, 'id::text');

export const findCatalogueNodeByCode = bodyRow<CatalogueNodeRow>('catalogue_nodes', nodeColumns, 'code');

export async function insertCatalogueNode(
  db: SqlRunner,
  bodyId: string,
  node: Omit<CatalogueNodeRow, 'id'>,
): Promise<string> {
  return insertReturningId(db, 'catalogue_nodes', { bodyId, ...pick(node, nodeFields) });
}

/** The code is fixed once given: it is part of every 索引号 already issued under the node. */
export async function updateCatalogueNode(
  db: SqlRunner,
  bodyId: string,
  nodeId: string,
  node: Pick<CatalogueNodeRow, (typeof editableFields)[number]>,
): Promise<void> {
  await updateBodyRow(
    db,
    'catalogue_nodes',
    { bodyId, key: 'id::text', value: nodeId },
    pick(node, editableFields),
  );
}
