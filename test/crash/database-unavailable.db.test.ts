// Database unavailable (issue 10): PostgreSQL on this machine is shared by every test, so instead of
// stopping it the server reaches it through a loopback TCP proxy this test controls, and the proxy
// is cut. The portal and the public API answer 503 with a Chinese message, a submission during the
// cut leaves nothing behind, and service comes back when the proxy does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import net from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from '../support/databases.ts';
import type { TestDatabase } from '../support/databases.ts';
import { seedDemo } from '../../src/application/seed-demo.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { openDatabase } from '../../src/storage/database.ts';
import type { Database } from '../../src/storage/database.ts';
import { submission } from './harness.ts';

describe('PostgreSQL unreachable mid-run [postgres through a cuttable proxy]', () => {
  let database: TestDatabase & { drop(): Promise<void> };
  let db: Database;
  let app: FastifyInstance;
  let proxy: net.Server;
  let open = true;
  const sockets = new Set<net.Socket>();

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await seedDemo(database.db);
    const upstream = new URL(database.url ?? '');
    proxy = net.createServer((client) => {
      if (!open) return client.destroy();
      const server = net.connect(Number(upstream.port || 5432), upstream.hostname);
      for (const s of [client, server]) {
        sockets.add(s);
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(server).pipe(client);
      client.on('close', () => server.destroy());
      server.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const viaProxy = new URL(upstream);
    viaProxy.port = String((proxy.address() as net.AddressInfo).port);
    db = await openDatabase({ url: viaProxy.toString() });
    app = await buildApp({ db, logger: createLogger('silent') });
  });
  afterAll(async () => {
    await app.close();
    await db.close().catch(() => undefined);
    proxy.close();
    await database.drop();
  });

  const count = async () =>
    (await database.db.query<{ n: number }>('select count(*)::int as n from requests'))[0]?.n;
  const submit = () =>
    app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      headers: { 'content-type': 'application/json' },
      payload: submission(1),
      remoteAddress: '127.0.3.1',
    });

  it('answers 503 in Chinese while cut, writes nothing, and recovers', async () => {
    expect((await app.inject({ url: '/search?q=公开' })).statusCode).toBe(200);
    const before = await count();

    open = false;
    for (const s of sockets) s.destroy();
    for (const res of [await app.inject({ url: '/search?q=公开' }), await submit()]) {
      expect(res.statusCode).toBe(503);
      expect(res.json<{ code: string; message: string }>().message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count()).toBe(before);

    open = true;
    expect((await app.inject({ url: '/search?q=公开' })).statusCode).toBe(200);
    const res = await submit();
    expect(res.statusCode).toBe(201);
    expect(await count()).toBe((before ?? 0) + 1);
  });
});
