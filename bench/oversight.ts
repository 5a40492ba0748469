// The supervisor's 监督检查 overview of a province with 2,000 bodies below on PostgreSQL: the batched
// `bodiesOversight` (set-based queries over the subtree) next to the per-body path it replaced,
// in the same run, against a plain count(*) over the same requests.
import { isDeepStrictEqual } from 'node:util';
import { createTestDatabase } from '../test/support/databases.ts';
import { naturalPersonApplicant } from '../test/support/applicants.ts';
import { bodiesOversightPerBody } from '../test/support/oversight-per-body.ts';
import { bodiesOversight } from '../src/application/annual-report-oversight.ts';
import { officialCalendar } from '../src/application/items/due-date.ts';
import { submitRequest } from '../src/application/requests.ts';
import type { RequestDeps } from '../src/application/requests.ts';
import type { SqlRunner } from '../src/storage/database.ts';
import { median } from './report.ts';
import type { BenchResult } from './run.ts';

const BODIES = 2_000;
const REQUESTS_PER_BODY = 20;
const TODAY = '2026-01-20';

/** The state of one real online request, the template of the seeded ones (only the date varies). */
async function templateState(db: RequestDeps['db']): Promise<string> {
  const deps = { db, calendar: officialCalendar(), today: () => '2025-09-01' };
  const { requestId } = await submitRequest(deps, 'bench-province', {
    applicantType: '自然人',
    applicant: naturalPersonApplicant({ email: 'zhangsan@example.cn' }),
    description: '基准申请',
    deliveryForm: '电子邮件',
  });
  const [row] = await db.query<{ state: unknown }>('select state from requests where id = $1', [requestId]);
  return JSON.stringify(row?.state);
}

/** 2,000 counties below one province, each with requests over 2025-09…12: a third still open. */
async function seedProvince(db: SqlRunner, state: string): Promise<void> {
  await db.query(
    `insert into bodies (id, parent_id, name, kind) select 'c' || g, 'bench-province', '县' || g, 'county'
     from generate_series(1, $1::int) g`,
    [BODIES],
  );
  await db.query(
    `insert into requests (id, body_id, tracking_number, tracking_year, tracking_serial, tracking_code_hash,
       status, applicant_type, channel, description, delivery_form, receipt_date, closed_on, last_seq, state)
     select 'r' || g, 'c' || (1 + g % $1::int), 'GK-2025-' || lpad(g::text, 6, '0'), 2025, g, 'x',
       case when g % 3 = 0 then 'received' else 'withdrawn' end,
       '自然人', 'online', '基准申请', '电子邮件', d, case when g % 3 = 0 then null else d + 5 end, 1,
       jsonb_set($3::jsonb, '{receiptDate}', to_jsonb(d::text))
     from generate_series(1, $1::int * $2::int) g, lateral (select date '2025-09-01' + (g % 122) as d) dd`,
    [BODIES, REQUESTS_PER_BODY, state],
  );
  await db.query('analyze requests');
  await db.query('analyze bodies');
}

export async function run(): Promise<BenchResult> {
  const database = await createTestDatabase('postgres');
  const { db } = database;
  try {
    await db.query(
      `insert into bodies (id, name, kind) values ('bench-province', '基准省人民政府', 'province')`,
    );
    await seedProvince(db, await templateState(db));
    const deps: RequestDeps = { db, calendar: officialCalendar(), today: () => TODAY };
    const batched = await bodiesOversight(deps, 'bench-province', 2025);
    if (!isDeepStrictEqual(batched, await bodiesOversightPerBody(deps, 'bench-province', 2025))) {
      throw new Error('批量与逐机关的监督检查结果不一致');
    }
    const overdue = batched.reduce((sum, body) => sum + body.overdue, 0);
    const perBody = await median(() => bodiesOversightPerBody(deps, 'bench-province', 2025));
    const set = await median(() => bodiesOversight(deps, 'bench-province', 2025));
    const count = await median(() =>
      db.query(
        `select count(*) from requests r join bodies b on b.id = r.body_id
         where b.parent_id = 'bench-province' or b.id = 'bench-province'`,
      ),
    );
    return {
      name: `监督检查总览（${BODIES}个下级机关，PostgreSQL）`,
      figure: Math.round(set),
      unit: 'ms',
      baseline: Math.round(count),
      baselineUnit: 'ms（同范围 count(*)）',
      note: `逐机关查询（改前）${Math.round(perBody)} ms；共${BODIES * REQUESTS_PER_BODY + 1}件申请，其中${overdue}件逾期`,
    };
  } finally {
    await database.drop();
  }
}
