import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { demoPassword, seedDemo } from '../../application/seed-demo.ts';
import { checkJobLimits } from '../../application/check-jobs.ts';

const fixture = readFileSync(
  new URL('../../../../shared/fixtures/published-reports/001_86e897f74c26ea25.txt', import.meta.url),
);
const boundary = '----gongkai-test-boundary';

/** A multipart/form-data body with one `files` part per file, as the console's FormData sends it. */
function multipart(files: Array<{ name: string; content: Buffer }>): Buffer {
  const parts = files.flatMap(({ name, content }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    content,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]);
}

describeEachDatabase('check jobs API: upload, progress, findings, limits, access', (get) => {
  let app: FastifyInstance;
  const sessions: Record<string, { cookie: string; csrf: string }> = {};

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    for (const username of ['bss-gongkai', 'jh-supervisor', 'jh-admin']) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-in',
        payload: { username, password: demoPassword },
      });
      sessions[username] = {
        cookie: response.cookies.map((c) => `${c.name}=${c.value}`).join('; '),
        csrf: response.json().csrfToken,
      };
    }
  });
  afterAll(async () => app.close());

  const upload = (who: string, files: Array<{ name: string; content: Buffer }>) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/check-jobs',
      payload: multipart(files),
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        cookie: sessions[who]!.cookie,
        'x-csrf-token': sessions[who]!.csrf,
      },
    });
  const poll = (who: string, id: string) =>
    app.inject({
      method: 'GET',
      url: `/api/v1/check-jobs/${id}`,
      headers: { cookie: sessions[who]!.cookie },
    });

  it('runs a supervisor’s upload in the background to 100 % with the findings; others cannot see it', async () => {
    const started = await upload('jh-supervisor', [
      { name: '蛟河/001.txt', content: fixture },
      { name: '蛟河/empty.txt', content: Buffer.alloc(0) },
    ]);
    expect(started.statusCode).toBe(202);
    const { id, total } = started.json();
    expect(total).toBe(2);
    let job = (await poll('jh-supervisor', id)).json();
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = (await poll('jh-supervisor', id)).json();
    }
    expect(job).toMatchObject({ status: 'done', done: 2, total: 2 });
    expect(job.reports.map((r: { source: string }) => r.source)).toEqual(['蛟河/001.txt', '蛟河/empty.txt']);
    expect(job.reports[1].findings.map((f: { code: string }) => f.code)).toContain('P-EMPTY');
    expect(job.rules.length).toBeGreaterThan(0);
    expect((await poll('jh-admin', id)).statusCode).toBe(404);
  });

  it('refuses officers, and anyone not signed in', async () => {
    const officer = await upload('bss-gongkai', [{ name: 'a.txt', content: fixture }]);
    expect(officer.statusCode).toBe(403);
    expect(officer.json().code).toBe('CHECK_JOBS_FORBIDDEN');
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/check-jobs' });
    expect(anonymous.statusCode).toBe(401);
  });

  it.each([
    [
      'a file over the size limit',
      [{ name: 'big.txt', content: Buffer.alloc(checkJobLimits.fileBytes + 1, 0x41) }],
      'CHECK_FILE_TOO_LARGE',
      /单个文件不能超过20MB/,
    ],
    [
      'more files than a batch holds',
      Array.from({ length: checkJobLimits.files + 1 }, (_, i) => ({
        name: `${i}.txt`,
        content: Buffer.from('年报'),
      })),
      'CHECK_TOO_MANY_FILES',
      /一次最多上传200个文件/,
    ],
    ['an upload with no file', [], 'CHECK_JOB_NO_FILES', /请选择/],
  ])('refuses %s with a Chinese message', async (_case, files, code, message) => {
    const response = await upload('jh-supervisor', files);
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json()).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('answers 415 to a JSON body and 404 to an unknown job', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/api/v1/check-jobs',
      payload: { files: [] },
      headers: { cookie: sessions['jh-supervisor']!.cookie, 'x-csrf-token': sessions['jh-supervisor']!.csrf },
    });
    expect(json.statusCode).toBe(415);
    const missing = await poll('jh-supervisor', '00000000-0000-4000-8000-000000000000');
    expect(missing.json()).toMatchObject({ code: 'CHECK_JOB_NOT_FOUND' });
  });
});
