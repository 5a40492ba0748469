// Item pages (/bodies/:bodyId/items/:itemId) of the 1,000,000-item PostgreSQL database under
// autocannon, next to a bare Fastify "hello" route under the same autocannon settings, measured in
// alternating turns. Goal (issue #8): ≥ 30 % of the bare route's requests/s.
// Two figures: 1,000 items in turn (after a warm-up they come from the page cache, as a page
// people are reading does) and items never asked before (each request a cache miss, the long tail).
// Run alone: npx tsx bench/item-page.ts
import autocannon from 'autocannon';
import type { BenchResult } from './run.ts';
import { benchItemCount, startBenchServers } from './search-servers.ts';

const SECONDS = 10;
const CONNECTIONS = 10;
/** The 10 s of each target are measured in this many turns, the targets alternating. */
const ROUNDS = 5;
const HOT_ITEMS = 1_000;
/** More than the misses 10 s can serve, so none of them repeats. */
const COLD_ITEMS = 30_000;

// autocannon's `setupRequest` and `amount` are not in test/load/autocannon.d.ts, hence the casts.
type Options = Parameters<typeof autocannon>[0];
type Requests = NonNullable<Options['requests']>;

/** Each request, on whichever connection, takes the next path of the list (autocannon's setupRequest). */
function inTurn(paths: string[]): Requests {
  let next = 0;
  const setupRequest = (request: Requests[number]) => ({ ...request, path: paths[next++ % paths.length] });
  return [{ method: 'GET', path: paths[0] ?? '/', setupRequest } as Requests[number]];
}

interface Rate {
  perSecond: number;
  p99: number;
}

/** Several targets measured in turns of SECONDS / ROUNDS each, so a load spike on the shared cores hits all alike. */
async function inRounds(targets: Array<{ url: string; requests: Requests }>): Promise<Rate[]> {
  const totals = targets.map(() => ({ requests: 0, p99: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) {
      const result = await autocannon({ ...target, connections: CONNECTIONS, duration: SECONDS / ROUNDS });
      const failed = result.non2xx + result.errors + result.timeouts;
      if (failed > 0) throw new Error(`${target.url}: ${failed} of ${result.requests.total} requests failed`);
      totals[i]!.requests += result.requests.total;
      totals[i]!.p99 = Math.max(totals[i]!.p99, result.latency.p99);
    }
  }
  return totals.map((t) => ({ perSecond: Math.round(t.requests / SECONDS), p99: t.p99 }));
}

export async function run(): Promise<BenchResult> {
  const servers = await startBenchServers();
  try {
    const sample = await servers.db.query<{ path: string }>(
      `select '/bodies/' || body_id || '/items/' || id as path from items tablesample system (5)
        where status = 'published' limit ${HOT_ITEMS + COLD_ITEMS}`,
    );
    const paths = sample.map((i) => i.path);
    const hotPaths = paths.slice(0, HOT_ITEMS);
    // Warm-up: each of the hot pages once (a timed warm-up left many uncached while misses are slow).
    await autocannon({
      url: servers.portalUrl,
      connections: CONNECTIONS,
      amount: hotPaths.length,
      requests: inTurn(hotPaths),
    } as Options);
    const [hot, hello] = (await inRounds([
      { url: servers.portalUrl, requests: inTurn(hotPaths) },
      { url: servers.helloUrl.replace(/\/hello$/, ''), requests: inTurn(['/hello']) },
    ])) as [Rate, Rate];
    // Misses alone: in turns with the others, their queries still running spilled into the next turn.
    const [cold] = (await inRounds([
      { url: servers.portalUrl, requests: inTurn(paths.slice(HOT_ITEMS)) },
    ])) as [Rate];
    const share = (figure: number) => Math.round((figure / hello.perSecond) * 100);
    return {
      name: `门户信息页（${benchItemCount / 10_000}万条，PostgreSQL）`,
      figure: hot.perSecond,
      unit: `req/s（裸路由的 ${share(hot.perSecond)}%，目标 ≥ 30%；p99 ${hot.p99} ms）`,
      baseline: hello.perSecond,
      baselineUnit: `req/s（裸 Fastify hello 路由，p99 ${hello.p99} ms）`,
      note:
        `autocannon ${CONNECTIONS} 个连接 × ${SECONDS} s（分 ${ROUNDS} 轮与裸路由交替测量），${hotPaths.length} 个不同信息页轮流请求（预热后取自页面缓存）；` +
        `从未请求过的信息页（每次都未命中缓存）${cold.perSecond} req/s（裸路由的 ${share(cold.perSecond)}%，p99 ${cold.p99} ms）`,
    };
  } finally {
    await servers.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run()));
