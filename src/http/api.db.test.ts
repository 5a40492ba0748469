import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { buildApp } from './app.ts';
import { createLogger } from '../runtime/logger.ts';
import { demoBodyId, seedDemo } from '../application/seed-demo.ts';
import { documentedResponse } from '../../test/support/documented-response.ts';
import { staffClient } from '../../test/security/staff-client.ts';
import type { StaffClient } from '../../test/security/staff-client.ts';

describeEachDatabase('/api/v1: public reads, staff writes, export, OpenAPI', (get) => {
  let app: FastifyInstance;
  let client: StaffClient;

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    client = staffClient(app);
  });
  afterAll(async () => app.close());

  /** The demo user's session (signed in once, then reused). */
  const as = (username: string) => client.session(username);

  async function staff(
    username: string,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ) {
    const session = await as(username);
    return app.inject({
      method,
      url,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      ...(payload ? { payload } : {}),
    });
  }

  it('lists published items only, paginated, with a weak ETag that answers 304', async () => {
    const url = `/api/v1/bodies/${demoBodyId}/items?pageSize=5`;
    const first = await app.inject({ url });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body.items).toHaveLength(5);
    expect(body.total).toBe(28); // 32 demo items: 1 draft, 1 reviewed, 1 approved, 1 withdrawn
    expect(first.headers.etag).toMatch(/^W\/"/);
    const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
    const tooBig = await app.inject({ url: `/api/v1/bodies/${demoBodyId}/items?pageSize=1000` });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json()).toMatchObject({ code: 'VALIDATION', field: 'pageSize' });
  });

  it('filters by catalogue subtree and 有效性; a traditional-script query finds simplified titles', async () => {
    const catalogue = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json();
    const policy = catalogue.nodes.find((n: { code: string }) => n.code === '02');
    const inPolicy = (
      await app.inject({ url: `/api/v1/bodies/${demoBodyId}/items?catalogue=${policy.id}` })
    ).json();
    expect(inPolicy.items.every((i: { catalogueCode: string }) => i.catalogueCode.startsWith('02'))).toBe(
      true,
    );
    expect(inPolicy.total).toBeGreaterThanOrEqual(5);
    const repealed = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/items?validity=废止` })).json();
    expect(repealed.items.map((i: { documentNumber: string }) => i.documentNumber)).toEqual([
      '白政发〔2023〕4号',
    ]);
    const traditional = await app.inject({
      url: `/api/v1/bodies/${demoBodyId}/items?q=${encodeURIComponent('規範性')}`,
    });
    const simplified = await app.inject({
      url: `/api/v1/bodies/${demoBodyId}/items?q=${encodeURIComponent('规范性')}`,
    });
    expect(traditional.json().total).toBe(simplified.json().total);
  });

  it('XSS: a script sent in an item body comes back inert', async () => {
    const nodes = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json().nodes;
    const created = await staff('bss-gongkai', 'POST', `/api/v1/bodies/${demoBodyId}/staff/items`, {
      catalogueNodeId: nodes[0].id,
      kind: '工作动态',
      title: '<script>alert("t")</script>标题',
      bodyHtml:
        '<p onmouseover="alert(1)">正文</p><script>document.cookie</script><a href="javascript:x()">链</a>',
      publisher: '白石山镇',
      madeOn: '2025-10-09',
    });
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item.bodyHtml).toBe('<p>正文</p><a rel="noopener noreferrer">链</a>');
    expect(item.status).toBe('drafted');
    // the title is text, kept as typed; it is escaped wherever HTML is made (html`` in src/web)
    expect(item.title).toBe('<script>alert("t")</script>标题');
    expect(created.headers['content-type']).toContain('application/json');
    // a draft is not public
    expect((await app.inject({ url: `/api/v1/bodies/${demoBodyId}/items/${item.id}` })).statusCode).toBe(404);
  });

  it.each<[why: string, username: string, status: 201 | 403]>([
    ['officer drafts at own body', 'bss-gongkai', 201],
    ['reviewer may not draft', 'bss-baomi', 403],
    ['head may not draft', 'bss-head', 403],
    ['county supervisor may not draft at a township', 'jh-supervisor', 403],
    ['county admin may not draft at a township', 'jh-admin', 403],
  ])('HTTP RBAC: %s', async (_label, username, status) => {
    const nodes = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json().nodes;
    const response = await staff(username, 'POST', `/api/v1/bodies/${demoBodyId}/staff/items`, {
      catalogueNodeId: nodes[0].id,
      kind: '工作动态',
      title: '权限测试',
      publisher: '白石山镇',
      madeOn: '2025-10-09',
    });
    expect(response.statusCode).toBe(status);
  });

  it.each([
    ['supervisor reads a subordinate township audit log', 'jh-supervisor', demoBodyId, 200],
    ['township officer may not read the audit log', 'bss-gongkai', demoBodyId, 403],
    ['township admin may not read the county audit log', 'bss-admin', 'jilin-jiaohe', 403],
    ['county admin reads the township audit log', 'jh-admin', demoBodyId, 200],
  ])('HTTP RBAC: %s', async (_label, username, bodyId, status) => {
    expect((await staff(username, 'GET', `/api/v1/bodies/${bodyId}/audit`)).statusCode).toBe(status);
  });

  it("edits a catalogue node's 时限 and 责任人 (officer of the body), not its code; audited", async () => {
    const nodes = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json().nodes;
    const url = `/api/v1/bodies/${demoBodyId}/catalogue/${nodes[0].id}`;
    const edited = await staff('bss-gongkai2', 'PATCH', url, {
      timeLimit: '10个工作日内',
      responsible: '党政办 王建国',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().nodes[0]).toMatchObject({
      code: nodes[0].code,
      timeLimit: '10个工作日内',
      responsible: '党政办 王建国',
    });
    expect((await staff('bss-gongkai2', 'PATCH', url, { code: '99' })).json()).toMatchObject({
      code: 'VALIDATION',
    });
    expect((await staff('bss-baomi', 'PATCH', url, { timeLimit: 'x' })).statusCode).toBe(403);
    const [row] = await get().db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where action = 'catalogue.node-edited' and entity_id = $1",
      [nodes[0].id],
    );
    expect(row?.n).toBe(1);
  });

  it('staff endpoints without a session answer 401', async () => {
    const response = await app.inject({ url: `/api/v1/bodies/${demoBodyId}/staff/items` });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it('an admin configures the body; a bad 索引号 pattern or date is a 400 naming the field', async () => {
    const ok = await staff('bss-admin', 'PATCH', `/api/v1/bodies/${demoBodyId}`, { promisedWorkingDays: 10 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().promisedWorkingDays).toBe(10);
    const bad = await staff('bss-admin', 'PATCH', `/api/v1/bodies/${demoBodyId}`, {
      indexNumberPattern: '{code}',
    });
    expect(bad.json()).toMatchObject({ code: 'INDEX_PATTERN_INVALID', field: 'indexNumberPattern' });
    const date = await staff('bss-admin', 'PATCH', `/api/v1/bodies/${demoBodyId}`, { reportDue: '13-01' });
    expect(date.statusCode).toBe(400);
    expect(
      (await staff('bss-gongkai', 'PATCH', `/api/v1/bodies/${demoBodyId}`, { reportDue: '01-31' }))
        .statusCode,
    ).toBe(403);
  });

  it('exports published items as CSV (BOM, quoted, formula-safe) and JSON, never drafts', async () => {
    const csv = await app.inject({ url: `/api/v1/bodies/${demoBodyId}/export/items.csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF"索引号","标题"')).toBe(true);
    const json = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/export/items.json` })).json();
    documentedResponse(app, 'GET', '/bodies/:bodyId/export/items.json').parse(json);
    expect(csv.body.trim().split('\r\n')).toHaveLength(json.items.length + 1);
    expect(json.items.map((i: { title: string }) => i.title)).not.toContain(
      '白石山镇推进秸秆综合利用工作情况',
    );
    expect(JSON.stringify(json)).not.toMatch(/李晓梅|赵立新|password|passwordHash/);
  });

  it('publishes an annual report: the draft and the versions answer as documented', async () => {
    const report = `/api/v1/bodies/${demoBodyId}/annual-reports/2025`;
    const published = await staff('bss-gongkai', 'POST', `${report}/versions`, { publishedOn: '2026-01-15' });
    expect(published.statusCode).toBe(201);
    const versions = (await app.inject({ url: `${report}/versions` })).json();
    expect(
      documentedResponse(app, 'GET', '/bodies/:bodyId/annual-reports/:year/versions').parse(versions),
    ).toEqual([expect.objectContaining({ version: 1, publishedOn: '2026-01-15', correctionReason: null })]);
    const draft = (await staff('bss-gongkai', 'GET', report)).json();
    expect(documentedResponse(app, 'GET', '/bodies/:bodyId/annual-reports/:year').parse(draft)).toMatchObject(
      {
        versions: [{ version: 1 }],
      },
    );
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const document = (await app.inject({ url: '/api/docs/openapi.json' })).json();
    expect(document.openapi).toBe('3.1.0');
    const list = document.paths['/api/v1/bodies/{bodyId}/items'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['bodyId', 'page', 'pageSize', 'q', 'validity']),
    );
    expect(document.paths['/api/v1/bodies/{bodyId}/staff/items'].post.requestBody).toBeDefined();
    const page = await app.inject({ url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('/api/v1/bodies/:bodyId/items');
  });

  it('stores an attachment with its SHA-256, serves it once the item is published, refuses HTML files', async () => {
    const nodes = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/catalogue` })).json().nodes;
    const draft = (
      await staff('bss-gongkai', 'POST', `/api/v1/bodies/${demoBodyId}/staff/items`, {
        catalogueNodeId: nodes[0].id,
        kind: '通知公告',
        title: '附件测试',
        publisher: '白石山镇',
        madeOn: '2025-10-09',
      })
    ).json();
    const upload = async (fileName: string, content: string) => {
      const boundary = 'gkboundary42';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
            'Content-Type: application/octet-stream\r\n\r\n',
        ),
        Buffer.from(content),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const session = await as('bss-gongkai');
      return app.inject({
        method: 'POST',
        url: `/api/v1/bodies/${demoBodyId}/staff/items/${draft.id}/attachments`,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
    };
    const html = await upload('page.html', '<script>alert(1)</script>');
    expect(html.statusCode).toBe(415);
    expect(html.json().code).toBe('ATTACHMENT_TYPE_NOT_ALLOWED');
    const stored = await upload('../../etc/通知原文.pdf', '%PDF-1.4 demo');
    expect(stored.statusCode).toBe(201);
    const meta = stored.json();
    expect(meta.fileName).toBe('通知原文.pdf');
    expect(meta.sha256).toBe(createHash('sha256').update('%PDF-1.4 demo').digest('hex'));
    const url = `/api/v1/bodies/${demoBodyId}/items/${draft.id}/attachments/${meta.id}`;
    expect((await app.inject({ url })).statusCode).toBe(404); // not yet published
    for (const [user, step] of [
      ['bss-baomi', 'review'],
      ['bss-head', 'approve'],
      ['bss-gongkai', 'publish'],
    ] as const) {
      expect(
        (await staff(user, 'POST', `/api/v1/bodies/${demoBodyId}/staff/items/${draft.id}/steps`, { step }))
          .statusCode,
      ).toBe(200);
    }
    const download = await app.inject({ url });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.body).toBe('%PDF-1.4 demo');
    const detail = (await app.inject({ url: `/api/v1/bodies/${demoBodyId}/items/${draft.id}` })).json();
    expect(detail.attachments).toEqual([meta]);
  });

  it('answers /healthz with the database status and /favicon.ico with an empty 204', async () => {
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      calendar: { years: [2008, expect.any(Number)] }, // data/calendar; warnings: calendar-coverage.db.test.ts
    });
    const icon = await app.inject({ url: '/favicon.ico' });
    expect(icon.statusCode).toBe(204);
    expect(icon.body).toBe('');
  });
});
