// What bench/search.ts and bench/item-page.ts share: the portal on the 1,000,000-item database and
// a bare Fastify "hello" route in the same process, the baseline every figure is printed next to.
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../src/http/app.ts';
import { createLogger } from '../src/runtime/logger.ts';
import type { Database } from '../src/storage/database.ts';
import { benchItemsDatabase } from './generate-items.ts';

// BENCH_ITEMS_COUNT (with BENCH_ITEMS_DATABASE, see generate-items.ts): the same bench on a small copy.
export const benchItemCount = Number(process.env.BENCH_ITEMS_COUNT ?? 1_000_000);

export interface BenchServers {
  db: Database;
  portalUrl: string;
  helloUrl: string;
  close(): Promise<void>;
}

async function listen(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

export async function startBenchServers(): Promise<BenchServers> {
  const { db } = await benchItemsDatabase(benchItemCount);
  const portal = await buildApp({ db, logger: createLogger('silent') });
  const hello = Fastify();
  hello.get('/hello', async () => 'hello');
  const [portalUrl, helloUrl] = await Promise.all([listen(portal), listen(hello)]);
  return {
    db,
    portalUrl,
    helloUrl: `${helloUrl}/hello`,
    close: async () => {
      await Promise.all([portal.close(), hello.close()]);
      await db.close();
    },
  };
}

/** Milliseconds of each GET, one after another (the response read to the end, 200 required). */
export async function timedGets(
  urls: string[],
  rounds: number,
  headers: Record<string, string> = {},
): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const url of urls) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      await response.text();
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    }
  }
  return times;
}

export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const roundMs = (ms: number): number => Math.round(ms * 10) / 10;
