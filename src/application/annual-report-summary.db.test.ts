import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/support/databases.ts';
import { sumFields } from '../core/report-compute/index.ts';
import { summaryReport } from './annual-report-oversight.ts';

type Cells = Record<string, number | null>;

// A province with four cities and one county below the first city. Keys stand for cells; what
// matters is how each is summed (H-SUM, docs: /work/shared/domain/checks.md).
const bodies: Array<[id: string, parent: string | null, name: string]> = [
  ['p', null, '某省人民政府'],
  ['city-a', 'p', '甲市人民政府'],
  ['city-b', 'p', '乙市人民政府'],
  ['city-c', 'p', '丙市人民政府'],
  ['city-d', 'p', '丁市人民政府'],
  ['county-a1', 'city-a', '甲市某县人民政府'],
];

const versions: Array<[body: string, year: number, version: number, fields: Cells]> = [
  ['city-a', 2025, 1, { 收到申请: 100, 收费金额: 9 }],
  // The correction replaces version 1 in the 汇总.
  [
    'city-a',
    2025,
    2,
    { 收到申请: 3, 收费金额: 1.2345, 空白: null, 部分空白: null, 极小: 0.00004, 巨额: 6e11 },
  ],
  [
    'city-b',
    2025,
    1,
    { 收到申请: 4, 收费金额: 2.0001, 空白: null, 部分空白: 5, 极小: 0.00004, 巨额: 1, 仅乙: 2 },
  ],
  // Another year's report does not count for 2025: 丁市 is still missing.
  ['city-d', 2024, 1, { 收到申请: 50 }],
  // A grandchild is 甲市's to sum, not the province's.
  ['county-a1', 2025, 1, { 收到申请: 70 }],
];

describeEachDatabase('annual report: a supervisor’s 汇总 over its direct subordinate bodies', (get) => {
  beforeAll(async () => {
    const { db } = get();
    for (const [id, parent, name] of bodies) {
      await db.query('insert into bodies (id, parent_id, name, kind) values ($1, $2, $3, $4)', [
        id,
        parent,
        name,
        parent === null ? 'province' : 'city',
      ]);
    }
    for (const [body, year, version, fields] of versions) {
      await db.query(
        `insert into report_versions (body_id, year, version, format, agency, document, correction_reason,
           published_on, published_by)
         values ($1, $2, $3, 'gov-2021', $1, $4::jsonb, case when $3::int > 1 then '更正' end, date '2026-01-20', 'test')`,
        [body, year, version, JSON.stringify({ year, format: 'gov-2021', fields })],
      );
    }
  });

  it('sums each cell over the latest published versions of the direct subordinates', async () => {
    const summary = await summaryReport(get().db, 'p', 2025);
    expect(summary.fields).toMatchObject({
      收到申请: 7,
      收费金额: 3.2346,
      空白: null,
      部分空白: 5,
      仅乙: 2,
      // Each step is rounded to the 4 stored places, as sumFields always did: 0.00004 twice is 0.
      极小: 0,
      巨额: 600_000_000_001,
    });
  });

  it('gives exactly what sumFields gives over the children’s stored cells, in the same key order', async () => {
    const { db } = get();
    const stored = await db.query<{ fields: Cells }>(
      `select distinct on (v.body_id) v.document -> 'fields' as fields
       from report_versions v join bodies b on b.id = v.body_id
       where b.parent_id = 'p' and v.year = 2025 order by v.body_id, v.version desc`,
    );
    const summary = await summaryReport(db, 'p', 2025);
    expect(Object.entries(summary.fields)).toEqual(Object.entries(sumFields(stored.map((s) => s.fields))));
  });

  it('names the subordinates included and those with no published report for the year', async () => {
    const summary = await summaryReport(get().db, 'p', 2025);
    // Listed by name: the order depends on the engine's collation, the members do not.
    const byId = (a: { bodyId: string }, b: { bodyId: string }) => a.bodyId.localeCompare(b.bodyId);
    expect([...summary.included].sort(byId)).toEqual([
      { bodyId: 'city-a', bodyName: '甲市人民政府', version: 2 },
      { bodyId: 'city-b', bodyName: '乙市人民政府', version: 1 },
    ]);
    expect(summary.notPublished.map((b) => b.bodyId).sort()).toEqual(['city-c', 'city-d']);
  });

  it('sums nothing for a body whose subordinates published nothing', async () => {
    const summary = await summaryReport(get().db, 'city-c', 2025);
    expect(summary).toMatchObject({ fields: {}, included: [], notPublished: [] });
  });
});
