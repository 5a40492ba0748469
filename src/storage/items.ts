import type { SqlRunner } from './database.ts';
import { insertReturningId, pick, updateBodyRow } from './sql.ts';

export interface ItemRow {
  id: string;
  bodyId: string;
  catalogueNodeId: string;
  catalogueCode: string;
  catalogueName: string;
  kind: string;
  title: string;
  bodyHtml: string;
  indexNumber: string | null;
  publisher: string;
  documentNumber: string | null;
  madeOn: string;
  publishedOn: string | null;
  dueOn: string;
  validity: string | null;
  channels: string[];
  status: string;
  viewCount: number;
  updatedAt: string;
}

export type NewItemRow = Pick<
  ItemRow,
  | 'catalogueNodeId'
  | 'kind'
  | 'title'
  | 'bodyHtml'
  | 'publisher'
  | 'documentNumber'
  | 'madeOn'
  | 'dueOn'
  | 'validity'
  | 'channels'
>;

/** What anyone may see of a published item, besides its catalogue (API, portal, open-data export). */
export const publicItemFields = [
  'bodyId',
  'indexNumber',
  'title',
  'kind',
  'publisher',
  'documentNumber',
  'madeOn',
  'publishedOn',
  'validity',
  'channels',
] as const satisfies ReadonlyArray<keyof ItemRow>;

const itemColumns = `i.id, i.body_id as "bodyId", i.catalogue_node_id as "catalogueNodeId",
  c.code as "catalogueCode", c.name as "catalogueName", i.kind, i.title, i.body_html as "bodyHtml",
  i.index_number as "indexNumber", i.publisher, i.document_number as "documentNumber",
  to_char(i.made_on, 'YYYY-MM-DD') as "madeOn", to_char(i.published_on, 'YYYY-MM-DD') as "publishedOn",
  to_char(i.due_on, 'YYYY-MM-DD') as "dueOn", i.validity, i.channels, i.status,
  i.view_count as "viewCount", to_char(i.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt"`;

const itemFrom = 'items i join catalogue_nodes c on c.id = i.catalogue_node_id';

/** The fields an officer writes (insert and edit alike); each is the column of the same snake_case name. */
const contentFields = [
  'catalogueNodeId',
  'kind',
  'title',
  'bodyHtml',
  'publisher',
  'documentNumber',
  'madeOn',
  'dueOn',
  'validity',
  'channels',
] as const;

export async function insertItem(
  db: SqlRunner,
  bodyId: string,
  item: NewItemRow & { createdBy: string | null },
): Promise<string> {
  return insertReturningId(db, 'items', {
    bodyId,
    ...pick(item, contentFields),
    createdBy: item.createdBy,
  });
}

export async function updateItemContent(
  db: SqlRunner,
  bodyId: string,
  id: string,
  item: NewItemRow,
): Promise<void> {
  await updateBodyRow(db, 'items', { bodyId, key: 'id', value: id }, pick(item, contentFields), {
    touch: true,
  });
}

/** Any status, for staff; `forUpdate` locks the row for a state change. */
// Ids arrive from URLs: anything that is not a UUID finds nothing (and the lookup stays on the
// primary key; comparing id::text would read every item of the body).
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string): boolean => uuidPattern.test(id);

export async function findItem(
  db: SqlRunner,
  bodyId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ItemRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.query<ItemRow>(
    `select ${itemColumns} from ${itemFrom} where i.body_id = $1 and i.id = $2::uuid
     ${options.forUpdate ? 'for update of i' : ''}`,
    [bodyId, id],
  );
  return row;
}

export async function setItemStatus(
  db: SqlRunner,
  bodyId: string,
  id: string,
  change: { status: string; indexNumber?: string; publishedOn?: string; validity?: string | null },
): Promise<void> {
  await db.query(
    `update items set status = $3, index_number = coalesce($4, index_number),
       published_on = coalesce($5::date, published_on),
       validity = case when $6::boolean then $7 else validity end, updated_at = now()
     where body_id = $1 and id = $2`,
    [
      bodyId,
      id,
      change.status,
      change.indexNumber ?? null,
      change.publishedOn ?? null,
      change.validity !== undefined,
      change.validity ?? null,
    ],
  );
}

export interface ItemFilter {
  /** already folded to simplified script; matched literally (LIKE wildcards escaped) */
  text?: string | undefined;
  catalogueNodeId?: string | undefined;
  kind?: string | undefined;
  validity?: string | undefined;
  year?: number | undefined;
  status?: string | undefined;
  /** public views see published items only */
  publishedOnly: boolean;
}

/** `%`, `_` and `\` in user text are literal characters, not patterns. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereClause(bodyId: string, filter: ItemFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [bodyId];
  const conditions = ['i.body_id = $1'];
  const add = (condition: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(condition(`$${params.length}`));
  };
  if (filter.publishedOnly) conditions.push(`i.status = 'published'`);
  else if (filter.status) add((n) => `i.status = ${n}`, filter.status);
  if (filter.text) {
    add(
      (n) =>
        `(i.title ilike ${n} escape '\\' or i.document_number ilike ${n} escape '\\' or i.index_number ilike ${n} escape '\\')`,
      likePattern(filter.text),
    );
  }
  if (filter.catalogueNodeId) {
    // the node and every node below it
    add(
      (n) => `i.catalogue_node_id in (with recursive sub (id) as (
          select id from catalogue_nodes where body_id = $1 and id::text = ${n}
          union all select c.id from catalogue_nodes c join sub on c.parent_id = sub.id where c.body_id = $1
        ) select id from sub)`,
      filter.catalogueNodeId,
    );
  }
  if (filter.kind) add((n) => `i.kind = ${n}`, filter.kind);
  if (filter.validity) add((n) => `i.validity = ${n}`, filter.validity);
  if (filter.year) add((n) => `extract(year from coalesce(i.published_on, i.made_on)) = ${n}`, filter.year);
  return { sql: conditions.join(' and '), params };
}

export async function listItems(
  db: SqlRunner,
  bodyId: string,
  filter: ItemFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: ItemRow[]; total: number }> {
  const where = whereClause(bodyId, filter);
  const n = where.params.length;
  const rows = await db.query<ItemRow>(
    `select ${itemColumns} from ${itemFrom} where ${where.sql}
     order by coalesce(i.published_on, i.made_on) desc, i.index_number desc nulls last, i.id
     limit $${n + 1} offset $${n + 2}`,
    [...where.params, page.limit, page.offset],
  );
  const [count] = await db.query<{ n: number }>(
    `select count(*)::int as n from items i where ${where.sql}`,
    where.params,
  );
  return { rows, total: count?.n ?? 0 };
}

/**
 * Next serial for a body, year and category. The upsert takes a row lock, so concurrent
 * publications wait for each other and never get the same number.
 */
export async function nextIndexSerial(
  db: SqlRunner,
  bodyId: string,
  year: number,
  category: string,
): Promise<number> {
  const [row] = await db.query<{ serial: number }>(
    `insert into index_number_serials (body_id, year, category, last_serial) values ($1, $2, $3, 1)
     on conflict (body_id, year, category) do update set last_serial = index_number_serials.last_serial + 1
     returning last_serial as serial`,
    [bodyId, year, category],
  );
  if (!row) throw new Error('index serial upsert returned nothing');
  return row.serial;
}

export interface ReviewRow {
  step: string;
  personName: string;
  comment: string;
  at: string;
}

export async function insertReview(
  db: SqlRunner,
  bodyId: string,
  review: { itemId: string; step: string; personId: string | null; personName: string; comment: string },
): Promise<void> {
  await db.query(
    `insert into item_reviews (body_id, item_id, step, person_id, person_name, comment) values ($1, $2, $3, $4, $5, $6)`,
    [bodyId, review.itemId, review.step, review.personId, review.personName, review.comment],
  );
}

export async function listReviews(db: SqlRunner, bodyId: string, itemId: string): Promise<ReviewRow[]> {
  return db.query<ReviewRow>(
    `select step, person_name as "personName", comment,
            to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at
       from item_reviews where body_id = $1 and item_id::text = $2 order by id`,
    [bodyId, itemId],
  );
}
