// Start-up time of the real server (`tsx src/runtime/main.ts`, what `npm start` runs after the
// console build) until it listens: on an empty embedded database (migrated, no data) and on one
// holding 100k published items. Baseline: node + tsx starting a bare Fastify server.
// Run alone: npx tsx bench/startup.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from './run.ts';
import { withDatabase } from '../test/crash/harness.ts';
import { seedDemo } from '../src/application/seed-demo.ts';
import { migrate } from '../src/storage/migrate.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const listening = /Public portal:\s+http/;

/** Milliseconds from spawn until the process prints its portal address; then SIGTERM. */
async function timeToListen(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ms = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (listening.test(chunk.toString('utf8'))) resolve(performance.now() - started);
    });
    void exited.then(() => reject(new Error('exited before listening')));
  });
  child.kill('SIGTERM');
  await exited;
  return ms;
}

const bareServer = `import Fastify from 'fastify';
const app = Fastify(); app.get('/', async () => 'ok');
await app.listen({ host: '127.0.0.1', port: 0 }); console.log('Public portal: http://bare');
process.on('SIGTERM', () => app.close().then(() => process.exit(0)));`;

/** 100k published items spread over the demo bodies' catalogue nodes, in one statement. */
async function fillItems(dataDir: string, count: number): Promise<void> {
  await withDatabase({ dataDir }, async (db) => {
    await migrate(db);
    await seedDemo(db);
    await db.query(
      `insert into items (body_id, catalogue_node_id, kind, title, body_html, index_number, publisher,
                          made_on, published_on, due_on, status)
       select n.body_id, n.id, '其他', '基准测试信息第' || g || '号：农村危房改造补助资金发放情况',
              '<p>正文</p>', 'BENCH-' || g, '基准镇', date '2020-01-01' + (g % 1500),
              date '2020-01-01' + (g % 1500), date '2020-02-01' + (g % 1500), 'published'
         from generate_series(1, $1::int) g
         cross join lateral (select id, body_id from catalogue_nodes order by id limit 1) n`,
      [count],
    );
  });
}

export async function run(): Promise<BenchResult[]> {
  const tsx = ['--import', 'tsx'];
  const main = [...tsx, 'src/runtime/main.ts'];
  const baseline = await timeToListen([...tsx, '--input-type=module', '-e', bareServer], {});
  const results: BenchResult[] = [];
  const empty = mkdtempSync(join(tmpdir(), 'gongkai-startup-'));
  const full = mkdtempSync(join(tmpdir(), 'gongkai-startup-'));
  try {
    const firstStart = await timeToListen(main, { DATA_DIR: empty, DEMO_DATA: 'false' });
    const emptyStart = await timeToListen(main, { DATA_DIR: empty, DEMO_DATA: 'false' });
    results.push({
      name: 'start-up, empty embedded database',
      figure: Math.round(emptyStart),
      unit: 'ms to listening',
      baseline: Math.round(baseline),
      baselineUnit: 'ms, bare Fastify under node+tsx',
      note: `first start on a new directory (creates the database, runs every migration): ${Math.round(firstStart)} ms`,
    });
    await fillItems(full, 100_000);
    const fullStart = await timeToListen(main, { DATA_DIR: full, DEMO_DATA: 'false' });
    results.push({
      name: 'start-up, embedded database with 100k items',
      figure: Math.round(fullStart),
      unit: 'ms to listening',
      baseline: Math.round(baseline),
      baselineUnit: 'ms, bare Fastify under node+tsx',
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const result of await run()) console.log(JSON.stringify(result));
}
