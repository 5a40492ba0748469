import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { injectAs, signInDemo, type StaffSession } from '../../../test/support/staff-sessions.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { seedDemo } from '../../application/seed-demo.ts';

const body = '/api/v1/bodies/jiaohe-baishishan';
const noteWithNumbers = '申请人王某（身份证220281198805061234，电话13904321234）对不予公开的答复不服';

interface Listed {
  requestId: string | null;
  requestNumber: string | null;
  caseNumber: string | null;
  note: string | null;
}

describeEachDatabase('appeals linked to a request: listed with its 申请编号, and on the request', (get) => {
  let app: FastifyInstance;
  const sessions: Record<string, StaffSession> = {};
  const as = (who: string | null, method: 'GET' | 'POST', path: string, payload?: unknown) =>
    injectAs(app, who ? sessions[who] : undefined, method, path, payload);
  /** The demo requests of 白石山镇 by their 所需信息 (data/demo/requests.json). */
  const demo: Record<string, { id: string; trackingNumber: string }> = {};
  const requestAbout = (words: string) => {
    const found = Object.entries(demo).find(([description]) => description.includes(words));
    if (!found) throw new Error(`no demo request about ${words}`);
    return found[1];
  };

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    for (const who of ['bss-gongkai', 'bss-baomi', 'bss-head', 'jh-supervisor']) {
      sessions[who] = await signInDemo(app, who);
    }
    const list = (await as('bss-gongkai', 'GET', `${body}/requests?pageSize=100`)).json();
    for (const { request } of list.items) demo[request.description] = request;
    const budget = requestAbout('财政预算执行情况');
    const appeals = [
      { kind: '行政复议', requestId: budget.id, filedOn: '2025-04-20', caseNumber: '蛟政复〔2025〕5号' },
      {
        kind: '行政诉讼.复议后起诉',
        requestId: budget.id,
        filedOn: '2025-07-01',
        note: noteWithNumbers,
      },
      { kind: '行政复议', filedOn: '2025-05-06', caseNumber: '蛟政复〔2025〕6号' },
    ];
    for (const appeal of appeals) {
      expect((await as('bss-gongkai', 'POST', `${body}/appeals`, appeal)).statusCode).toBe(201);
    }
  });
  afterAll(async () => app.close());

  it('lists the year’s appeals with the 申请编号 of the request each is about, none where unlinked', async () => {
    const budget = requestAbout('财政预算执行情况');
    const environment = requestAbout('环境信访件'); // its demo appeal, 蛟政复〔2025〕12号
    const response = await as('bss-gongkai', 'GET', `${body}/appeals/2025`);
    expect(response.statusCode).toBe(200);
    const listed = response.json().appeals.map((a: Listed) => [a.requestId, a.requestNumber]);
    expect(listed).toEqual([
      [budget.id, budget.trackingNumber],
      [null, null],
      [budget.id, budget.trackingNumber],
      [environment.id, environment.trackingNumber],
    ]);
  });

  it('lists on a request the appeals recorded against it, in the order filed, in full for the officer', async () => {
    const budget = requestAbout('财政预算执行情况');
    const response = await as('bss-gongkai', 'GET', `${body}/requests/${budget.id}/appeals`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('no-store');
    const list = response.json();
    expect(list).toMatchObject({
      requestId: budget.id,
      trackingNumber: budget.trackingNumber,
      personalDataMasked: false,
    });
    expect(list.appeals).toMatchObject([
      { kind: '行政复议', filedOn: '2025-04-20', caseNumber: '蛟政复〔2025〕5号', outcome: '尚未审结' },
      { kind: '行政诉讼.复议后起诉', filedOn: '2025-07-01', caseNumber: null, note: noteWithNumbers },
    ]);
    expect(list.appeals.map((a: Listed) => a.requestNumber)).toEqual([
      budget.trackingNumber,
      budget.trackingNumber,
    ]);
  });

  it.each([
    ['the demo request appealed to 蛟河市人民政府', '环境信访件', ['蛟政复〔2025〕12号']],
    ['a request no appeal names', '农村危房改造', []],
  ])('lists %s', async (_case, words, caseNumbers) => {
    const request = requestAbout(words);
    const list = (await as('bss-gongkai', 'GET', `${body}/requests/${request.id}/appeals`)).json();
    expect(list.appeals.map((a: Listed) => a.caseNumber)).toEqual(caseNumbers);
  });

  // 个人信息保护法第六条: the reviewer, the head and the supervisor above read the appeal, not the numbers.
  it.each(['bss-baomi', 'bss-head', 'jh-supervisor'])(
    'masks ID and mobile numbers in notes for %s',
    async (who) => {
      const budget = requestAbout('财政预算执行情况');
      const list = (await as(who, 'GET', `${body}/requests/${budget.id}/appeals`)).json();
      expect(list.personalDataMasked).toBe(true);
      expect(list.appeals.map((a: Listed) => a.note)).toEqual([
        null,
        '申请人王某（身份证2202**********1234，电话139****1234）对不予公开的答复不服',
      ]);
    },
  );

  it.each([
    [
      'an unknown request',
      'bss-gongkai',
      () => `${body}/requests/00000000-0000-4000-8000-000000000000/appeals`,
      404,
      'REQUEST_NOT_FOUND',
    ],
    [
      'a request of a body below, asked of the parent',
      'jh-supervisor',
      () => `/api/v1/bodies/jilin-jiaohe/requests/${requestAbout('环境信访件').id}/appeals`,
      404,
      'REQUEST_NOT_FOUND',
    ],
    [
      'a request id that is no UUID',
      'bss-gongkai',
      () => `${body}/requests/GK-2025-000001/appeals`,
      400,
      'VALIDATION',
    ],
    [
      'no sign-in',
      null,
      () => `${body}/requests/${requestAbout('环境信访件').id}/appeals`,
      401,
      'UNAUTHENTICATED',
    ],
  ])('refuses %s', async (_case, who, url, status, code) => {
    const response = await as(who, 'GET', url());
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
  });

  it('refuses to link an appeal to a request the body does not have', async () => {
    const response = await as('bss-gongkai', 'POST', `${body}/appeals`, {
      kind: '行政复议',
      requestId: '00000000-0000-4000-8000-000000000000',
      filedOn: '2025-04-20',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'APPEAL_REQUEST_NOT_FOUND', field: 'requestId' });
  });
});
