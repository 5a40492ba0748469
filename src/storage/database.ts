import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import * as schema from './schema.ts';

export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Raw SQL with positional parameters ($1, $2 …), the same text on both engines. */
export interface SqlRunner {
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
}

/**
 * One handle for both engines: the embedded PGlite (`npm start`) and PostgreSQL (production).
 * Everything above storage/ sees only this, so the same migrations and queries run on both.
 */
export interface Database extends SqlRunner {
  readonly kind: 'pglite' | 'postgres';
  readonly orm: Orm;
  /** Runs several statements (a migration file) in one go. */
  exec(script: string): Promise<void>;
  /** Runs fn in one transaction; everything or nothing is written. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… for PostgreSQL; otherwise the embedded database. */
  url?: string | undefined;
  /** Folder for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir?: string;
}

/** The health check: does the engine answer a trivial query? */
async function answers(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch {
    return false;
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url && /^postgres(ql)?:\/\//.test(options.url)) return openPostgres(options.url);
  return openPglite(options.dataDir ?? 'memory://');
}

async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const orm = drizzlePglite(client, { schema }) as unknown as Orm;
  const runner: SqlRunner = {
    async query<Row>(text: string, params: unknown[] = []) {
      return (await client.query<Row>(text, params)).rows;
    },
  };
  return {
    kind: 'pglite',
    orm,
    query: runner.query,
    exec: async (script) => {
      await client.exec(script);
    },
    // PGlite has one connection: its transaction() serialises writers, which is what we want.
    transaction: (fn) =>
      client.transaction((tx) =>
        fn({
          query: async <Row>(text: string, params: unknown[] = []) =>
            (await tx.query<Row>(text, params)).rows,
        }),
      ),
    ping: () => answers(() => client.query('select 1')),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const orm = drizzlePostgres(pool, { schema }) as unknown as Orm;
  return {
    kind: 'postgres',
    orm,
    query: async <Row>(text: string, params: unknown[] = []) =>
      (await pool.query(text, params)).rows as Row[],
    exec: async (script) => {
      await pool.query(script);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({
          query: async <Row>(text: string, params: unknown[] = []) =>
            (await client.query(text, params)).rows as Row[],
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    ping: () => answers(() => pool.query('select 1')),
    close: () => pool.end(),
  };
}
