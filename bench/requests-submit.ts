// Public submissions per second through submitRequest (validation, core decision, deadline,
// numbering, event, PII row, audit, outbox in one transaction), sequential and 50 at a time,
// on PGlite and — if reachable — PostgreSQL. Baseline: a bare insert of one row per transaction.
// Then the same through HTTP on loopback (`POST /api/v1/public/requests` of the real app, 10
// connections, each request from its own 127.x address as real applicants are — the public limit is
// 10 a minute per address) against a bare Fastify route parsing the same JSON, same client.
// Run alone: npx tsx bench/requests-submit.ts
import { performance } from 'node:perf_hooks';
import { createTestDatabase, testPostgresUrl } from '../test/support/databases.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';
import { submitRequest } from '../src/application/requests.ts';
import type { BenchResult } from './run.ts';
import Fastify from 'fastify';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/runtime/logger.ts';
import { send } from '../test/crash/harness.ts';

const submission = {
  applicantType: '自然人',
  applicant: { name: '张三', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13812345678' },
  description: '白石山镇2024年农村危房改造补助资金发放名单',
  deliveryForm: '其他',
};

async function measure(kind: 'pglite' | 'postgres', total: number, parallel: number) {
  const database = await createTestDatabase(kind);
  const { db } = database;
  try {
    await db.query(`insert into bodies (id, name, kind) values ('bench', '基准镇', 'township')`);
    await db.query('create table bench_baseline (id serial primary key, body_id text, note text)');
    const deps = { db, calendar: officialCalendar(), today: () => '2024-09-13' };
    const run = async (task: () => Promise<unknown>) => {
      const started = performance.now();
      for (let done = 0; done < total; done += parallel) {
        await Promise.all(Array.from({ length: Math.min(parallel, total - done) }, task));
      }
      return (total / (performance.now() - started)) * 1000;
    };
    const submissions = await run(() => submitRequest(deps, 'bench', submission));
    const baseline = await run(() =>
      db.transaction((tx) => tx.query(`insert into bench_baseline (body_id, note) values ('bench', 'x')`)),
    );
    return { submissions, baseline };
  } finally {
    await database.drop();
  }
}

/** Requests per second and p95 ms of `total` POSTs of `body`, `parallel` at a time. */
async function posts(baseUrl: string, path: string, body: string, total: number, parallel: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await send(baseUrl, 'POST', path, {
        body,
        headers: { 'content-type': 'application/json' },
      });
      if (res.status !== 201) throw new Error(`${path}: ${res.status} ${res.body.slice(0, 200)}`);
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const perSecond = (total / (performance.now() - started)) * 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond, p95: latencies[Math.floor(latencies.length * 0.95)] ?? 0 };
}

async function overHttp(kind: 'pglite' | 'postgres', total: number, parallel: number): Promise<BenchResult> {
  const database = await createTestDatabase(kind);
  const app = await buildApp({ db: database.db, logger: createLogger('silent') });
  const bare = Fastify();
  bare.post('/bare', async (_request, reply) => reply.status(201).send({ ok: true }));
  try {
    await database.db.query(`insert into bodies (id, name, kind) values ('bench', '基准镇', 'township')`);
    const appUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    const bareUrl = await bare.listen({ host: '127.0.0.1', port: 0 });
    const body = JSON.stringify({ bodyId: 'bench', ...submission });
    const real = await posts(appUrl, '/api/v1/public/requests', body, total, parallel);
    const floor = await posts(bareUrl, '/bare', body, total, parallel);
    return {
      name: `request submissions over HTTP (${kind}, ${parallel} connections)`,
      figure: Math.round(real.perSecond),
      unit: 'submissions/s',
      baseline: Math.round(floor.perSecond),
      baselineUnit: 'bare Fastify POST/s',
      note: `p95 ${Math.round(real.p95)} ms vs ${Math.round(floor.p95)} ms (new connection per request)`,
    };
  } finally {
    await app.close();
    await bare.close();
    await database.drop();
  }
}

export async function run(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const kinds: Array<'pglite' | 'postgres'> = ['pglite'];
  try {
    const pg = await import('pg');
    const client = new pg.default.Client({
      connectionString: testPostgresUrl,
      connectionTimeoutMillis: 2_000,
    });
    await client.connect();
    await client.end();
    kinds.push('postgres');
  } catch {
    // PostgreSQL not reachable: PGlite figures only
  }
  for (const kind of kinds) {
    for (const parallel of [1, 50]) {
      const { submissions, baseline } = await measure(kind, 200, parallel);
      results.push({
        name: `request submissions (${kind}, ${parallel} at a time)`,
        figure: Math.round(submissions),
        unit: 'submissions/s',
        baseline: Math.round(baseline),
        baselineUnit: 'one-row insert transactions/s',
      });
    }
    results.push(await overHttp(kind, 300, 10));
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
