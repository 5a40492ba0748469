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
  /**
   * Hears the payloads of `pg_notify(channel, …)` sent by any connection to the database, each once
   * its transaction has committed (never for one rolled back). Resolves once listening, or once the
   * first attempt has failed and a retry is scheduled; returns the function that stops listening.
   */
  listen(channel: string, hearer: Hearer): Promise<() => Promise<void>>;
  ping(): Promise<boolean>;
  /** Closes the connections, the listening one included. */
  close(): Promise<void>;
}

/** What `Database.listen` calls. A lost connection can only happen on PostgreSQL. */
export interface Hearer {
  notified(payload: string): void;
  /** The listening connection failed or was lost; it is opened again after `retryInMs`. */
  lost?(error: unknown, retryInMs: number): void;
  /** Listening again after a loss: whatever was notified in between was missed. */
  resumed?(): void;
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
    // PGlite delivers NOTIFY like PostgreSQL (after commit, not on rollback) to the one process.
    listen: (channel, hearer) => client.listen(channel, (payload) => hearer.notified(payload)),
    ping: () => answers(() => client.query('select 1')),
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const orm = drizzlePostgres(pool, { schema }) as unknown as Orm;
  const listener = new PostgresListener(url);
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
    listen: (channel, hearer) => listener.listen(channel, hearer),
    ping: () => answers(() => pool.query('select 1')),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

/** Waits before opening the listening connection again: 100 ms, doubling, at most 30 s. */
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 30_000;
/** A query on the listening connection this often, so a connection silently gone is noticed. */
const HEARTBEAT_MS = 30_000;

/**
 * LISTEN on PostgreSQL: one dedicated connection outside the pool (a pooled one would be handed to
 * other queries) for every channel of the Database. When it is lost it is opened again with
 * backoff, and each hearer is told (`lost`, then `resumed`): notifications in between are missed.
 */
class PostgresListener {
  private readonly hearers = new Map<string, Set<Hearer>>();
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private retryInMs = FIRST_RETRY_MS;
  private wasLost = false;
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, hearer: Hearer): Promise<() => Promise<void>> {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    if (this.closed) throw new Error('the database is closed');
    const known = this.hearers.get(channel);
    this.hearers.set(channel, (known ?? new Set()).add(hearer));
    const client = this.client;
    if (client) {
      if (!known) await client.query(`listen ${channel}`).catch((error: unknown) => this.lose(client, error));
    } else if (!this.retry) {
      // While a retry is pending the new channel is listened on when it runs.
      await (this.connecting ??= this.connect());
    }
    return async () => {
      const hearers = this.hearers.get(channel);
      if (!hearers?.delete(hearer) || hearers.size) return;
      this.hearers.delete(channel);
      if (this.hearers.size === 0) await this.disconnect();
      else await this.client?.query(`unlisten ${channel}`).catch(() => undefined);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.disconnect();
  }

  /** Opens the connection and listens on every channel; on failure, schedules the next attempt. */
  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      // Named, so an operator sees one such connection per instance (pg_stat_activity).
      application_name: 'gongkai listen',
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    client.on('notification', ({ channel, payload }) => {
      for (const hearer of this.hearers.get(channel) ?? []) hearer.notified(payload ?? '');
    });
    client.on('error', (error) => this.lose(client, error));
    client.on('end', () => this.lose(client, new Error('the listening connection ended')));
    try {
      await client.connect();
      this.client = client;
      for (const channel of this.hearers.keys()) await client.query(`listen ${channel}`);
    } catch (error) {
      this.lose(client, error);
      return;
    } finally {
      this.connecting = undefined;
    }
    this.retryInMs = FIRST_RETRY_MS;
    this.heartbeat = setInterval(() => {
      client.query('select 1').catch((error: unknown) => this.lose(client, error));
    }, HEARTBEAT_MS).unref();
    if (this.wasLost) {
      this.wasLost = false;
      for (const hearer of this.everyHearer()) hearer.resumed?.();
    }
  }

  /** `client` failed or ended: drop it and try again later (its error and end both come here). */
  private lose(client: pg.Client, error: unknown): void {
    if (this.closed || this.retry || (this.client && this.client !== client)) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    silence(client);
    client.end().catch(() => undefined);
    if (this.hearers.size === 0) return;
    this.wasLost = true;
    const retryInMs = this.retryInMs;
    this.retryInMs = Math.min(retryInMs * 2, LAST_RETRY_MS);
    for (const hearer of this.everyHearer()) hearer.lost?.(error, retryInMs);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      if (!this.closed && !this.client) this.connecting ??= this.connect();
    }, retryInMs);
  }

  private async disconnect(): Promise<void> {
    clearTimeout(this.retry);
    this.retry = undefined;
    this.wasLost = false;
    await this.connecting;
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    silence(client);
    await client.end().catch(() => undefined);
  }

  private *everyHearer(): Iterable<Hearer> {
    for (const hearers of this.hearers.values()) yield* hearers;
  }
}

/** A client given up: its late events must not count as a new loss. */
function silence(client: pg.Client): void {
  client.removeAllListeners();
  client.on('error', () => undefined);
}
