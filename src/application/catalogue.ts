import type { SqlRunner } from '../storage/database.ts';
import {
  findCatalogueNode,
  findCatalogueNodeByCode,
  insertCatalogueNode,
  listCatalogueNodes,
  updateCatalogueNode,
} from '../storage/catalogue.ts';
import type { CatalogueNodeRow } from '../storage/catalogue.ts';
import { Problem } from '../http/errors.ts';
import { bodyCommand } from './body-commands.ts';
import type { Actor } from './auth/roles.ts';
import { auditedChange } from './audit.ts';
import { announcePublicChange, notifyPublicChange } from './public-changes.ts';

export interface CatalogueNode extends Omit<CatalogueNodeRow, 'parentId' | 'position'> {
  children: CatalogueNode[];
}

/** The 公开目录 as a tree (the 腾越镇 catalogue has three levels; any depth works). */
export async function catalogueTree(db: SqlRunner, bodyId: string): Promise<CatalogueNode[]> {
  const rows = await listCatalogueNodes(db, bodyId);
  const byId = new Map<string, CatalogueNode>();
  for (const { parentId: _p, position: _o, ...node } of rows) byId.set(node.id, { ...node, children: [] });
  const roots: CatalogueNode[] = [];
  for (const row of rows) {
    const node = byId.get(row.id);
    if (!node) continue;
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export interface NewCatalogueNode {
  parentId?: string | null | undefined;
  code: string;
  name: string;
  timeLimit?: string | null | undefined;
  responsible?: string | null | undefined;
  position?: number | undefined;
}

/** Adds a node to the body's 公开目录 (under `parentId`, or as a root). */
export const addCatalogueNode = bodyCommand('catalogue.manage', (tx, who, bodyId, input: NewCatalogueNode) =>
  insertNode(tx, who, bodyId, input),
);

/** Also used by the demo seed, with the system as actor. */
export async function insertNode(
  tx: SqlRunner,
  actor: Actor | { name: string },
  bodyId: string,
  input: NewCatalogueNode,
): Promise<string> {
  if (input.parentId && !(await findCatalogueNode(tx, bodyId, input.parentId))) {
    throw new Problem(400, 'CATALOGUE_PARENT_NOT_FOUND', '上级目录不属于本机关或不存在', 'parentId');
  }
  if (await findCatalogueNodeByCode(tx, bodyId, input.code)) {
    throw new Problem(409, 'CATALOGUE_CODE_TAKEN', `目录编码“${input.code}”已被使用`, 'code');
  }
  const node = {
    parentId: input.parentId ?? null,
    code: input.code,
    name: input.name.trim(),
    timeLimit: input.timeLimit?.trim() || null,
    responsible: input.responsible?.trim() || null,
    position: input.position ?? 0,
  };
  const id = await insertCatalogueNode(tx, bodyId, node);
  const subject = { bodyId, entity: 'catalogue_node', entityId: id };
  await auditedChange(tx, actor, 'catalogue.node-added', subject, { after: node });
  return id;
}

/** What an edit may change: everything but the parent and the code. */
export type CatalogueNodeChanges = Partial<Omit<NewCatalogueNode, 'parentId' | 'code'>>;

/** Changes a node's name, 时限, 责任人 or order; its code stays (it is in issued 索引号). */
export const editCatalogueNode = bodyCommand(
  'catalogue.manage',
  async (tx, who, bodyId, nodeId: string, changes: CatalogueNodeChanges): Promise<void> => {
    const before = await findCatalogueNode(tx, bodyId, nodeId);
    if (!before) throw new Problem(404, 'CATALOGUE_NODE_NOT_FOUND', '找不到该目录节点');
    const after = {
      name: changes.name?.trim() || before.name,
      timeLimit: changes.timeLimit === undefined ? before.timeLimit : changes.timeLimit?.trim() || null,
      responsible:
        changes.responsible === undefined ? before.responsible : changes.responsible?.trim() || null,
      position: changes.position ?? before.position,
    };
    await updateCatalogueNode(tx, bodyId, nodeId, after);
    const subject = { bodyId, entity: 'catalogue_node', entityId: nodeId };
    await auditedChange(tx, who, 'catalogue.node-edited', subject, { before, after });
    // The node's name is on the portal's item pages (公开目录, breadcrumb): every instance's caches.
    await notifyPublicChange(tx, { bodyId });
  },
  (_result, bodyId, _args, db) => announcePublicChange(db, { bodyId }),
);
