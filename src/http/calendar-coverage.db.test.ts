// The calendar warning beyond the CLI (core/calendar/coverage.ts: from 1 November, next year's
// holiday notice not imported): /healthz reports it without failing (status 200), and
// GET /api/v1/calendar/coverage tells any signed-in staff member, for the console's 今日待办.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { staffClient } from '../../test/security/staff-client.ts';
import { buildApp } from './app.ts';
import { createLogger } from '../runtime/logger.ts';
import { seedDemo } from '../application/seed-demo.ts';

const shipped = new URL('../../data/calendar/', import.meta.url);
/** A calendar directory of 2025 and 2026 as shipped, and a 2027 (its 元旦) when asked. */
function calendarDir(with2027: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
  for (const name of ['2025.json', '2026.json']) copyFileSync(new URL(name, shipped), join(dir, name));
  if (with2027) {
    const year2027 = {
      year: 2027,
      sources: [{ title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: '（测试）' }],
      holidays: { '2027-01-01': '元旦', '2027-01-02': '元旦', '2027-01-03': '元旦' },
      makeUpWorkdays: {},
    };
    writeFileSync(join(dir, '2027.json'), JSON.stringify(year2027));
  }
  return dir;
}

describeEachDatabase('calendar coverage: /healthz and /api/v1/calendar/coverage', (get) => {
  const dirs = { without2027: calendarDir(false), with2027: calendarDir(true) };
  const apps: FastifyInstance[] = [];
  /** An app on the calendar directory, its clock at `instant`. */
  async function appOn(dir: string, instant: string) {
    const app = await buildApp({
      db: get().db,
      logger: createLogger('silent'),
      calendarDir: dir,
      now: () => new Date(instant),
    });
    apps.push(app);
    return app;
  }

  beforeAll(async () => {
    await seedDemo(get().db);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    for (const dir of Object.values(dirs)) rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    // [calendar, clock (UTC), years, warning fragment or null] — coverage.ts: from 1 November (Beijing)
    ['without 2027', 'without2027', '2026-10-31T15:59:00Z', [2025, 2026], null],
    ['without 2027', 'without2027', '2026-10-31T16:00:00Z', [2025, 2026], '尚未导入2027年的工作日历'],
    ['without 2027', 'without2027', '2026-11-28T02:00:00Z', [2025, 2026], '尚未导入2027年的工作日历'],
    ['with 2027', 'with2027', '2026-11-28T02:00:00Z', [2025, 2027], null],
  ] as const)('%s at %s: /healthz 200 with the calendar field', async (_l, dir, instant, years, fragment) => {
    const app = await appOn(dirs[dir], instant);
    const health = await app.inject({ url: '/healthz' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', calendar: { years } });
    const { warning } = health.json().calendar;
    if (fragment === null) expect(warning).toBeNull();
    else expect(warning).toContain(fragment);
  });

  it.each([
    ['without 2027', 'without2027', '尚未导入2027年的工作日历'],
    ['with 2027', 'with2027', null],
  ] as const)('%s: any signed-in staff member gets the warning; anonymous 401', async (_l, dir, fragment) => {
    const app = await appOn(dirs[dir], '2026-11-28T02:00:00Z');
    const client = staffClient(app);
    expect((await app.inject({ url: '/api/v1/calendar/coverage' })).statusCode).toBe(401);
    // an officer of 白石山镇, and the supervisor of 蛟河市 above it: the same answer for either body
    for (const username of ['bss-gongkai', 'jh-supervisor']) {
      const session = await client.session(username);
      const response = await app.inject({
        url: '/api/v1/calendar/coverage',
        headers: { cookie: session.cookie },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toContain('no-store');
      const body = response.json();
      expect(body.years).toEqual(fragment ? [2025, 2026] : [2025, 2027]);
      if (fragment === null) expect(body.warning).toBeNull();
      else expect(body.warning).toContain(fragment);
    }
  });
});
