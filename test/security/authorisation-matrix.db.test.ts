// Authorisation matrix (issue 10, 等保 2.0 访问控制): every /api/v1 route the app registers × every
// kind of caller → 401 / 403 / 2xx. The route list is read from the running app, so a new route
// without a row here fails the “every route has a row” test. Who may do what comes from the grants
// in src/application/auth/roles.ts (officer, reviewer, head at their own body; supervisor and admin
// also below theirs); the rows below spell it out per route, so a route checking the wrong action
// fails. Sign-in / sessions / lock-out are covered by src/http/auth.db.test.ts and referenced here.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../support/databases.ts';
import { buildApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { demoBodyId, demoPassword, seedDemo } from '../../src/application/seed-demo.ts';
import { insertBody } from '../../src/storage/bodies.ts';
import { addPerson } from '../../src/application/auth/people.ts';
import { registeredRoutes, routeKey } from './routes.ts';
import { staffClient } from './staff-client.ts';
import type { Call, StaffClient } from './staff-client.ts';

const body = demoBodyId;
const year = 2025;

/** Who calls: the demo accounts of 白石山镇 and 蛟河市, and one account holding every role elsewhere. */
const callers = {
  anonymous: null,
  officer: 'bss-gongkai',
  reviewer: 'bss-baomi',
  head: 'bss-head',
  admin: 'bss-admin',
  'supervisor of the parent': 'jh-supervisor',
  'admin of the parent': 'jh-admin',
  'every role at another body': 'sec-elsewhere',
} as const;
type Caller = keyof typeof callers;

// The grants of roles.ts, as callers on 白石山镇 (own body, or its parent 蛟河市 for subtree grants).
const bodyRead: Caller[] = [
  'officer',
  'reviewer',
  'head',
  'admin',
  'supervisor of the parent',
  'admin of the parent',
];
const requestRead: Caller[] = ['officer', 'reviewer', 'head'];
const reportRead: Caller[] = ['officer', 'reviewer', 'head', 'supervisor of the parent'];
const adminOnly: Caller[] = ['admin', 'admin of the parent'];
const officerOnly: Caller[] = ['officer'];
// check-jobs.ts: batch checking is for supervisors and administrators, of any body.
const checkers: Caller[] = [
  'admin',
  'supervisor of the parent',
  'admin of the parent',
  'every role at another body',
];

interface Row {
  /** Callers let through (2xx), `public` for everyone, or the test file that covers the route. */
  allow: Caller[] | 'public' | { coveredBy: string };
  /** What a caller outside `allow` gets, when not 403 (a job of someone else's is simply not there). */
  refused?: (caller: Caller) => [status: number, code: string];
  /** The request, made fresh for each caller (a step or a conclusion can be taken only once). */
  call: (fx: Fixtures) => Promise<Call> | Call;
}

interface Fixtures {
  client: StaffClient;
  reportText: string;
  catalogueNodeId: string;
  publishedItemId: string;
  itemAttachmentId: string;
  requestId: string;
  requestAttachmentId: string;
  trackingNumber: string;
  trackingCode: string;
  reportVersion: number;
  fresh: {
    draftItem(): Promise<string>;
    request(): Promise<string>;
    appeal(): Promise<string>;
    /** the check job the supervisor started (one, made on first use) */
    checkJob(): Promise<string>;
    /** a demo request whose history already calls for a letter, and that letter's kind */
    letter(): Promise<{ requestId: string; slug: string }>;
  };
}

let unique = 0;
const next = () => ++unique;
const itemInput = (fx: Fixtures) => ({
  catalogueNodeId: fx.catalogueNodeId,
  kind: '工作动态',
  title: `权限矩阵测试信息${next()}`,
  bodyHtml: '<p>正文</p>',
  publisher: '白石山镇人民政府',
  madeOn: '2025-03-03',
});
const b = `/bodies/${body}`;
const report = `${b}/annual-reports/${year}`;

/** A row for a GET of `url` (below /api/v1), or of the URL made from the fixtures. */
function read(allow: Row['allow'], url: string | ((fx: Fixtures) => string)): Row {
  return { allow, call: (fx) => ({ method: 'GET', url: typeof url === 'string' ? url : url(fx) }) };
}

/**
 * A row for a `method` of `url` (or of the URL made from the fixtures, maybe a fresh one) with a JSON
 * payload made anew for each caller.
 */
function write(
  allow: Row['allow'],
  method: Call['method'],
  url: string | ((fx: Fixtures) => string | Promise<string>),
  payload: (fx: Fixtures) => object,
): Row {
  return {
    allow,
    call: async (fx) => ({
      method,
      url: typeof url === 'string' ? url : await url(fx),
      payload: payload(fx),
    }),
  };
}

/** One row per route (method + path as registered below /api/v1). */
const matrix: Record<string, Row> = {
  'POST /auth/sign-in': {
    allow: { coveredBy: 'src/http/auth.db.test.ts' },
    call: () => ({ method: 'POST', url: '' }),
  },
  'POST /auth/sign-out': {
    allow: { coveredBy: 'src/http/auth.db.test.ts' },
    call: () => ({ method: 'POST', url: '' }),
  },
  'GET /auth/session': read({ coveredBy: 'src/http/auth.db.test.ts' }, ''),
  'GET /vocabulary': read('public', '/vocabulary'),
  // src/http/routes/calendar.ts: the calendar warning is for any signed-in staff member, of any body.
  'GET /calendar/coverage': read(
    (Object.keys(callers) as Caller[]).filter((caller) => caller !== 'anonymous'),
    '/calendar/coverage',
  ),
  // 批量核查 jobs belong to the person who started them, whatever their body (src/http/routes/check-jobs.ts).
  'POST /check-jobs': {
    allow: checkers,
    refused: () => [403, 'CHECK_JOBS_FORBIDDEN'],
    call: (fx) => ({
      method: 'POST',
      url: '/check-jobs',
      file: { field: 'files', name: 'r.txt', content: fx.reportText },
    }),
  },
  'GET /check-jobs': {
    allow: checkers,
    refused: () => [403, 'CHECK_JOBS_FORBIDDEN'],
    call: () => ({ method: 'GET', url: '/check-jobs' }),
  },
  'GET /check-jobs/:id': {
    allow: ['supervisor of the parent'],
    refused: (caller) =>
      checkers.includes(caller) ? [404, 'CHECK_JOB_NOT_FOUND'] : [403, 'CHECK_JOBS_FORBIDDEN'],
    call: async (fx) => ({ method: 'GET', url: `/check-jobs/${await fx.fresh.checkJob()}` }),
  },
  'GET /bodies': read('public', '/bodies'),
  'GET /bodies/:bodyId': read('public', b),
  'PATCH /bodies/:bodyId': write(adminOnly, 'PATCH', b, () => ({
    cataloguePattern: '{code}',
    indexNumberPattern: '{code}-8-/{year}-{category}{serial:3}',
    feeMethod: 'per-applicant',
    promisedWorkingDays: 15,
    reportDue: '01-31',
  })),
  'GET /bodies/:bodyId/audit': read(
    ['admin', 'supervisor of the parent', 'admin of the parent'],
    `${b}/audit`,
  ),
  'GET /bodies/:bodyId/people': read(adminOnly, `${b}/people`),
  'POST /bodies/:bodyId/people': write(adminOnly, 'POST', `${b}/people`, () => ({
    username: `sec-new-${next()}`,
    displayName: '新同事',
    roles: ['officer'],
    password: demoPassword,
  })),
  'GET /bodies/:bodyId/catalogue': read('public', `${b}/catalogue`),
  'POST /bodies/:bodyId/catalogue': write(['officer', ...adminOnly], 'POST', `${b}/catalogue`, () => ({
    code: `S${next()}`,
    name: '权限测试目录',
  })),
  'PATCH /bodies/:bodyId/catalogue/:nodeId': write(
    ['officer', ...adminOnly],
    'PATCH',
    (fx) => `${b}/catalogue/${fx.catalogueNodeId}`,
    () => ({ responsible: '党政综合办公室 李晓梅' }),
  ),
  'GET /bodies/:bodyId/items': read('public', `${b}/items`),
  'GET /bodies/:bodyId/items/:itemId': read('public', (fx) => `${b}/items/${fx.publishedItemId}`),
  'GET /bodies/:bodyId/items/:itemId/attachments/:attachmentId': read(
    'public',
    (fx) => `${b}/items/${fx.publishedItemId}/attachments/${fx.itemAttachmentId}`,
  ),
  'GET /bodies/:bodyId/staff/items': read(bodyRead, `${b}/staff/items`),
  'POST /bodies/:bodyId/staff/items': write(officerOnly, 'POST', `${b}/staff/items`, itemInput),
  'GET /bodies/:bodyId/staff/items/:itemId': read(bodyRead, (fx) => `${b}/staff/items/${fx.publishedItemId}`),
  'PUT /bodies/:bodyId/staff/items/:itemId': write(
    officerOnly,
    'PUT',
    async (fx) => `${b}/staff/items/${await fx.fresh.draftItem()}`,
    itemInput,
  ),
  // 保密审查 (Art. 17) is the reviewer's step; approve, publish and withdraw are checked in
  // src/http/routes/items-review.db.test.ts.
  'POST /bodies/:bodyId/staff/items/:itemId/steps': write(
    ['reviewer'],
    'POST',
    async (fx) => `${b}/staff/items/${await fx.fresh.draftItem()}/steps`,
    () => ({ step: 'review' }),
  ),
  'POST /bodies/:bodyId/staff/items/:itemId/attachments': {
    allow: officerOnly,
    call: async (fx) => ({
      method: 'POST',
      url: `${b}/staff/items/${await fx.fresh.draftItem()}/attachments`,
      file: { name: '附件.txt', content: '附件内容' },
    }),
  },
  'POST /bodies/:bodyId/staff/items/import-docx': {
    allow: officerOnly,
    // Authorisation comes before the file is read: a non-DOCX upload is 415 for an allowed caller.
    call: () => ({
      method: 'POST',
      url: `${b}/staff/items/import-docx`,
      file: { name: 'a.txt', content: 'x' },
    }),
  },
  'GET /bodies/:bodyId/export/items.json': read('public', `${b}/export/items.json`),
  'GET /bodies/:bodyId/export/items.csv': read('public', `${b}/export/items.csv`),
  'GET /bodies/:bodyId/export/request-stats/:year.json': read(
    'public',
    `${b}/export/request-stats/${year}.json`,
  ),
  'GET /bodies/:bodyId/export/request-stats/:year.csv': read(
    'public',
    `${b}/export/request-stats/${year}.csv`,
  ),
  'POST /public/requests': write('public', 'POST', '/public/requests', () => ({
    bodyId: body,
    ...publicRequest(next()),
  })),
  'GET /public/requests/:number': read(
    'public',
    (fx) => `/public/requests/${fx.trackingNumber}?code=${fx.trackingCode}`,
  ),
  'GET /bodies/:bodyId/requests': read(requestRead, `${b}/requests`),
  'POST /bodies/:bodyId/requests': write(officerOnly, 'POST', `${b}/requests`, () => ({
    ...publicRequest(next()),
    channel: 'in-person',
    receiptDate: '2025-03-03',
  })),
  'GET /bodies/:bodyId/requests/:requestId': read(requestRead, (fx) => `${b}/requests/${fx.requestId}`),
  'POST /bodies/:bodyId/requests/:requestId/events': write(
    officerOnly,
    'POST',
    async (fx) => `${b}/requests/${await fx.fresh.request()}/events`,
    () => ({ type: 'withdrawn' }),
  ),
  'POST /bodies/:bodyId/requests/:requestId/attachments': {
    allow: officerOnly,
    call: (fx) => ({
      method: 'POST',
      url: `${b}/requests/${fx.requestId}/attachments?fileName=${encodeURIComponent('材料.txt')}`,
      raw: '申请材料',
    }),
  },
  'GET /bodies/:bodyId/requests/:requestId/attachments/:attachmentId': read(
    requestRead,
    (fx) => `${b}/requests/${fx.requestId}/attachments/${fx.requestAttachmentId}`,
  ),
  // Letters are made by the officer handling the request (requests-letters.ts: request.handle).
  'GET /bodies/:bodyId/requests/:requestId/letters': read(
    officerOnly,
    (fx) => `${b}/requests/${fx.requestId}/letters`,
  ),
  ...Object.fromEntries(
    ['docx', 'html'].map((extension) => [
      `GET /bodies/:bodyId/requests/:requestId/letters/:kind.${extension}`,
      {
        allow: officerOnly,
        call: async (fx: Fixtures) => {
          const { requestId, slug } = await fx.fresh.letter();
          return { method: 'GET', url: `${b}/requests/${requestId}/letters/${slug}.${extension}` };
        },
      } satisfies Row,
    ]),
  ),
  'POST /bodies/:bodyId/appeals': write(officerOnly, 'POST', `${b}/appeals`, () => ({
    kind: '行政复议',
    filedOn: '2025-04-01',
  })),
  'POST /bodies/:bodyId/appeals/:appealId/conclusion': write(
    officerOnly,
    'POST',
    async (fx) => `${b}/appeals/${await fx.fresh.appeal()}/conclusion`,
    () => ({ outcome: '结果维持', concludedOn: '2025-06-01' }),
  ),
  'POST /bodies/:bodyId/complaints': write(officerOnly, 'POST', `${b}/complaints`, () => ({
    receivedOn: '2025-05-05',
    summary: '举报未按时公开',
  })),
  'GET /bodies/:bodyId/complaints': read(reportRead, `${b}/complaints?year=${year}`),
  'GET /bodies/:bodyId/appeals/:year': read(reportRead, `${b}/appeals/${year}`),
  // Like the year's list: the body's staff and the supervisors above (notes masked but for the officer).
  'GET /bodies/:bodyId/requests/:requestId/appeals': read(
    reportRead,
    (fx) => `${b}/requests/${fx.requestId}/appeals`,
  ),
  'PUT /bodies/:bodyId/activities/:year': write(officerOnly, 'PUT', `${b}/activities/${year}`, () => ({
    pressConferences: 2,
  })),
  'GET /bodies/:bodyId/activities/:year': read(reportRead, `${b}/activities/${year}`),
  'GET /bodies/:bodyId/annual-reports/:year': read(reportRead, report),
  'GET /bodies/:bodyId/annual-reports/:year/table3-requests': read(
    requestRead,
    `${report}/table3-requests?cell=${encodeURIComponent('予以公开.自然人')}`,
  ),
  'GET /bodies/:bodyId/annual-reports/:year/preview': read(reportRead, `${report}/preview`),
  'GET /bodies/:bodyId/annual-reports/:year/oversight': read(reportRead, `${report}/oversight`),
  'PUT /bodies/:bodyId/annual-reports/:year/prose': write(officerOnly, 'PUT', `${report}/prose`, () => ({
    overview: [{ heading: '总体情况', text: '权限矩阵测试' }],
    problems: '无',
    otherMatters: '无',
  })),
  'PUT /bodies/:bodyId/annual-reports/:year/figures': write(officerOnly, 'PUT', `${report}/figures`, () => ({
    key: '行政许可.本年处理决定数量',
    value: 3,
  })),
  'POST /bodies/:bodyId/annual-reports/:year/versions': write(
    officerOnly,
    'POST',
    `${report}/versions`,
    () => ({
      overrideReason: '权限矩阵测试：带错误发布须有书面理由',
      correctionReason: '权限矩阵测试更正',
    }),
  ),
  // Public today (no authorize in the route). It lists publishedBy and overrideReason, which are
  // internal: reported to the lead as a question, pinned here so a change is deliberate.
  'GET /bodies/:bodyId/annual-reports/:year/versions': read('public', `${report}/versions`),
  'GET /bodies/:bodyId/annual-reports/:year/summary': read(reportRead, `${report}/summary`),
  'GET /bodies/:bodyId/annual-reports/:year/reminders': read(reportRead, `${report}/reminders`),
  ...Object.fromEntries(
    ['', '/report.docx', '/report.xlsx', '/report.json', '/report.html'].map((suffix) => [
      `GET /public/bodies/:bodyId/annual-reports/:year/versions/:version${suffix}`,
      {
        allow: 'public',
        call: (fx: Fixtures) => ({
          method: 'GET',
          url: `/public${report}/versions/${fx.reportVersion}${suffix}`,
        }),
      } satisfies Row,
    ]),
  ),
};

function publicRequest(i: number) {
  return {
    applicantType: '自然人',
    applicant: {
      name: `矩阵${i}`,
      idType: '居民身份证',
      idNumber: '11010519491231002X',
      phone: '13812345678',
    },
    description: `白石山镇2024年农村危房改造补助资金发放名单（权限矩阵 ${i}）`,
    deliveryForm: '其他',
  };
}

describeEachDatabase('authorisation matrix: every /api/v1 route × caller', (get) => {
  let app: FastifyInstance;
  let fx: Fixtures;

  beforeAll(async () => {
    const { db } = get();
    await seedDemo(db);
    await insertBody(db, {
      id: 'sec-elsewhere',
      parentId: null,
      name: '另一县人民政府',
      kind: 'county',
      code: '99999999',
    });
    await addPerson(
      db,
      { name: '测试' },
      {
        username: callers['every role at another body'],
        displayName: '别处全角色',
        bodyId: 'sec-elsewhere',
        roles: ['officer', 'reviewer', 'head', 'supervisor', 'admin'],
        password: demoPassword,
      },
    );
    app = await buildApp({ db, logger: createLogger('silent') });
    fx = await prepareFixtures(staffClient(app));
  });
  afterAll(async () => app.close());

  it('has a row for every route the app registers under /api/v1', async () => {
    const missing = (await registeredRoutes(app)).filter((key) => !(key in matrixByKey()));
    expect(missing, 'add a row to test/security/authorisation-matrix.db.test.ts for each').toEqual([]);
  });

  for (const [route, row] of Object.entries(matrix)) {
    if (!Array.isArray(row.allow) && row.allow !== 'public') continue;
    const allow = row.allow;
    describe(route, () => {
      for (const caller of Object.keys(callers) as Caller[]) {
        const outcome = expectedOutcome(allow, caller);
        it(`${caller} → ${outcome}`, async () => {
          const call = await row.call(fx);
          const response = await fx.client.send(callers[caller], call);
          const what = `${call.method} ${call.url} as ${caller}: ${response.statusCode} ${response.body.slice(0, 200)}`;
          if (outcome === 'allowed') {
            // import-docx answers 415 to the text file: past the gate, refused for its type.
            expect([...okStatuses, ...(route.includes('import-docx') ? [415] : [])], what).toContain(
              response.statusCode,
            );
          } else if (outcome === 401 && call.file) {
            // A multipart post without a token is what a foreign <form> sends: refused before sign-in is asked.
            expect([response.statusCode, response.json().code], what).toEqual([403, 'CSRF_INVALID']);
          } else {
            const refused: [number, string] =
              outcome === 401 ? [401, 'UNAUTHENTICATED'] : (row.refused?.(caller) ?? [403, 'FORBIDDEN']);
            expect([response.statusCode, response.json().code], what).toEqual(refused);
          }
        });
      }
    });
  }
});

const okStatuses = [200, 201, 202, 204, 304];

function expectedOutcome(allow: Caller[] | 'public', caller: Caller): 'allowed' | 401 | 403 {
  if (allow === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  return allow.includes(caller) ? 'allowed' : 403;
}

/** Row keys with parameter names erased, as the router reports them. */
function matrixByKey(): Record<string, Row> {
  return Object.fromEntries(Object.entries(matrix).map(([k, row]) => [routeKey(k), row]));
}

async function prepareFixtures(client: StaffClient): Promise<Fixtures> {
  const officer = callers.officer;
  const ok = async (call: Call, who: string | null = officer) => {
    const response = await client.send(who, call);
    if (response.statusCode >= 300)
      throw new Error(`fixture ${call.method} ${call.url}: ${response.statusCode} ${response.body}`);
    return response.json() as Record<string, unknown>;
  };
  const catalogue = (await ok({ method: 'GET', url: `${b}/catalogue` })) as {
    nodes: Array<{ id: string; children: Array<{ id: string }> }>;
  };
  const catalogueNodeId = catalogue.nodes[0]?.children[0]?.id ?? catalogue.nodes[0]!.id;
  const reportText = readFileSync(
    new URL('../../../shared/fixtures/published-reports/001_86e897f74c26ea25.txt', import.meta.url),
    'utf8',
  );
  const base: Pick<Fixtures, 'client' | 'catalogueNodeId' | 'reportText'> = {
    client,
    catalogueNodeId,
    reportText,
  };
  // Made on first use: rows for routes still being built elsewhere must not break the fixtures.
  let checkJob: Promise<string> | undefined;
  let letter: Promise<{ requestId: string; slug: string }> | undefined;
  const draftItem = async () =>
    String((await ok({ method: 'POST', url: `${b}/staff/items`, payload: itemInput(base as Fixtures) })).id);

  const publishedItemId = await draftItem();
  const attachment = await ok({
    method: 'POST',
    url: `${b}/staff/items/${publishedItemId}/attachments`,
    file: { name: '附件.txt', content: '附件内容' },
  });
  for (const [step, who] of [
    ['review', callers.reviewer],
    ['approve', callers.head],
    ['publish', callers.officer],
  ] as const)
    await ok({ method: 'POST', url: `${b}/staff/items/${publishedItemId}/steps`, payload: { step } }, who);

  const submit = async () =>
    ok(
      { method: 'POST', url: '/public/requests', payload: { bodyId: body, ...publicRequest(next()) } },
      null,
    );
  const receipt = await submit();
  const requestId = String(receipt.requestId);
  const requestAttachment = await ok({
    method: 'POST',
    url: `${b}/requests/${requestId}/attachments?fileName=${encodeURIComponent('材料.txt')}`,
    raw: '申请材料',
  });
  const version = await ok({
    method: 'POST',
    url: `${report}/versions`,
    payload: { overrideReason: '权限矩阵测试：带错误发布须有书面理由' },
  });
  return {
    ...base,
    publishedItemId,
    itemAttachmentId: String(attachment.id),
    requestId,
    requestAttachmentId: String(requestAttachment.id),
    trackingNumber: String(receipt.trackingNumber),
    trackingCode: String(receipt.trackingCode),
    reportVersion: Number(version.version),
    fresh: {
      draftItem,
      letter: () => (letter ??= letterDue(ok)),
      checkJob: () =>
        (checkJob ??= ok(
          {
            method: 'POST',
            url: '/check-jobs',
            file: { field: 'files', name: 'r.txt', content: reportText },
          },
          callers['supervisor of the parent'],
        ).then((job) => String(job.id))),
      request: async () => String((await submit()).requestId),
      appeal: async () =>
        String(
          (
            await ok({
              method: 'POST',
              url: `${b}/appeals`,
              payload: { kind: '行政诉讼.未经复议直接起诉', filedOn: '2025-04-02' },
            })
          ).id,
        ),
    },
  };
}

/** The first demo request with a letter that needs nothing typed in. */
async function letterDue(ok: (call: Call) => Promise<Record<string, unknown>>) {
  const list = (await ok({ method: 'GET', url: `${b}/requests?pageSize=100` })) as unknown as {
    items: Array<{ request: { id: string } }>;
  };
  for (const { request } of list.items) {
    const letters = (await ok({
      method: 'GET',
      url: `${b}/requests/${request.id}/letters`,
    })) as unknown as Array<{
      slug: string;
      needs: unknown[];
    }>;
    const ready = letters.find((l) => l.needs.length === 0);
    if (ready) return { requestId: request.id, slug: ready.slug };
  }
  throw new Error('no demo request has a letter due');
}
