import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { injectAs, signInDemo, type StaffSession } from '../../../test/support/staff-sessions.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { seedDemo } from '../../application/seed-demo.ts';

const url = '/api/v1/bodies/jiaohe-baishishan/complaints';
const withNumbers = {
  receivedOn: '2024-03-05',
  summary: '张某（身份证110101199003071234，电话13812345678）举报未按时公开征收补偿方案',
  resolution: '已联系举报人13812345678，补充公开',
};
const plain = { receivedOn: '2024-02-01', summary: '投诉政府信息公开指南未更新', year: 2024 };

describeEachDatabase(
  'GET …/complaints: the year’s 举报投诉, masked for readers who do not handle them',
  (get) => {
    let app: FastifyInstance;
    const sessions: Record<string, StaffSession> = {};
    const as = (who: string | null, method: 'GET' | 'POST', path: string, payload?: unknown) =>
      injectAs(app, who ? sessions[who] : undefined, method, path, payload);

    beforeAll(async () => {
      await seedDemo(get().db);
      app = await buildApp({ db: get().db, logger: createLogger('silent') });
      for (const who of ['bss-gongkai', 'bss-baomi', 'bss-head', 'jh-supervisor']) {
        sessions[who] = await signInDemo(app, who);
      }
      for (const complaint of [withNumbers, plain]) {
        expect((await as('bss-gongkai', 'POST', url, complaint)).statusCode).toBe(201);
      }
    });
    afterAll(async () => app.close());

    it('lists the year’s complaints in the order received, in full for the officer who records them', async () => {
      const response = await as('bss-gongkai', 'GET', `${url}?year=2024`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('no-store');
      const list = response.json();
      expect(list).toMatchObject({ year: 2024, personalDataMasked: false });
      expect(list.complaints.map((c: { receivedOn: string }) => c.receivedOn)).toEqual([
        '2024-02-01',
        '2024-03-05',
      ]);
      expect(list.complaints[1]).toMatchObject({
        ...withNumbers,
        year: 2024,
        resolution: withNumbers.resolution,
      });
      expect(list.complaints[0]).toMatchObject({ resolution: null, recordedBy: expect.any(String) });
      expect((await as('bss-gongkai', 'GET', `${url}?year=2023`)).json().complaints).toEqual([]);
    });

    // 个人信息保护法第六条: the reviewer, the head and the supervisor above read the complaint, not the numbers.
    it.each(['bss-baomi', 'bss-head', 'jh-supervisor'])('masks ID and mobile numbers for %s', async (who) => {
      const list = (await as(who, 'GET', `${url}?year=2024`)).json();
      expect(list.personalDataMasked).toBe(true);
      const masked = list.complaints[1];
      expect(masked.summary).toBe(
        '张某（身份证1101**********1234，电话138****5678）举报未按时公开征收补偿方案',
      );
      expect(masked.resolution).toBe('已联系举报人138****5678，补充公开');
      expect(list.complaints[0].summary).toBe(plain.summary);
    });

    it.each([
      ['no year', 'bss-gongkai', '', 400, 'VALIDATION', '“year”为必填项'],
      ['a year out of range', 'bss-gongkai', '?year=1999', 400, 'VALIDATION', '“year”不能小于2008'],
      ['no sign-in', null, '?year=2024', 401, 'UNAUTHENTICATED', '请先登录'],
    ])('refuses %s', async (_case, who, query, status, code, message) => {
      const response = await as(who, 'GET', `${url}${query}`);
      expect(response.statusCode).toBe(status);
      expect(response.json()).toMatchObject({ code, message });
    });
  },
);
