import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import type { Actor } from './auth/roles.ts';
import { officialCalendar } from './items/due-date.ts';
import { handleRequest, logRequest, submitRequest } from './requests.ts';
import type { RequestDeps, SubmissionReceipt } from './requests.ts';
import { overdueRequests, requestForStaff, trackRequest } from './requests-views.ts';
import { eventsOfRequest } from '../storage/request-events.ts';
import { messagesFor } from '../storage/outbox.ts';
import { naturalPersonApplicant } from '../../test/support/applicants.ts';
import { problemOf, staffActor } from '../../test/support/commands.ts';

const calendar = officialCalendar();

const officer = staffActor('town-a', 'officer', '李晓梅');
const head = staffActor('town-a', 'head', '孙志强');
const reviewer = staffActor('town-a', 'reviewer', '赵立新');
const otherOfficer = staffActor('town-b', 'officer', '王建国');

const applicant = naturalPersonApplicant({ email: 'zhangsan@example.cn' });
const submission = {
  applicantType: '自然人',
  applicant,
  description: '白石山镇2024年农村危房改造补助资金发放名单',
  deliveryForm: '电子邮件',
};

describeEachDatabase('requests: submission, staff workflow, tracking', (get) => {
  let today = '2024-09-13';
  let deps: RequestDeps;

  beforeAll(async () => {
    const { db } = get();
    deps = { db, calendar, today: () => today };
    await db.query(`insert into bodies (id, name, kind) values ('town-a', '甲镇人民政府', 'township'),
      ('town-b', '乙镇人民政府', 'township')`);
  });

  it('Art. 31/33: an online request received 2024-09-13 is due 2024-10-17 (中秋、国庆 skipped)', async () => {
    const receipt = await submitRequest(deps, 'town-a', submission);
    expect(receipt).toMatchObject({
      trackingNumber: 'GK-2024-000001',
      receiptDate: '2024-09-13',
      dueDate: '2024-10-17',
      bodyName: '甲镇人民政府',
    });
    expect(receipt.trackingCode).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const [stored] = await get().db.query<{ tracking_code_hash: string }>(
      'select tracking_code_hash from requests where id = $1',
      [receipt.requestId],
    );
    expect(stored?.tracking_code_hash).not.toContain(receipt.trackingCode.replace(/-/g, ''));
  });

  it('200 simultaneous submissions → 200 requests with consecutive numbers, none lost', async () => {
    const receipts = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submitRequest(deps, 'town-a', { ...submission, description: `第${i}号：危房改造补助名单` }),
      ),
    );
    const serials = receipts.map((r) => Number(r.trackingNumber.slice(-6))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    const { db } = get();
    const [counts] = await db.query<{
      requests: number;
      events: number;
      applicants: number;
      messages: number;
    }>(
      `select (select count(*)::int from requests where body_id = 'town-a') as requests,
              (select count(*)::int from request_events where body_id = 'town-a' and type = 'received') as events,
              (select count(*)::int from request_applicants where body_id = 'town-a') as applicants,
              (select count(*)::int from outbox where body_id = 'town-a') as messages`,
    );
    expect(counts).toEqual({ requests: 201, events: 201, applicants: 201, messages: 201 });
    const descriptions = await db.query<{ d: string }>(
      `select description as d from requests where body_id = 'town-a'`,
    );
    expect(new Set(descriptions.map((r) => r.d)).size).toBe(201);
  });

  it('refuses a bad submission with the field and a stable code, storing nothing', async () => {
    const { db } = get();
    const before = await db.query(`select id from requests`);
    expect(
      await problemOf(
        submitRequest(deps, 'town-a', {
          ...submission,
          applicant: { ...applicant, idNumber: '110105194912310021' },
        }),
      ),
    ).toEqual({ status: 400, code: 'REQUEST_ID_NUMBER_INVALID' });
    expect(await problemOf(submitRequest(deps, 'nowhere', submission))).toEqual({
      status: 404,
      code: 'BODY_NOT_FOUND',
    });
    expect(await db.query(`select id from requests`)).toHaveLength(before.length);
  });

  let paper: SubmissionReceipt;
  it('Art. 31 (二): staff log a letter with the day it was signed for', async () => {
    today = '2024-09-05';
    paper = await logRequest(deps, officer, 'town-a', {
      ...submission,
      channel: 'post',
      receiptDate: '2024-09-02',
    });
    expect(paper).toMatchObject({ receiptDate: '2024-09-02', trackingNumber: 'GK-2024-000202' });
    expect(
      await problemOf(
        logRequest(deps, otherOfficer, 'town-a', {
          ...submission,
          channel: 'post',
          receiptDate: '2024-09-02',
        }),
      ),
    ).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(
      await problemOf(
        logRequest(deps, officer, 'town-a', { ...submission, channel: 'post', receiptDate: '2024-09-09' }),
      ),
    ).toEqual({ status: 422, code: 'REQUEST_RECEIPT_DATE_IN_FUTURE' });
  });

  it('runs the whole staff workflow, each step an event, an audit row and (where the applicant is told) a message', async () => {
    const steps: Array<[string, Actor, Record<string, unknown>]> = [
      [
        '2024-09-05',
        officer,
        {
          type: 'correction-requested',
          on: '2024-09-05',
          items: ['请写明文件名称或文号'],
          correctBy: '2024-09-20',
        },
      ],
      ['2024-09-10', officer, { type: 'corrected', on: '2024-09-10' }],
      [
        '2024-09-11',
        officer,
        { type: 'third-party-consultation-started', on: '2024-09-11', consulted: '某建筑公司' },
      ],
      [
        '2024-09-20',
        officer,
        { type: 'third-party-consultation-ended', on: '2024-09-20', opinion: '同意公开' },
      ],
      ['2024-10-08', head, { type: 'extended', on: '2024-10-08', reason: '涉及档案较多，需调取整理' }],
      [
        '2024-10-09',
        officer,
        { type: 'fee-notified', on: '2024-10-09', amountYuan: 200, reason: '本月第12件申请（按件计收）' },
      ],
      ['2024-10-10', officer, { type: 'fee-paid', on: '2024-10-10' }],
      [
        '2024-10-15',
        officer,
        {
          type: 'decided',
          on: '2024-10-15',
          decision: { kind: 'partial', ground: '部分内容涉及个人隐私', article: '第十五条' },
        },
      ],
      [
        '2024-10-16',
        officer,
        { type: 'delivered', on: '2024-10-16', method: '电子邮件', receipt: '邮件系统送达回执 #A123' },
      ],
    ];
    for (const [day, who, command] of steps) {
      today = day;
      await handleRequest(deps, who, 'town-a', paper.requestId, command);
    }
    const view = await requestForStaff(deps, reviewer, 'town-a', paper.requestId);
    expect(view.request).toMatchObject({
      status: 'delivered',
      outcome: '部分公开',
      deliveredOn: '2024-10-16',
      closedOn: '2024-10-16',
    });
    expect(view.steps.map((s) => s.label)).toEqual([
      '收到申请',
      '告知补正',
      '收到补正',
      '征求第三方意见',
      '第三方意见征求结束',
      '延长答复期限',
      '发出收费通知',
      '缴纳费用',
      '作出答复决定',
      '送达答复',
    ]);
    expect(view.steps[5]?.actor).toBe('孙志强');
    expect(view.deliveries).toEqual([
      expect.objectContaining({
        method: '电子邮件',
        deliveredOn: '2024-10-16',
        receipt: '邮件系统送达回执 #A123',
      }),
    ]);
    expect(view.applicant?.idNumber).toBe('11010519491231002X');
    const { db } = get();
    const audit = await db.query<{ action: string }>(
      `select action from audit_log where entity_id = $1 order by id`,
      [paper.requestId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'request.received',
      ...steps.map(([, , c]) => `request.${String(c.type)}`),
    ]);
    const messages = (await messagesFor(db, 'town-a')).filter((m) =>
      m.idempotencyKey.startsWith(`request:${paper.requestId}:`),
    );
    expect(messages.map((m) => m.template)).toEqual([
      'request.received',
      'request.correction-requested',
      'request.extended',
      'request.fee-notified',
      'request.decided',
      'request.delivered',
    ]);
    expect(messages.every((m) => m.channel === 'email' && m.recipient === applicant.email)).toBe(true);
  });

  describe('refused steps: the head approves extensions (Art. 33 ¶2), the core the transitions', () => {
    let requestId = '';
    beforeAll(async () => {
      today = '2024-09-20';
      requestId = (await submitRequest(deps, 'town-a', submission)).requestId;
    });

    const step = (who: Actor, command: Record<string, unknown>) => (id: string) =>
      handleRequest(deps, who, 'town-a', id, command);
    it.each<[string, (id: string) => Promise<unknown>, number, string]>([
      ['an officer may not extend', step(officer, { type: 'extended', reason: '材料多' }), 403, 'FORBIDDEN'],
      [
        'no delivery before a decision',
        step(officer, { type: 'delivered', method: '邮寄' }),
        409,
        'REQUEST_TRANSITION_REFUSED',
      ],
      [
        'a refusal names its ground',
        step(officer, { type: 'decided', decision: { kind: 'refuse-privacy' } }),
        422,
        'REQUEST_DECISION_GROUND_REQUIRED',
      ],
      [
        'no correction dated after today',
        step(officer, { type: 'corrected', on: '2024-09-30' }),
        422,
        'REQUEST_DATE_IN_FUTURE',
      ],
      ["another body's officer may not act", step(otherOfficer, { type: 'withdrawn' }), 403, 'FORBIDDEN'],
      [
        "another body's officer may not read",
        (id) => requestForStaff(deps, otherOfficer, 'town-a', id),
        403,
        'FORBIDDEN',
      ],
      [
        'an unknown request',
        () => step(officer, { type: 'withdrawn' })('no-such-request'),
        404,
        'REQUEST_NOT_FOUND',
      ],
    ])('%s: %i %s, nothing stored', async (_case, attempt, status, code) => {
      expect(await problemOf(attempt(requestId))).toEqual({ status, code });
      const events = await eventsOfRequest(get().db, 'town-a', requestId);
      expect(events.map((e) => e.type)).toEqual(['received']);
    });

    it('after the refusals, a withdrawal closes it as 其他处理.其他', async () => {
      const withdrawn = await handleRequest(deps, officer, 'town-a', requestId, {
        type: 'withdrawn',
        reason: '申请人电话撤回',
      });
      expect(withdrawn).toMatchObject({
        status: 'withdrawn',
        outcome: '其他处理.其他',
        closedOn: '2024-09-20',
      });
      const events = await eventsOfRequest(get().db, 'town-a', requestId);
      expect(events.map((e) => [e.seq, e.type])).toEqual([
        [1, 'received'],
        [2, 'withdrawn'],
      ]);
    });
  });

  it('public tracking: number + code show status and steps, never the personal data', async () => {
    today = '2024-10-17';
    const tracking = await trackRequest(
      deps,
      paper.trackingNumber.toLowerCase(),
      paper.trackingCode.toLowerCase(),
    );
    expect(tracking).toMatchObject({
      trackingNumber: paper.trackingNumber,
      status: 'delivered',
      statusLabel: '已办结',
      outcomeLabel: expect.stringContaining('部分公开'),
    });
    expect(tracking.steps.map((s) => s.on)).toEqual([
      '2024-09-02',
      '2024-09-05',
      '2024-09-10',
      '2024-09-11',
      '2024-09-20',
      '2024-10-08',
      '2024-10-09',
      '2024-10-10',
      '2024-10-15',
      '2024-10-16',
    ]);
    const text = JSON.stringify(tracking);
    for (const secret of [
      applicant.name,
      applicant.idNumber,
      applicant.phone,
      applicant.email,
      '新建村',
      '某建筑公司',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(await problemOf(trackRequest(deps, paper.trackingNumber, 'AAAA-BBBB-CCCC'))).toEqual({
      status: 404,
      code: 'TRACKING_NOT_FOUND',
    });
    expect(await problemOf(trackRequest(deps, 'GK-2024-999999', paper.trackingCode))).toEqual({
      status: 404,
      code: 'TRACKING_NOT_FOUND',
    });
  });

  it('overdue is computed from events and today, never stored', async () => {
    const late = await overdueRequests(deps, 'town-a', '2024-10-18');
    // the 201 online requests of 2024-09-13 were due 2024-10-17; the withdrawn and delivered ones are not late
    expect(late).toHaveLength(201);
    expect(late[0]).toMatchObject({ dueDate: '2024-10-17', workingDaysLate: 1 });
    expect(await overdueRequests(deps, 'town-a', '2024-10-17')).toHaveLength(0);
    expect(await overdueRequests(deps, 'town-b', '2024-10-18')).toHaveLength(0);
  });
});
