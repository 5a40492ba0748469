// Item pages (/bodies/:bodyId/items/:itemId) of the 1,000,000-item PostgreSQL database under
// autocannon, 1,000 different items in turn, next to a bare Fastify "hello" route under the same
// autocannon settings in the same run. Goal (issue #8): ≥ 30 % of the bare route's requests/s.
// Run alone: npx tsx bench/item-page.ts
import autocannon from 'autocannon';
import type { BenchResult } from './run.ts';
import { benchItemCount, startBenchServers } from './search-servers.ts';

const SECONDS = 10;
const CONNECTIONS = 10;

async function requestsPerSecond(url: string, paths: string[]): Promise<{ perSecond: number; p99: number }> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0) throw new Error(`${url}: ${failed} of ${result.requests.total} requests failed`);
  return { perSecond: Math.round(result.requests.average), p99: result.latency.p99 };
}

export async function run(): Promise<BenchResult> {
  const servers = await startBenchServers();
  try {
    const items = await servers.db.query<{ path: string }>(
      `select '/bodies/' || body_id || '/items/' || id as path from items tablesample system (1) limit 1000`,
    );
    // Warm-up, then the two measurements back to back.
    await requestsPerSecond(
      servers.portalUrl,
      items.map((i) => i.path),
    );
    const portal = await requestsPerSecond(
      servers.portalUrl,
      items.map((i) => i.path),
    );
    const hello = await requestsPerSecond(servers.helloUrl.replace(/\/hello$/, ''), ['/hello']);
    const share = Math.round((portal.perSecond / hello.perSecond) * 100);
    return {
      name: `门户信息页（${benchItemCount / 10_000}万条，PostgreSQL）`,
      figure: portal.perSecond,
      unit: `req/s（裸路由的 ${share}%，目标 ≥ 30%；p99 ${portal.p99} ms）`,
      baseline: hello.perSecond,
      baselineUnit: `req/s（裸 Fastify hello 路由，p99 ${hello.p99} ms）`,
      note: `autocannon ${CONNECTIONS} 个连接 × ${SECONDS} s，${items.length} 个不同信息页轮流请求；浏览量在内存中累计、每 5 s 一次 UPDATE；相关解读列表缓存 60 s`,
    };
  } finally {
    await servers.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run()));
