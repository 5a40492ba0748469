import { afterAll, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../src/storage/database.ts';
import type { Database } from '../../src/storage/database.ts';
import { migrate } from '../../src/storage/migrate.ts';

/** The PostgreSQL server the db tests use; each test file gets its own fresh database on it. */
export const testPostgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** Runs fn on a connection to the test server's maintenance database (create/drop database). */
export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  db: Database;
  url?: string;
}

/** Creates an empty, migrated database of the given kind; `drop()` removes it. */
export async function createTestDatabase(
  kind: 'pglite' | 'postgres',
  options: { migrate?: boolean } = {},
): Promise<TestDatabase & { drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openDatabase({ dataDir: 'memory://' });
    if (options.migrate !== false) await migrate(db);
    return { kind, db, drop: () => db.close() };
  }
  const name = `gk_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString() });
  if (options.migrate !== false) await migrate(db);
  return {
    kind,
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * Runs the same suite against the embedded PGlite and a real PostgreSQL. A missing PostgreSQL is a
 * failure in CI (CI=true) and outside it; set GONGKAI_SKIP_POSTGRES=1 to run PGlite alone locally.
 */
/**
 * Declares `suite` once per engine. `kind` lets a suite declare a case only where it applies (a
 * dropped connection exists only on PostgreSQL) instead of skipping it at run time.
 */
export function describeEachDatabase(
  title: string,
  suite: (get: () => TestDatabase, kind: 'pglite' | 'postgres') => void,
): void {
  const kinds: Array<'pglite' | 'postgres'> =
    process.env.GONGKAI_SKIP_POSTGRES === '1' && process.env.CI !== 'true'
      ? ['pglite']
      : ['pglite', 'postgres'];
  for (const kind of kinds) {
    describe(`${title} [${kind}]`, () => {
      let current: (TestDatabase & { drop(): Promise<void> }) | undefined;
      beforeAll(async () => {
        if (kind === 'postgres' && !(await postgresReachable())) {
          throw new Error(
            `PostgreSQL 不可用（${testPostgresUrl}）：数据库测试需要它 / PostgreSQL is required`,
          );
        }
        current = await createTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.drop();
      });
      suite(() => {
        if (!current) throw new Error('test database not ready');
        return current;
      }, kind);
    });
  }
}
