// 表三 for one body with 1,000,000 requests on PostgreSQL (one aggregate over the projection) next to
// a plain count(*) over the same rows; and a province 汇总 over 2,000 bodies' published reports.
import { performance } from 'node:perf_hooks';
import { createTestDatabase } from '../test/support/databases.ts';
import { table3Tallies } from '../src/application/annual-report-queries.ts';
import { summaryReport } from '../src/application/annual-report-oversight.ts';
import { table3Fields } from '../src/core/report-compute/index.ts';
import { cellKeys, formats } from '../src/core/report-format/index.ts';
import type { SqlRunner } from '../src/storage/database.ts';
import type { BenchResult } from './run.ts';

const REQUESTS = 1_000_000;
const BODIES = 2_000;
const ROUNDS = 5;

export async function median(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!;
}

/** Requests over 2024–2025 in every column and 表三 row; a tenth still open. */
async function seedRequests(db: SqlRunner): Promise<void> {
  await db.query(`insert into bodies (id, name, kind) values ('bench-county', '基准县人民政府', 'county')`);
  await db.query(
    `insert into requests (id, body_id, tracking_number, tracking_year, tracking_serial, tracking_code_hash,
       status, outcome, applicant_type, channel, description, delivery_form, receipt_date, closed_on, last_seq, state)
     select 'r' || g, 'bench-county', 'GK-' || g, 2025, g, 'x',
       case when g % 10 = 0 then 'in-progress' else 'delivered' end,
       case when g % 10 = 0 then null else (array['予以公开','部分公开','不予公开.属于国家秘密','无法提供.本机关不掌握相关政府信息',
         '不予处理.重复申请','其他处理.其他'])[1 + g % 6] end,
       (array['自然人','商业企业','科研机构','社会公益组织','法律服务机构','其他'])[1 + g % 6],
       'online', '基准申请', '电子邮件', d, case when g % 10 = 0 then null else d + (g % 40) end, 2, '{}'::jsonb
     from generate_series(1, $1::int) g, lateral (select date '2024-01-01' + (g % 730) as d) dd`,
    [REQUESTS],
  );
  await db.query('analyze requests');
}

async function seedProvince(db: SqlRunner): Promise<void> {
  const fields = Object.fromEntries(cellKeys(formats['gov-2021']).map((k, i) => [k, i % 7]));
  const document = JSON.stringify({ agency: '县', year: 2025, format: 'gov-2021', fields });
  await db.query(
    `insert into bodies (id, name, kind) values ('bench-province', '基准省人民政府', 'province')`,
  );
  await db.query(
    `insert into bodies (id, parent_id, name, kind) select 'c' || g, 'bench-province', '县' || g, 'county'
     from generate_series(1, $1::int) g`,
    [BODIES],
  );
  await db.query(
    `insert into report_versions (body_id, year, version, format, agency, document, published_on, published_by)
     select 'c' || g, 2025, 1, 'gov-2021', '县' || g, $2::jsonb, date '2026-01-20', 'bench'
     from generate_series(1, $1::int) g where g % 10 <> 0`,
    [BODIES, document],
  );
  await db.query('analyze report_versions');
}

export async function run(): Promise<BenchResult> {
  const database = await createTestDatabase('postgres');
  const { db } = database;
  try {
    await seedRequests(db);
    await seedProvince(db);
    const table3 = await median(async () =>
      table3Fields('gov-2021', await table3Tallies(db, 'bench-county', 2025)),
    );
    const count = await median(() =>
      db.query(
        `select count(*) from requests where body_id = 'bench-county' and receipt_date <= date '2025-12-31'
         and (closed_on is null or closed_on >= date '2025-01-01')`,
      ),
    );
    const summary = await median(() => summaryReport(db, 'bench-province', 2025));
    const versions = await median(() =>
      db.query(
        `select count(*) from report_versions v join bodies b on b.id = v.body_id where b.parent_id = 'bench-province'`,
      ),
    );
    return {
      name: '年报表三计算（100万件申请，PostgreSQL）',
      figure: Math.round(table3),
      unit: 'ms',
      baseline: Math.round(count),
      baselineUnit: 'ms（同范围 count(*)）',
      note: `省级汇总（${BODIES}个下级机关，其中${BODIES - BODIES / 10}个已发布）${Math.round(summary)} ms；同范围 count(*) ${Math.round(versions)} ms`,
    };
  } finally {
    await database.drop();
  }
}
