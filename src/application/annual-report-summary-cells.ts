import type { SqlRunner } from '../storage/database.ts';
import { sumFields } from '../core/report-compute/index.ts';

type Cells = Record<string, number | null>;

/**
 * The latest published version of each direct subordinate body for the year, ranked by body id:
 * the order sumFields added the children in, which fixes the order of the 汇总's keys.
 */
const latestOfChildren = `latest as (
    select distinct on (v.body_id) v.body_id, v.version
    from report_versions v join bodies b on b.id = v.body_id
    where b.parent_id = $1 and v.year = $2 order by v.body_id, v.version desc
  ), ranked as (
    select body_id, version, row_number() over (order by body_id) as rank from latest
  )`;

/** Joined after ranking, so no sort carries a document. */
const childFields = `ranked r join report_versions v
  on v.body_id = r.body_id and v.year = $2 and v.version = r.version`;

/**
 * Each cell summed in SQL, so 2,000 documents are not shipped to Node and parsed. The exact
 * decimal sum rounded once equals sumFields' running rounding whenever every figure has at most
 * the 4 stored places (a numeric sum's scale is its widest figure's) and the partial sums stay far
 * below 2^53 / 10^4; a cell that breaks either is flagged and summed by sumFields itself. Fields
 * hold numbers or null only (ReportDocument), so the cast cannot meet text. Keys come in the
 * order sumFields met them: the first child holding the key, then jsonb's own (length, bytes).
 */
const cellTotals = `with ${latestOfChildren}
  select e.key, sum(e.value::numeric)::text as total,
    coalesce(scale(sum(e.value::numeric)) <= 4 and sum(abs(e.value::numeric)) < 1e11, true) as exact
  from ${childFields} cross join lateral jsonb_each_text(v.document -> 'fields') e
  group by e.key
  order by min(r.rank), octet_length(e.key), e.key collate "C"`;

/** The flagged cells' figures, child by child in the order sumFields adds them. */
const flaggedCells = `with ${latestOfChildren}
  select r.rank, jsonb_object_agg(e.key, e.value) as fields
  from ${childFields} cross join lateral jsonb_each(v.document -> 'fields') e
  where e.key = any($3::text[]) group by r.rank order by r.rank`;

/**
 * H-SUM: each cell of a supervisor's 汇总 is the sum of its direct subordinate bodies' same cell in
 * their latest published version (a cell blank in every child stays blank) — sumFields' result,
 * computed over the set in one query.
 */
export async function summedChildCells(db: SqlRunner, bodyId: string, year: number): Promise<Cells> {
  const totals = await db.query<{ key: string; total: string | null; exact: boolean }>(cellTotals, [
    bodyId,
    year,
  ]);
  const fields: Cells = {};
  for (const { key, total } of totals) {
    fields[key] = total === null ? null : Math.round(Number(total) * 10_000) / 10_000;
  }
  const flagged = totals.filter((t) => !t.exact).map((t) => t.key);
  if (flagged.length === 0) return fields;
  const children = await db.query<{ fields: Cells }>(flaggedCells, [bodyId, year, flagged]);
  // Assigning onto keys already present keeps the order found above.
  return Object.assign(fields, sumFields(children.map((c) => c.fields)));
}
