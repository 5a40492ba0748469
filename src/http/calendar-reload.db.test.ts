// The server's one working-day calendar (GONGKAI_CALENDAR_DIR) notices an imported year without a
// restart: the folder's files (names, sizes, mtimes) are looked at again at most once a minute, on
// the app's clock. Art. 33 (20 working days) of a request received on 2026-12-15 runs into 2027: no
// 2027 data, no due date (never guessed) and the 今日待办 warning; 2027.json imported, both follow.
// A broken file keeps the calendar in use (logged with its name), never a 500.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { staffClient } from '../../test/security/staff-client.ts';
import type { StaffClient } from '../../test/security/staff-client.ts';
import { buildApp } from './app.ts';
import { createLogger } from '../runtime/logger.ts';
import { demoBodyId, seedDemo } from '../application/seed-demo.ts';
import { calendarProvider } from '../application/calendar-provider.ts';

const shipped = new URL('../../data/calendar/', import.meta.url);
/** A synthetic 2027: 元旦 1–3 January, no make-up working day. */
const year2027 = {
  year: 2027,
  sources: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: '（测试）' }],
  holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
  makeUpWorkdays: {},
};

describeEachDatabase('the calendar folder re-read without a restart', (get) => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
  for (const name of ['2025.json', '2026.json']) copyFileSync(new URL(name, shipped), join(dir, name));
  let clock = new Date('2026-12-15T02:00:00Z'); // 15 December in Beijing
  const errors: { obj: object; msg: string }[] = [];
  const calendar = calendarProvider({
    dir,
    logger: { info: () => {}, error: (obj, msg) => void errors.push({ obj, msg }) },
    now: () => clock,
  });
  let app: FastifyInstance;
  let client: StaffClient;
  let applicant = 0;

  beforeAll(async () => {
    await seedDemo(get().db);
    app = await buildApp({ db: get().db, logger: createLogger('silent'), calendar, now: () => clock });
    client = staffClient(app);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Art. 33: the due date of an in-person request received today, and the coverage warning. */
  async function dueDateAndWarning() {
    applicant++;
    const created = await client.send('bss-gongkai', {
      method: 'POST',
      url: `/bodies/${demoBodyId}/requests`,
      payload: {
        applicantType: '自然人',
        applicant: {
          name: `日历${applicant}`,
          idType: '居民身份证',
          idNumber: '11010519491231002X',
          phone: '13812345678',
        },
        description: `白石山镇2026年冬季供暖补贴发放名单（日历 ${applicant}）`,
        deliveryForm: '其他',
        channel: 'in-person',
        receiptDate: '2026-12-15',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    return { dueDate: created.json().dueDate, calendar: health.json().calendar };
  }
  const advance = (ms: number) => {
    clock = new Date(clock.getTime() + ms);
  };

  it('sees 2027.json once the check interval has passed, and keeps it when a file breaks', async () => {
    const before = await dueDateAndWarning();
    expect(before.dueDate).toBeNull();
    expect(before.calendar.years).toEqual([2025, 2026]);
    expect(before.calendar.warning).toContain('尚未导入2027年的工作日历');

    writeFileSync(join(dir, '2027.json'), JSON.stringify(year2027));
    advance(30_000); // within the minute: the folder is not looked at yet
    expect((await dueDateAndWarning()).dueDate).toBeNull();

    advance(31_000); // a minute since the last check
    const after = await dueDateAndWarning();
    // 16–31 December: 12 working days; 1–3 January 元旦; 4–8 and 11–13 January: the 20th is the 13th
    expect(after.dueDate).toBe('2027-01-13');
    expect(after.calendar).toEqual({ years: [2025, 2027], warning: null });
    expect(errors).toEqual([]);

    // a broken 2028.json: the calendar of 2025–2027 stays, the file is named in the error log
    writeFileSync(join(dir, '2028.json'), '{"year": 2028, "holidays": ');
    advance(60_000);
    const broken = await dueDateAndWarning();
    expect(broken).toEqual({ dueDate: '2027-01-13', calendar: { years: [2025, 2027], warning: null } });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.obj).toMatchObject({ calendarFile: join(dir, '2028.json') });
    expect(errors[0]?.msg).toContain('2028.json');
  });
});
