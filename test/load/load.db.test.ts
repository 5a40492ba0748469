// Short load test (issue 10) in `npm test`: a few seconds of portal traffic and public submissions
// against an in-process server on each engine. The long run is `npm run test:load` (PostgreSQL,
// child process, memory trend).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { seedDemo } from '../../src/application/seed-demo.ts';
import { readState } from '../crash/harness.ts';
import { runLoad } from './load.ts';
import type { FastifyInstance } from 'fastify';

describeEachDatabase('short mixed load: portal pages + public submissions', (get) => {
  let app: FastifyInstance;
  let baseUrl = '';
  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers no 5xx and stores every acknowledged submission, numbers gap-free', async () => {
    const report = await runLoad({
      baseUrl,
      target: { read: () => readState(get().db) },
      seconds: 4,
      connections: 4,
      submitters: 2,
    });
    expect(report.findings).toEqual([]);
    expect(report.portal.requests).toBeGreaterThan(0);
    expect(report.submissions.acknowledged).toBeGreaterThan(0);
  });
});
