import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { naturalPersonApplicant } from '../../test/support/applicants.ts';
import { staffActor } from '../../test/support/commands.ts';
import { bodiesOversightPerBody } from '../../test/support/oversight-per-body.ts';
import { bodiesOversight, type BodyOversight } from './annual-report-oversight.ts';
import { officialCalendar } from './items/due-date.ts';
import { handleRequest, submitRequest } from './requests.ts';
import type { RequestDeps } from './requests.ts';
import { overdueRequests, overdueRequestsOfBodies } from './requests-views.ts';

// A province with a city, two counties and a township below it, and a body outside the subtree.
const bodies: Array<[id: string, parent: string | null, name: string, kind: string]> = [
  ['prov', null, '甲省人民政府', 'province'],
  ['city', 'prov', '乙市人民政府', 'city'],
  ['county-a', 'city', '丙县人民政府', 'county'],
  ['county-b', 'city', '丁县人民政府', 'county'],
  ['town', 'county-b', '戊镇人民政府', 'township'],
  ['outside', null, '己省人民政府', 'province'],
];

// Online requests by body and receipt date; Art. 33: those of 2024-09-13 were due 2024-10-17
// (中秋、国庆 skipped), so they are overdue on 2024-10-18; those of 2024-10-10 are not yet due.
const received: Array<[body: string, on: string, withdrawn?: 'withdrawn']> = [
  ['county-a', '2024-09-13'],
  ['county-a', '2024-09-13'],
  ['county-a', '2024-10-10'],
  ['county-a', '2024-09-13', 'withdrawn'],
  ['county-b', '2024-09-13'],
  ['county-b', '2024-10-10', 'withdrawn'],
  ['city', '2023-12-20'], // received the year before, still open and long overdue
  ['city', '2024-10-10'],
  ['town', '2024-09-13'],
  ['town', '2024-09-13'],
  ['town', '2024-09-13'],
  ['outside', '2024-09-13'],
  ['outside', '2024-09-13'],
];

const today = '2024-10-18';

/** Each body's request figures, in the overview's order. */
const figures = (rows: BodyOversight[]) => rows.map((r) => [r.bodyId, r.received, r.open, r.overdue]);

describeEachDatabase('the supervisor’s overview of the bodies below, batched over the subtree', (get) => {
  let deps: RequestDeps;

  beforeAll(async () => {
    const { db } = get();
    for (const [id, parent, name, kind] of bodies) {
      await db.query('insert into bodies (id, parent_id, name, kind) values ($1, $2, $3, $4)', [
        id,
        parent,
        name,
        kind,
      ]);
    }
    for (const [body, on, withdrawn] of received) {
      deps = { db, calendar: officialCalendar(), today: () => on };
      const receipt = await submitRequest(deps, body, {
        applicantType: '自然人',
        applicant: naturalPersonApplicant({ email: 'zhangsan@example.cn' }),
        description: '本机关2024年财政预算执行情况',
        deliveryForm: '电子邮件',
      });
      if (withdrawn) {
        await handleRequest(deps, staffActor(body, 'officer', '李晓梅'), body, receipt.requestId, {
          type: 'withdrawn',
          reason: '申请人电话撤回',
        });
      }
    }
    deps = { db, calendar: officialCalendar(), today: () => today };
  });

  // [body, year, each body's [id, received, open, overdue] in the overview's order]
  it.each<[string, number, Array<[string, number, number, number]>]>([
    [
      'prov',
      2024,
      [
        ['prov', 0, 0, 0],
        ['city', 1, 2, 1],
        ['county-b', 2, 1, 1], // 丁 before 丙: by name within a depth
        ['county-a', 4, 3, 2],
        ['town', 3, 3, 3],
      ],
    ],
    [
      'county-b', // its own subtree only; nothing received in 2023, still open and overdue
      2023,
      [
        ['county-b', 0, 1, 1],
        ['town', 0, 3, 3],
      ],
    ],
  ])('%s (%i): the same figures as the per-body queries, in the same order', async (root, year, expected) => {
    const batched = await bodiesOversight(deps, root, year);
    expect(batched).toEqual(await bodiesOversightPerBody(deps, root, year));
    expect(figures(batched)).toEqual(expected);
  });

  it('lists the same overdue requests per body as overdueRequests, an empty list where none', async () => {
    const ids = bodies.map(([id]) => id);
    const batched = await overdueRequestsOfBodies(deps, ids, today);
    expect([...batched.keys()]).toEqual(ids);
    for (const id of ids) expect(batched.get(id)).toEqual(await overdueRequests(deps, id, today));
    expect(ids.map((id) => batched.get(id)?.length)).toEqual([0, 1, 2, 1, 3, 2]);
  });
});
