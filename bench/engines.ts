// PGlite vs PostgreSQL on the same workload: the demo data, then a mix of public submissions,
// tracking look-ups (number + code) and portal searches, 10 at a time. Baseline: `select 1`
// round trips on the same engine, the floor any query pays.
// Run alone: npx tsx bench/engines.ts
import { performance } from 'node:perf_hooks';
import type { BenchResult } from './run.ts';
import { createTestDatabase } from '../test/support/databases.ts';
import { seedDemo } from '../src/application/seed-demo.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';
import { submitRequest } from '../src/application/requests.ts';
import { trackRequest } from '../src/application/requests-views.ts';
import { drainSearchQueue, searchItems } from '../src/storage/search.ts';
import { parseQuery } from '../src/core/search/tokens.ts';
import { submission } from '../test/crash/harness.ts';

const operations = 300;
const parallel = 10;

async function perSecond(task: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let done = 0; done < operations; done += parallel) {
    await Promise.all(Array.from({ length: parallel }, (_, k) => task(done + k)));
  }
  return Math.round((operations / (performance.now() - started)) * 1000);
}

async function measure(kind: 'pglite' | 'postgres'): Promise<BenchResult> {
  const database = await createTestDatabase(kind);
  try {
    const { db } = database;
    await seedDemo(db);
    while ((await drainSearchQueue(db, 500)) === 500);
    const deps = { db, calendar: officialCalendar(), today: () => '2025-03-14' };
    const receipts: Array<{ trackingNumber: string; trackingCode: string }> = [];
    const query = parseQuery('公开 年度报告');
    const mixed = await perSecond(async (i) => {
      if (i % 3 === 0) {
        const { bodyId, ...content } = JSON.parse(submission(i)) as { bodyId: string };
        receipts.push(await submitRequest(deps, bodyId, content));
      } else if (i % 3 === 1 && receipts.length) {
        const r = receipts[i % receipts.length] ?? receipts[0];
        if (r) await trackRequest(deps, r.trackingNumber, r.trackingCode);
      } else {
        await searchItems(db, query, { sort: 'relevance', limit: 10, offset: 0 });
      }
    });
    const floor = await perSecond(() => db.query('select 1'));
    return {
      name: `engines: mixed submit/track/search (${kind}, ${parallel} at a time)`,
      figure: mixed,
      unit: 'operations/s',
      baseline: floor,
      baselineUnit: 'select 1/s on the same engine',
    };
  } finally {
    await database.drop();
  }
}

export async function run(): Promise<BenchResult[]> {
  return [await measure('pglite'), await measure('postgres')];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
