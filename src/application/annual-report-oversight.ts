import type { SqlRunner } from '../storage/database.ts';
import { requestLoadOfBodies } from '../storage/requests.ts';
import { reminderState, reportDueDate, daysUntil, type ReminderState } from '../core/report-compute/index.ts';
import { formatForYear } from '../core/report-format/index.ts';
import { loadReportBody } from './annual-report-compute.ts';
import { summedChildCells } from './annual-report-summary-cells.ts';
import { overdueRequestsOfBodies } from './requests-views.ts';
import type { RequestDeps } from './requests.ts';

export interface ReportReminder {
  bodyId: string;
  bodyName: string;
  kind: string;
  year: number;
  dueOn: string;
  daysLeft: number;
  state: ReminderState;
  /** Latest published version and its checker result, when published. */
  version: number | null;
  errors: number;
  warnings: number;
}

/**
 * The body and every body below it, with the report due date and whether it is published —
 * the console's reminder list and the supervisor's view of each body's check results.
 */
export async function reportReminders(
  db: SqlRunner,
  bodyId: string,
  year: number,
  today: string,
): Promise<ReportReminder[]> {
  const rows = await db.query<{
    bodyId: string;
    bodyName: string;
    kind: string;
    reportDue: string;
    version: number | null;
    errors: number;
    warnings: number;
  }>(
    `with recursive tree (id, depth) as (
       select id, 0 from bodies where id = $1
       union all
       select b.id, t.depth + 1 from bodies b join tree t on b.parent_id = t.id where t.depth < 16
     ), latest as (
       select distinct on (v.body_id) v.body_id, v.version, v.findings
       from report_versions v join tree t on t.id = v.body_id
       where v.year = $2 order by v.body_id, v.version desc
     )
     select b.id as "bodyId", b.name as "bodyName", b.kind, b.report_due as "reportDue", l.version,
       coalesce((select count(*) from jsonb_array_elements(l.findings) f where f ->> 'severity' = 'error'), 0)::int as errors,
       coalesce((select count(*) from jsonb_array_elements(l.findings) f where f ->> 'severity' = 'warning'), 0)::int as warnings
     from tree t join bodies b on b.id = t.id left join latest l on l.body_id = b.id
     order by t.depth, b.name`,
    [bodyId, year],
  );
  return rows.map((r) => {
    const dueOn = reportDueDate(r.kind, r.reportDue, year);
    return {
      bodyId: r.bodyId,
      bodyName: r.bodyName,
      kind: r.kind,
      year,
      dueOn,
      daysLeft: daysUntil(today, dueOn),
      state: reminderState(r.version !== null, today, dueOn),
      version: r.version,
      errors: r.errors,
      warnings: r.warnings,
    };
  });
}

export interface SummaryReport {
  bodyId: string;
  bodyName: string;
  year: number;
  format: string;
  /** Each cell = the sum of the subordinate bodies' published cells (H-SUM). */
  fields: Record<string, number | null>;
  included: Array<{ bodyId: string; bodyName: string; version: number }>;
  /** Subordinate bodies with no published report for the year. */
  notPublished: Array<{ bodyId: string; bodyName: string }>;
}

/** A supervisor's 汇总 over its direct subordinate bodies' latest published versions. */
export async function summaryReport(db: SqlRunner, bodyId: string, year: number): Promise<SummaryReport> {
  const body = await loadReportBody(db, bodyId);
  const children = await db.query<{ bodyId: string; bodyName: string; version: number | null }>(
    `select b.id as "bodyId", b.name as "bodyName",
       (select max(version) from report_versions v where v.body_id = b.id and v.year = $2) as version
     from bodies b where b.parent_id = $1 order by b.name`,
    [bodyId, year],
  );
  return {
    bodyId,
    bodyName: body.name,
    year,
    format: formatForYear(year).id,
    fields: await summedChildCells(db, bodyId, year),
    included: children.flatMap((c) =>
      c.version === null ? [] : [{ bodyId: c.bodyId, bodyName: c.bodyName, version: c.version }],
    ),
    notPublished: children
      .filter((c) => c.version === null)
      .map(({ bodyId: id, bodyName }) => ({ bodyId: id, bodyName })),
  };
}

export interface BodyOversight extends ReportReminder {
  /** Requests received in the report year. */
  received: number;
  /** Requests not yet closed today. */
  open: number;
  /** Open requests past their reply date today (computed from the events, never stored). */
  overdue: number;
}

/**
 * A supervisor's view of the bodies below: each body's report state and its request load as
 * counts only — applicants' data never leaves the handling body (个人信息保护法).
 */
export async function bodiesOversight(
  deps: RequestDeps,
  bodyId: string,
  year: number,
): Promise<BodyOversight[]> {
  const today = deps.today();
  const reminders = await reportReminders(deps.db, bodyId, year, today);
  // The whole subtree in two set-based queries (a province has ~2,000 bodies below), not per body.
  const bodyIds = reminders.map((reminder) => reminder.bodyId);
  const [loads, overdue] = await Promise.all([
    requestLoadOfBodies(deps.db, bodyIds, year),
    overdueRequestsOfBodies(deps, bodyIds, today),
  ]);
  return reminders.map((reminder) => {
    const load = loads.get(reminder.bodyId);
    return {
      ...reminder,
      received: load?.received ?? 0,
      open: load?.open ?? 0,
      overdue: overdue.get(reminder.bodyId)?.length ?? 0,
    };
  });
}
