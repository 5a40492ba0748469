import type { SqlRunner } from './database.ts';

// Small helpers for the raw SQL the stores write, so that a table's fields are listed once:
// a field `deliveredOn` is the column `delivered_on` (the one naming rule between code and schema).

/** camelCase field → snake_case column. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** PostgreSQL types to cast a field to, where a parameter or a column needs one (dates as text, JSON). */
export type Casts = Readonly<Record<string, string>>;

/** `id, request_id as "requestId", delivered_on::text as "deliveredOn"` for a select. */
export function selectList(fields: readonly string[], casts: Casts = {}): string {
  return fields
    .map((field) => {
      const column = columnOf(field);
      const cast = casts[field];
      const read = cast ? `${column}::${cast}` : column;
      return read === field ? field : `${read} as "${field}"`;
    })
    .join(', ');
}

function placeholder(position: number, cast: string | undefined): string {
  return cast ? `$${position}::${cast}` : `$${position}`;
}

/** The fields named, in that order, from a record (so a wider object never adds columns). */
export function pick<T extends object, K extends keyof T & string>(
  source: T,
  fields: readonly K[],
): Pick<T, K> {
  return Object.fromEntries(fields.map((field) => [field, source[field]])) as Pick<T, K>;
}

/** Inserts one row; `returning` names the columns to give back (e.g. `id`). */
export async function insertRow<Returned = never>(
  db: SqlRunner,
  table: string,
  row: Record<string, unknown>,
  options: { casts?: Casts; returning?: string } = {},
): Promise<Returned[]> {
  const fields = Object.keys(row);
  const values = fields.map((field, i) => placeholder(i + 1, options.casts?.[field]));
  return db.query<Returned>(
    `insert into ${table} (${fields.map(columnOf).join(', ')}) values (${values.join(', ')})` +
      (options.returning ? ` returning ${options.returning}` : ''),
    Object.values(row),
  );
}

/** Inserts one row and gives back the id the database made for it. */
export async function insertReturningId(
  db: SqlRunner,
  table: string,
  row: Record<string, unknown>,
): Promise<string> {
  const [inserted] = await insertRow<{ id: string }>(db, table, row, { returning: 'id' });
  if (!inserted) throw new Error(`insert into ${table} returned nothing`);
  return inserted.id;
}

/**
 * Updates one row of one body (`where body_id = $1 and <key> = $2`): every query of a body's data
 * filters on body_id (DESIGN: the schema can be distributed by body). `touch` also sets updated_at.
 */
export async function updateBodyRow(
  db: SqlRunner,
  table: string,
  where: { bodyId: string; key: string; value: string },
  set: Record<string, unknown>,
  options: { casts?: Casts; touch?: boolean } = {},
): Promise<void> {
  const assignments = Object.keys(set).map(
    (field, i) => `${columnOf(field)} = ${placeholder(i + 3, options.casts?.[field])}`,
  );
  if (options.touch) assignments.push('updated_at = now()');
  await db.query(`update ${table} set ${assignments.join(', ')} where body_id = $1 and ${where.key} = $2`, [
    where.bodyId,
    where.value,
    ...Object.values(set),
  ]);
}

/**
 * A lookup of one body's rows by one key: `select <columns> from <table> where body_id = $1 and
 * <key> = $2 [<suffix>: order by …, for update]`. `bodyRows` gives them all, `bodyRow` the first.
 */
export function bodyRows<Row>(table: string, columns: string, key: string, suffix = '') {
  return (db: SqlRunner, bodyId: string, value: string): Promise<Row[]> =>
    db.query<Row>(`select ${columns} from ${table} where body_id = $1 and ${key} = $2 ${suffix}`, [
      bodyId,
      value,
    ]);
}

export function bodyRow<Row>(table: string, columns: string, key: string, suffix = '') {
  const rows = bodyRows<Row>(table, columns, key, suffix);
  return async (db: SqlRunner, bodyId: string, value: string): Promise<Row | undefined> =>
    (await rows(db, bodyId, value))[0];
}
