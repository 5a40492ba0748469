import type { SqlRunner } from './database.ts';

/** Statistics move slowly (ANALYZE, by autovacuum); reading them once in a while is enough. */
const sharesTtlMs = 10 * 60_000;

/** Share of items holding each token, for the tokens ANALYZE found most common; empty before any ANALYZE. */
export type TokenShares = ReadonlyMap<string, number>;

const cached = new WeakMap<SqlRunner, { value: Promise<TokenShares>; expires: number }>();

/**
 * The planner's own statistics of item_search.tokens (pg_stats, the 1,000 most common lexemes and
 * the share of rows holding each): what a token costs to look up, without counting anything. Kept
 * per database handle for ten minutes; a failed read is not kept.
 */
export function tokenShares(db: SqlRunner, now: number = Date.now()): Promise<TokenShares> {
  const hit = cached.get(db);
  if (hit && hit.expires > now) return hit.value;
  const value = db
    .query<{ token: string; share: number }>(
      `select e.token, e.share from pg_stats s,
              unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e (token, share)
        where s.schemaname = current_schema() and s.tablename = 'item_search' and s.attname = 'tokens'
          and e.token is not null`,
    )
    .then((rows) => new Map(rows.map((row) => [row.token, Number(row.share)])));
  value.catch(() => cached.delete(db));
  cached.set(db, { value, expires: now + sharesTtlMs });
  return value;
}
