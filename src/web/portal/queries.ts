import type { SqlRunner } from '../../storage/database.ts';
import { requireBody } from '../../application/bodies.ts';

/** What the public column of a body shows besides its catalogue: subordinate bodies and reports. */
export const publicBody = requireBody;

export async function childBodies(
  db: SqlRunner,
  bodyId: string,
): Promise<Array<{ id: string; name: string; kind: string }>> {
  return db.query(`select id, name, kind from bodies where parent_id = $1 order by kind, name`, [bodyId]);
}

export interface BodyNode {
  id: string;
  name: string;
  children: BodyNode[];
}

/** Every body as a tree (province → … → township / department), for the home page. */
export async function bodyTree(db: SqlRunner): Promise<BodyNode[]> {
  const rows = await db.query<{ id: string; name: string; parentId: string | null }>(
    'select id, name, parent_id as "parentId" from bodies order by name',
  );
  const nodes = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, children: [] as BodyNode[] }]));
  const roots: BodyNode[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id)!;
    const parent = row.parentId ? nodes.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function publishedReportYears(db: SqlRunner, bodyId: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'select distinct year from report_versions where body_id = $1 order by year desc',
    [bodyId],
  );
  return rows.map((r) => r.year);
}

export async function publishedItemCountsByNode(db: SqlRunner, bodyId: string): Promise<Map<string, number>> {
  const rows = await db.query<{ nodeId: string; n: number }>(
    `select catalogue_node_id as "nodeId", count(*)::int as n from items
      where body_id = $1 and status = 'published' group by catalogue_node_id`,
    [bodyId],
  );
  return new Map(rows.map((r) => [r.nodeId, r.n]));
}

/** Published 解读 items of the same body whose title names the item's title or document number. */
export async function relatedInterpretations(
  db: SqlRunner,
  bodyId: string,
  item: { id: string; title: string; documentNumber: string | null },
): Promise<Array<{ id: string; title: string }>> {
  // The document's own name (inside 《》) is what an interpretation's title repeats.
  const quoted = /《([^》]{2,60})》/.exec(item.title)?.[1];
  const core =
    quoted ??
    item.title
      .replace(/^.*?关于(印发)?/, '')
      .replace(/的(通知|决定|意见|通告|公告)$/, '')
      .slice(0, 30);
  // LIKE with the (long) document name uses the trigram index on titles; strpos would read every
  // published item of the body on each page view.
  return db.query(
    `select id, title from items
      where body_id = $1 and status = 'published' and id <> $2::uuid and title like '%解读%'
        and (title like $3 or ($4::text is not null and title like $4))
      order by published_on desc limit 5`,
    [bodyId, item.id, containing(core), item.documentNumber ? containing(item.documentNumber) : null],
  );
}

/** A LIKE pattern matching `text` anywhere; its own %, _ and backslash match themselves. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
