import type { SqlRunner } from '../storage/database.ts';
import type { Table3Tally, National2014RequestTally, CatalogueFacts } from '../core/report-compute/index.ts';
import type { Channel } from '../core/request/vocabulary.ts';

// The projection's outcome column holds the 表三 row (gov-2021 keys) already.
const table3Place = `applicant_type as "applicantType",
  receipt_date < make_date($2::int, 1, 1) as "carriedIn",
  case when closed_on <= make_date($2::int, 12, 31) then outcome end as row`;
const inReportYear = `body_id = $1 and receipt_date <= make_date($2::int, 12, 31)
  and (closed_on is null or closed_on >= make_date($2::int, 1, 1))`;

/**
 * 表三 in one aggregate over the request projection (no loop over rows): the groups of
 * classifyRequest — column, 上年结转 or 本年新收, the outcome if closed within the year.
 * The window predicate matches requests_body_receipt_idx.
 */
export async function table3Tallies(db: SqlRunner, bodyId: string, year: number): Promise<Table3Tally[]> {
  return db.query<Table3Tally>(
    `select ${table3Place}, count(*)::int as count
     from requests where ${inReportYear}
     group by 1, 2, 3`,
    [bodyId, year],
  );
}

export interface Table3Request extends Omit<Table3Tally, 'count'> {
  id: string;
  trackingNumber: string;
  receiptDate: string;
  closedOn: string | null;
}

/** The requests 表三 counts for the year, each with its place (the chain behind every cell). */
export async function table3Requests(db: SqlRunner, bodyId: string, year: number): Promise<Table3Request[]> {
  return db.query<Table3Request>(
    `select ${table3Place}, id, tracking_number as "trackingNumber", receipt_date::text as "receiptDate",
       closed_on::text as "closedOn"
     from requests where ${inReportYear}
     order by receipt_date, tracking_number`,
    [bodyId, year],
  );
}

/** The 2014–2018 统计表's request groups: channel, received in the year, closed in the year, extended. */
export async function national2014Tallies(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<National2014RequestTally[]> {
  return db.query<National2014RequestTally>(
    `select channel,
       receipt_date >= make_date($2::int, 1, 1) as "receivedInYear",
       -- the reply type itself (予以公开 splits into items 1 and 2 of the 2014 统计表)
       case when closed_on <= make_date($2::int, 12, 31) then state ->> 'outcome' end as outcome,
       coalesce(jsonb_typeof(state -> 'extension') = 'object', false) as extended,
       count(*)::int as count
     from requests
     where body_id = $1 and receipt_date <= make_date($2::int, 12, 31)
       and (closed_on is null or closed_on >= make_date($2::int, 1, 1))
     group by 1, 2, 3, 4`,
    [bodyId, year],
  );
}

export type { Channel };

/**
 * 规章 and 规范性文件 from the catalogue's published items. The catalogue records a validity but
 * not the day a document was repealed, so 本年废止件数 is not derived here (entered as a figure).
 */
export async function catalogueFacts(db: SqlRunner, bodyId: string, year: number): Promise<CatalogueFacts> {
  const rows = await db.query<{
    kind: string;
    made: number;
    inForce: number;
    publishedInYear: number;
    publishedTotal: number;
  }>(
    `select kind,
       count(*) filter (where extract(year from made_on) = $2::int)::int as made,
       count(*) filter (where validity is distinct from '废止' and made_on <= make_date($2::int, 12, 31))::int as "inForce",
       count(*) filter (where extract(year from published_on) = $2::int)::int as "publishedInYear",
       count(*) filter (where published_on <= make_date($2::int, 12, 31))::int as "publishedTotal"
     from items
     where body_id = $1 and status = 'published' and kind in ('规章', '规范性文件', '行政规范性文件')
     group by kind`,
    [bodyId, year],
  );
  const facts = (kinds: string[]) => {
    const of = rows.filter((r) => kinds.includes(r.kind));
    const sum = (k: 'made' | 'inForce' | 'publishedInYear' | 'publishedTotal') =>
      of.reduce((n, r) => n + r[k], 0);
    return {
      made: sum('made'),
      repealed: null,
      inForce: sum('inForce'),
      publishedInYear: sum('publishedInYear'),
      publishedTotal: sum('publishedTotal'),
    };
  };
  return { regulations: facts(['规章']), normativeDocuments: facts(['规范性文件', '行政规范性文件']) };
}

/** A query of `(key, value)` rows, as a record. */
async function keyedValues(db: SqlRunner, sql: string, params: unknown[]): Promise<Record<string, number>> {
  const rows = await db.query<{ key: string; value: number }>(sql, params);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Items published in the year per channel (Art. 23), for the chart and the 2014 统计表. */
export const itemsByChannel = (db: SqlRunner, bodyId: string, year: number) =>
  keyedValues(
    db,
    `select c as key, count(*)::int as value
     from items, unnest(channels) as c
     where body_id = $1 and status = 'published' and extract(year from published_on) = $2::int
     group by c`,
    [bodyId, year],
  );

export async function publishedItemCounts(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<{ published: number; normativePublished: number; normativeMade: number }> {
  const [row] = await db.query<{ published: number; normativePublished: number; normativeMade: number }>(
    `select count(*) filter (where extract(year from published_on) = $2::int)::int as published,
       count(*) filter (where extract(year from published_on) = $2::int and kind in ('规范性文件', '行政规范性文件'))::int as "normativePublished",
       count(*) filter (where extract(year from made_on) = $2::int and kind in ('规范性文件', '行政规范性文件'))::int as "normativeMade"
     from items where body_id = $1 and status = 'published'`,
    [bodyId, year],
  );
  return row ?? { published: 0, normativePublished: 0, normativeMade: 0 };
}

/** 信息处理费 paid in the year (国办函〔2020〕109号), in 元: the notified amount of each paid fee. */
export async function feesPaidYuan(db: SqlRunner, bodyId: string, year: number): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    `select coalesce(sum((n.payload ->> 'amountYuan')::numeric), 0)::float8 as total
     from request_events p
     join request_events n on n.body_id = p.body_id and n.request_id = p.request_id and n.type = 'fee-notified'
     where p.body_id = $1 and p.type = 'fee-paid' and extract(year from p.occurred_on) = $2::int`,
    [bodyId, year],
  );
  return row?.total ?? 0;
}

/** Received and closed per year, for the year-over-year chart. */
export async function requestHistory(
  db: SqlRunner,
  bodyId: string,
  fromYear: number,
  toYear: number,
): Promise<Array<{ year: number; received: number; closed: number }>> {
  const rows = await db.query<{ year: number; received: number; closed: number }>(
    `select y as year,
       (select count(*) from requests where body_id = $1 and receipt_date between make_date(y, 1, 1) and make_date(y, 12, 31))::int as received,
       (select count(*) from requests where body_id = $1 and closed_on between make_date(y, 1, 1) and make_date(y, 12, 31))::int as closed
     from generate_series($2::int, $3::int) as y order by y`,
    [bodyId, fromYear, toYear],
  );
  return rows;
}

/** The figures staff entered for the year (those the records cannot give), by cell key. */
export const reportFigures = (db: SqlRunner, bodyId: string, year: number) =>
  keyedValues(db, 'select key, value::float8 as value from report_figures where body_id = $1 and year = $2', [
    bodyId,
    year,
  ]);
