// Public item list (/api/v1/bodies/:id/items, 20 per page, with filters and ETag) and staff
// sign-in (scrypt N=2^15) through the whole Fastify stack via inject, on PGlite with the demo data.
// Baseline: /healthz (one `select 1`) through the same stack. Run alone: npx tsx bench/items-public-list.ts
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../test/support/databases.ts';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/runtime/logger.ts';
import { demoBodyId, demoPassword, seedDemo } from '../src/application/seed-demo.ts';
import type { BenchResult } from './run.ts';

export async function run(): Promise<BenchResult[]> {
  const database = await createTestDatabase('pglite');
  await seedDemo(database.db);
  const app = await buildApp({ db: database.db, logger: createLogger('silent') });
  try {
    const perSecond = async (count: number, request: () => Promise<unknown>) => {
      const started = performance.now();
      for (let i = 0; i < count; i += 1) await request();
      return Math.round((count / (performance.now() - started)) * 1000);
    };
    const list = await perSecond(300, () =>
      app.inject({ url: `/api/v1/bodies/${demoBodyId}/items?page=2&q=${encodeURIComponent('白石山')}` }),
    );
    const health = await perSecond(300, () => app.inject({ url: '/healthz' }));
    const started = performance.now();
    for (let i = 0; i < 5; i += 1) {
      await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { username: 'bss-gongkai', password: demoPassword },
      });
    }
    const signInMs = Math.round((performance.now() - started) / 5);
    return [
      {
        name: 'items-public-list',
        figure: list,
        unit: 'req/s',
        baseline: health,
        baselineUnit: 'req/s (/healthz)',
      },
      {
        name: 'staff-sign-in',
        figure: signInMs,
        unit: 'ms per sign-in',
        baseline: 0,
        baselineUnit: '(scrypt N=2^15, r=8)',
      },
    ];
  } finally {
    await app.close();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
