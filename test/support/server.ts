import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { seedDemo } from '../../src/application/seed-demo.ts';
import type { FastifyInstance } from 'fastify';
import { createTestDatabase } from './databases.ts';
import type { TestDatabase } from './databases.ts';

export interface TestServer {
  app: FastifyInstance;
  baseUrl: string;
  database: TestDatabase;
  close(): Promise<void>;
}

/** A real server on a free loopback port, on a fresh database with the demo data. */
export async function startTestServer(kind: 'pglite' | 'postgres' = 'pglite'): Promise<TestServer> {
  const database = await createTestDatabase(kind);
  await seedDemo(database.db);
  const app = await buildApp({ db: database.db, logger: createLogger('silent') });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    app,
    baseUrl: address,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
