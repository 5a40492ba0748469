import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { seedDemo } from './seed-demo.ts';
import { computeReport } from './annual-report-compute.ts';
import { table3CellRequests } from './annual-report-cells.ts';
import { bodiesOversight } from './annual-report-oversight.ts';
import { officialCalendar } from './items/due-date.ts';
import { overdueRequests } from './requests-views.ts';
import { cells, formatForYear } from '../core/report-format/index.ts';

const body = 'jiaohe-baishishan';
const demo = JSON.parse(
  readFileSync(new URL('../../data/demo/requests.json', import.meta.url), 'utf8'),
) as Array<{
  bodyId: string;
  request: { receiptDate: string };
}>;

describeEachDatabase('annual report: the chain behind each 表三 cell, the supervisor’s overview', (get) => {
  beforeAll(async () => {
    await seedDemo(get().db);
  });

  // gov-2021 表三 (国办公开办函〔2021〕30号): every cell, the 总计 column and 办理结果总计 included.
  it('lists, for every 表三 cell of 2025, exactly as many requests as the figure', async () => {
    const report = await computeReport(get().db, body, 2025);
    const table3 = cells(formatForYear(2025)).filter((c) => c.table === 'table3');
    expect(table3.length).toBe(175);
    for (const cell of table3) {
      const requests = await table3CellRequests(get().db, body, 2025, cell.key);
      expect([cell.key, requests.length]).toEqual([cell.key, report.fields[cell.key]]);
    }
    const received = await table3CellRequests(get().db, body, 2025, '本年新收政府信息公开申请数量.总计');
    expect(received.every((r) => r.receiptDate.startsWith('2025-'))).toBe(true);
  });

  it.each([
    ['a key that is not a 表三 cell', 2025, '主动公开.规章', 404, 'REPORT_CELL_UNKNOWN'],
    ['a 2016 report (统计表, no 表三)', 2016, '予以公开.总计', 422, 'REPORT_CELL_CHAIN_UNSUPPORTED'],
  ])('refuses %s', async (_case, year, key, status, code) => {
    await expect(table3CellRequests(get().db, body, year, key)).rejects.toMatchObject({ status, code });
  });

  it('gives the supervisor each body’s load and overdue count, counts only', async () => {
    const today = '2026-02-10';
    const deps = { db: get().db, calendar: officialCalendar(), today: () => today };
    const rows = await bodiesOversight(deps, 'jilin-jiaohe', 2025);
    expect(rows.map((r) => r.bodyId)).toEqual(['jilin-jiaohe', body]);
    const township = rows[1]!;
    const receivedIn2025 = demo.filter((d) => d.bodyId === body && d.request.receiptDate.startsWith('2025-'));
    expect(township.received).toBe(receivedIn2025.length);
    expect(township.overdue).toBe((await overdueRequests(deps, body, today)).length);
    expect(township.state).toBe('overdue'); // not published by 31 January (township due date)
    expect(Object.keys(township)).not.toContain('requests');
  });
});
