import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { naturalPersonApplicant } from '../../../test/support/applicants.ts';
import { injectAs, signInDemo, type StaffSession } from '../../../test/support/staff-sessions.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { seedDemo } from '../../application/seed-demo.ts';
import { documentedResponse } from '../../../test/support/documented-response.ts';

const body = 'jiaohe-baishishan';
const applicant = naturalPersonApplicant({
  name: '欧阳明',
  phone: '13912345678',
  email: 'ouyang@example.cn',
});
const submission = {
  bodyId: body,
  applicantType: '自然人',
  applicant,
  description: '白石山镇2025年度道路维修工程的招标文件',
  deliveryForm: '电子邮件',
};
const personalData = [applicant.name, applicant.idNumber, applicant.phone, applicant.email, '新建村'];

describeEachDatabase('requests API: public submission and tracking, staff workflow, statistics', (get) => {
  let app: FastifyInstance;
  const sessions: Record<string, StaffSession> = {};
  const as = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    injectAs(app, sessions[who], method, url, payload);

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent') });
    for (const who of ['bss-gongkai', 'bss-head', 'jh-supervisor'])
      sessions[who] = await signInDemo(app, who);
  });
  afterAll(async () => app.close());

  let receipt: { requestId: string; trackingNumber: string; trackingCode: string };

  it('POST /public/requests: 201 with number and code; bad input is 400 with every field problem', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/v1/public/requests', payload: submission });
    expect(created.statusCode).toBe(201);
    receipt = created.json();
    expect(receipt.trackingNumber).toMatch(/^GK-\d{4}-\d{6}$/);
    documentedResponse(app, 'POST', '/public/requests').parse(receipt);

    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: { ...submission, applicant: { ...applicant, idNumber: '123', email: 'x' }, description: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toMatch(/^REQUEST_/);
    expect(bad.json().problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining([
        'REQUEST_ID_NUMBER_INVALID',
        'REQUEST_EMAIL_INVALID',
        'REQUEST_DESCRIPTION_INVALID',
      ]),
    );
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/v1/public/requests',
      payload: { ...submission, bodyId: 'nowhere' },
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'BODY_NOT_FOUND']);
  });

  it('GET /public/requests/:number?code= shows the status and steps, never the personal data', async () => {
    const tracking = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${receipt.trackingNumber}?code=${encodeURIComponent(receipt.trackingCode)}`,
    });
    expect(tracking.statusCode).toBe(200);
    expect(tracking.headers['cache-control']).toBe('no-store');
    expect(tracking.json()).toMatchObject({ status: 'in-progress', steps: [{ label: '收到申请' }] });
    documentedResponse(app, 'GET', '/public/requests/:number').parse(tracking.json());
    for (const secret of personalData) expect(tracking.body).not.toContain(secret);
    const wrong = await app.inject({
      method: 'GET',
      url: `/api/v1/public/requests/${receipt.trackingNumber}?code=2222-3333-4444`,
    });
    expect([wrong.statusCode, wrong.json().code]).toEqual([404, 'TRACKING_NOT_FOUND']);
  });

  it('staff act through the API with CSRF; the head extends; other roles and bodies are refused', async () => {
    const url = `/api/v1/bodies/${body}/requests/${receipt.requestId}`;
    const noCsrf = await app.inject({
      method: 'POST',
      url: `${url}/events`,
      payload: { type: 'withdrawn' },
      headers: { cookie: sessions['bss-gongkai']?.cookie ?? '' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const officerExtends = await as('bss-gongkai', 'POST', `${url}/events`, {
      type: 'extended',
      reason: '需调取档案',
    });
    expect([officerExtends.statusCode, officerExtends.json().code]).toEqual([403, 'FORBIDDEN']);
    const extended = await as('bss-head', 'POST', `${url}/events`, {
      type: 'extended',
      reason: '需调取档案',
    });
    expect(extended.statusCode).toBe(201);
    expect(extended.json().steps.map((s: { label: string }) => s.label)).toEqual([
      '收到申请',
      '延长答复期限',
    ]);
    expect(extended.json().steps[1].actor).toBe('孙志强');
    const decided = await as('bss-gongkai', 'POST', `${url}/events`, {
      type: 'decided',
      decision: { kind: 'disclose', provisionForm: '电子邮件' },
    });
    expect(decided.json().request).toMatchObject({ status: 'decided', outcome: '予以公开' });
    const refused = await as('bss-gongkai', 'POST', `${url}/events`, { type: 'extended', reason: 'x' });
    expect(refused.statusCode).toBe(403);
    const twice = await as('bss-gongkai', 'POST', `${url}/events`, {
      type: 'decided',
      decision: { kind: 'disclose' },
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'REQUEST_TRANSITION_REFUSED']);
    const delivered = await as('bss-gongkai', 'POST', `${url}/events`, {
      type: 'delivered',
      method: '电子邮件',
      receipt: '已读回执',
    });
    expect(delivered.json().deliveries).toHaveLength(1);
    // the supervisor of the county reads reports, never an applicant's file
    const supervisor = await as('jh-supervisor', 'GET', url);
    expect([supervisor.statusCode, supervisor.json().code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
    const staffView = await as('bss-gongkai', 'GET', url);
    expect(staffView.json().applicant.idNumber).toBe(applicant.idNumber);
    // the full view and the masked one (保密审查员, 负责人) answer as documented
    const documentedView = documentedResponse(app, 'GET', '/bodies/:bodyId/requests/:requestId');
    expect(documentedView.parse(staffView.json())).toMatchObject({ deliveries: [{ receipt: '已读回执' }] });
    const maskedView = (await as('bss-head', 'GET', url)).json();
    expect(documentedView.parse(maskedView)).toMatchObject({ personalDataMasked: true });
  });

  it('stores an attachment with its sha256 and returns the same bytes', async () => {
    const content = Buffer.from('%PDF-1.4 送达回执扫描件');
    const uploaded = await app.inject({
      method: 'POST',
      url: `/api/v1/bodies/${body}/requests/${receipt.requestId}/attachments?fileName=${encodeURIComponent('送达回执.pdf')}&mediaType=application/pdf`,
      payload: content,
      headers: {
        'content-type': 'application/octet-stream',
        cookie: sessions['bss-gongkai']?.cookie ?? '',
        'x-csrf-token': sessions['bss-gongkai']?.csrf ?? '',
      },
    });
    expect(uploaded.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(uploaded.json()).toMatchObject({ fileName: '送达回执.pdf', sizeBytes: content.length, sha256 });
    const downloaded = await as(
      'bss-gongkai',
      'GET',
      `/api/v1/bodies/${body}/requests/${receipt.requestId}/attachments/${uploaded.json().id}`,
    );
    expect(downloaded.rawPayload.equals(content)).toBe(true);
    expect(downloaded.headers['x-content-sha256']).toBe(sha256);
  });

  it('records appeals (表四) and the year figures, and exports statistics without personal data', async () => {
    const year = Number(receipt.trackingNumber.slice(3, 7));
    const appeal = await as('bss-gongkai', 'POST', `/api/v1/bodies/${body}/appeals`, {
      kind: '行政复议',
      requestId: receipt.requestId,
      filedOn: `${year}-01-05`,
    });
    expect(appeal.statusCode).toBe(201);
    const concluded = await as(
      'bss-gongkai',
      'POST',
      `/api/v1/bodies/${body}/appeals/${appeal.json().id}/conclusion`,
      {
        outcome: '结果维持',
        concludedOn: `${year}-03-01`,
      },
    );
    expect(concluded.json()).toMatchObject({ outcome: '结果维持' });
    const badAppeal = await as('bss-gongkai', 'POST', `/api/v1/bodies/${body}/appeals`, {
      kind: '信访',
      filedOn: `${year}-01-05`,
    });
    expect([badAppeal.statusCode, badAppeal.json().field]).toEqual([400, 'kind']);
    const figures = await as('bss-gongkai', 'PUT', `/api/v1/bodies/${body}/activities/${year}`, {
      staffFullTime: 1,
      staffPartTime: 2,
      fundsWan: 1.5,
      trainingSessions: 2,
      trainingAttendees: 45,
    });
    expect(figures.statusCode).toBe(200);
    const headWrites = await as('bss-head', 'PUT', `/api/v1/bodies/${body}/activities/${year}`, {
      meetings: 1,
    });
    expect(headWrites.statusCode).toBe(403);

    const stats = await app.inject({
      method: 'GET',
      url: `/api/v1/bodies/${body}/export/request-stats/${year}.json`,
    });
    expect(stats.statusCode).toBe(200);
    const { table3, table4 } = stats.json();
    const [counts] = await get().db.query<{ received: number; delivered: number }>(
      `select count(*) filter (where tracking_year = $2)::int as received,
              count(*) filter (where extract(year from closed_on) = $2 and outcome = '予以公开' and applicant_type = '自然人')::int as delivered
       from requests where body_id = $1`,
      [body, year],
    );
    expect(table3['本年新收政府信息公开申请数量.总计']).toBe(counts?.received);
    expect(table3['予以公开.自然人']).toBe(counts?.delivered);
    expect(table4['行政复议.结果维持']).toBe(1);
    const traced = await as(
      'bss-gongkai',
      'GET',
      `/api/v1/bodies/${body}/annual-reports/${year}/table3-requests?cell=${encodeURIComponent('予以公开.自然人')}`,
    );
    const tracedRequests = documentedResponse(
      app,
      'GET',
      '/bodies/:bodyId/annual-reports/:year/table3-requests',
    ).parse(traced.json()) as { requests: Array<{ id: string; closedOn: string | null }> };
    expect(tracedRequests.requests).toContainEqual(
      expect.objectContaining({ id: receipt.requestId, closedOn: expect.any(String) }),
    );
    const csv = await app.inject({
      method: 'GET',
      url: `/api/v1/bodies/${body}/export/request-stats/${year}.csv`,
    });
    expect(csv.body).toContain('"表三","予以公开.自然人"');
    for (const secret of personalData) {
      expect(stats.body).not.toContain(secret);
      expect(csv.body).not.toContain(secret);
    }
  });
});
