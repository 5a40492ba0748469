// Public submissions per second through submitRequest (validation, core decision, deadline,
// numbering, event, PII row, audit, outbox in one transaction), sequential and 50 at a time,
// on PGlite and — if reachable — PostgreSQL. Baseline: a bare insert of one row per transaction.
// Run alone: npx tsx bench/requests-submit.ts
import { performance } from 'node:perf_hooks';
import { createTestDatabase, testPostgresUrl } from '../test/support/databases.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';
import { submitRequest } from '../src/application/requests.ts';
import type { BenchResult } from './run.ts';

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
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
