import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import mammoth from 'mammoth';
import { describeEachDatabase } from '../../../test/support/databases.ts';
import { injectAs, signInDemo, type StaffSession } from '../../../test/support/staff-sessions.ts';
import { naturalPersonApplicant } from '../../../test/support/applicants.ts';
import { buildApp } from '../app.ts';
import { createLogger } from '../../runtime/logger.ts';
import { seedDemo } from '../../application/seed-demo.ts';

const body = 'jiaohe-baishishan';
const applicant = naturalPersonApplicant({ name: '王五', phone: '13912345678' });
const letterRequest = {
  channel: 'post',
  receiptDate: '2025-09-26',
  applicantType: '自然人',
  applicant,
  description: '白石山镇2025年农村危房改造资金使用情况',
  deliveryForm: '纸质',
};

async function docxText(payload: Buffer): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: payload });
  return value.split('\n').filter((l) => l.trim() !== '');
}

describeEachDatabase(
  'letters of a request: 补正告知书, 答复告知书, 收费通知书 as DOCX and print page',
  (get) => {
    let app: FastifyInstance;
    const sessions: Record<string, StaffSession> = {};
    const as = (who: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
      injectAs(app, sessions[who], method, url, payload);
    let url = '';

    beforeAll(async () => {
      await seedDemo(get().db);
      app = await buildApp({ db: get().db, logger: createLogger('silent') });
      for (const who of ['bss-gongkai', 'bss-baomi', 'bss-head']) sessions[who] = await signInDemo(app, who);
      const logged = await as('bss-gongkai', 'POST', `/api/v1/bodies/${body}/requests`, letterRequest);
      expect(logged.statusCode).toBe(201);
      url = `/api/v1/bodies/${body}/requests/${logged.json().requestId}`;
    });
    afterAll(async () => app.close());

    it('Art. 30: after the 补正 the list offers the 补正告知书, and the DOCX names items and deadline', async () => {
      expect((await as('bss-gongkai', 'GET', `${url}/letters`)).json()).toEqual([]);
      const sent = await as('bss-gongkai', 'POST', `${url}/events`, {
        type: 'correction-requested',
        on: '2025-09-29',
        items: ['请写明所需资金使用情况的年份和项目名称'],
        correctBy: '2025-10-20',
      });
      expect(sent.statusCode).toBe(201);
      const list = await as('bss-gongkai', 'GET', `${url}/letters`);
      expect(list.json()).toEqual([
        {
          slug: 'correction-notice',
          kind: 'correction-notice',
          title: '政府信息公开申请补正告知书',
          on: '2025-09-29',
          needs: [],
        },
      ]);
      const docx = await as('bss-gongkai', 'GET', `${url}/letters/correction-notice.docx`);
      expect(docx.statusCode).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      expect(docx.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''/);
      const lines = await docxText(docx.rawPayload);
      expect(lines.slice(0, 3)).toEqual([
        '政府信息公开申请补正告知书',
        expect.stringMatching(/^蛟河市白石山镇人民政府依申公开补〔2025〕GK-2025-\d{6}号$/),
        '王五：',
      ]);
      expect(lines[3]).toContain('2025年9月26日收到您提出的政府信息公开申请');
      expect(lines[4]).toContain('（1）请写明所需资金使用情况的年份和项目名称');
      expect(lines[5]).toContain('请于2025年10月20日前补正');
      expect(lines.slice(-2)).toEqual(['蛟河市白石山镇人民政府（印章）', '2025年9月29日']);
    });

    it('Art. 37/51: the 答复告知书 of 部分公开 gives ground, article, form asked for and remedies', async () => {
      expect((await as('bss-gongkai', 'GET', `${url}/letters/reply.docx`)).json().code).toBe(
        'LETTER_NOT_DUE',
      );
      await as('bss-gongkai', 'POST', `${url}/events`, { type: 'corrected', on: '2025-10-13' });
      const decided = await as('bss-gongkai', 'POST', `${url}/events`, {
        type: 'decided',
        on: '2025-10-20',
        decision: { kind: 'partial', ground: '名单中的身份证号码属于个人隐私', article: '第十五条' },
      });
      expect(decided.statusCode).toBe(201);
      const text = (
        await docxText((await as('bss-gongkai', 'GET', `${url}/letters/reply.docx`)).rawPayload)
      ).join('\n');
      expect(text).toContain('政府信息公开申请答复告知书');
      expect(text).toContain(
        '名单中的身份证号码属于个人隐私。根据《中华人民共和国政府信息公开条例》第三十七条和第十五条',
      );
      // Art. 40: no form in the decision → the 纸质 the applicant asked for
      expect(text).toContain('以纸质形式向您提供');
      // 行政复议法第二十四条: the county-level government above the township
      expect(text).toContain('60日内向蛟河市人民政府申请行政复议');
      expect(text).toContain('6个月内向有管辖权的人民法院提起行政诉讼');
      const page = await as('bss-gongkai', 'GET', `${url}/letters/reply.html`);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.body).toContain('<h1>政府信息公开申请答复告知书</h1>');
    });

    it('audits every download without the applicant’s data', async () => {
      const rows = await get().db.query<{ actor_name: string; after: { letter: string; format: string } }>(
        `select actor_name, after from audit_log where action = 'request.letter-downloaded' order by id`,
      );
      expect(rows.map((r) => [r.actor_name, r.after.letter, r.after.format])).toEqual([
        ['李晓梅', 'correction-notice', 'docx'],
        ['李晓梅', 'partial', 'docx'],
        ['李晓梅', 'partial', 'html'],
      ]);
      expect(JSON.stringify(rows)).not.toContain('王五');
    });

    it('letters are the handling officer’s; the reviewer and the head see the applicant masked', async () => {
      for (const who of ['bss-baomi', 'bss-head']) {
        const refused = await as(who, 'GET', `${url}/letters/reply.docx`);
        expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
        const view = (await as(who, 'GET', url)).json();
        expect(view.personalDataMasked).toBe(true);
        expect(view.applicant).toMatchObject({
          name: '王*',
          idNumber: '1101**********002X',
          phone: '139****5678',
          address: '吉林省蛟河市白石山镇****',
        });
      }
      const officer = (await as('bss-gongkai', 'GET', url)).json();
      expect([officer.personalDataMasked, officer.applicant.idNumber]).toEqual([false, applicant.idNumber]);
      expect((await injectAs(app, undefined, 'GET', `${url}/letters`)).statusCode).toBe(401);
    });

    it('an unknown kind is 400, a letter missing typed detail is 422 naming it in Chinese', async () => {
      const unknown = await as('bss-gongkai', 'GET', `${url}/letters/receipt.docx`);
      expect(unknown.statusCode).toBe(400);
      const logged = await as('bss-gongkai', 'POST', `/api/v1/bodies/${body}/requests`, letterRequest);
      const feeUrl = `/api/v1/bodies/${body}/requests/${logged.json().requestId}`;
      const notified = await as('bss-gongkai', 'POST', `${feeUrl}/events`, {
        type: 'fee-notified',
        on: '2025-10-09',
        amountYuan: 300,
        reason: '申请人本月已提出申请13件',
      });
      expect(notified.statusCode).toBe(201);
      const [fee] = (await as('bss-gongkai', 'GET', `${feeUrl}/letters`)).json();
      expect(fee.needs).toEqual([{ field: 'feeBreakdown', label: '计费明细' }]);
      const missing = await as('bss-gongkai', 'GET', `${feeUrl}/letters/fee-notice.docx`);
      expect([missing.statusCode, missing.json().code]).toEqual([422, 'LETTER_FIELD_MISSING']);
      expect(missing.json().message).toContain('计费明细');
      const breakdown = encodeURIComponent('按件计收：本月第11至13件，每件100元');
      const made = await as(
        'bss-gongkai',
        'GET',
        `${feeUrl}/letters/fee-notice.docx?feeBreakdown=${breakdown}`,
      );
      const text = (await docxText(made.rawPayload)).join('\n');
      expect(text).toContain('信息处理费300元（按件计收：本月第11至13件，每件100元）');
      expect(text).toContain('20个工作日');
    });
  },
);
