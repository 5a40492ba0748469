import { Problem } from '../http/errors.ts';
import type { SqlRunner } from '../storage/database.ts';
import { appealCounts, complaintCount } from '../storage/appeals.ts';
import { loadActivities } from '../storage/activities.ts';
import { activityReportFigures } from './activities.ts';
import { formatForYear } from '../core/report-format/index.ts';
import {
  national2014Fields,
  table2Fields,
  table3Fields,
  UnknownTallyError,
  type ComputedReport,
} from '../core/report-compute/index.ts';
import { draftProse, type ReportProse } from '../core/report-prose/index.ts';
import type { ReportDocument } from '../render/report/index.ts';
import {
  catalogueFacts,
  feesPaidYuan,
  itemsByChannel,
  national2014Tallies,
  publishedItemCounts,
  reportFigures,
  requestHistory,
  table3Tallies,
} from './annual-report-queries.ts';

export interface ReportBody {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  reportDue: string;
}

export async function loadReportBody(db: SqlRunner, bodyId: string): Promise<ReportBody> {
  const [body] = await db.query<ReportBody>(
    `select id, name, kind, parent_id as "parentId", report_due as "reportDue" from bodies where id = $1`,
    [bodyId],
  );
  if (!body) throw new Problem(404, 'REPORT_BODY_NOT_FOUND', `找不到机关“${bodyId}”`, 'body');
  return body;
}

/** The years a report can be generated for: the national formats (2014 on); 2008–2013 were local. */
export function checkReportYear(year: number, thisYear: number): void {
  if (!Number.isInteger(year) || year < 2014 || year > thisYear) {
    throw new Problem(
      422,
      'REPORT_YEAR_INVALID',
      `年度须为2014年至${thisYear}年之间的整数（2008—2013年为各地自定格式，不能生成）`,
      'year',
    );
  }
}

/** Item channels (items/vocabulary.ts) → the 统计表's 公开渠道 rows. */
const CHANNEL_KEYS: Record<string, string> = {
  网站: '公开渠道.政府网站',
  公报: '公开渠道.政府公报',
  微博: '公开渠道.政务微博',
  微信: '公开渠道.政务微信',
};

async function national2014Report(
  db: SqlRunner,
  body: ReportBody,
  year: number,
  figures: Record<string, number>,
) {
  const [requests, appeals, complaints, activities, items, channels] = await Promise.all([
    national2014Tallies(db, body.id, year),
    appealCounts(db, body.id, year),
    complaintCount(db, body.id, year),
    loadActivities(db, body.id, year),
    publishedItemCounts(db, body.id, year),
    itemsByChannel(db, body.id, year),
  ]);
  const counted: Record<string, number> = {
    主动公开政府信息数: items.published,
    '主动公开政府信息数.主动公开规范性文件数': items.normativePublished,
    制发规范性文件总数: items.normativeMade,
    举报投诉数量: complaints,
  };
  for (const [channel, n] of Object.entries(channels)) {
    const key = CHANNEL_KEYS[channel] ?? '公开渠道.其他方式';
    counted[key] = (counted[key] ?? 0) + n;
  }
  // sections 二、八、九 come from the activities return
  if (activities) Object.assign(counted, activityReportFigures(activities));
  return national2014Fields({ requests, appeals, figures: { ...counted, ...figures } });
}

async function govReport(
  db: SqlRunner,
  body: ReportBody,
  year: number,
  format: 'gov-2019' | 'gov-2021',
  figures: Record<string, number>,
) {
  const [tallies, facts, appeals] = await Promise.all([
    table3Tallies(db, body.id, year),
    catalogueFacts(db, body.id, year),
    appealCounts(db, body.id, year),
  ]);
  const table2 = table2Fields(format, facts, figures);
  return { fields: { ...table2.fields, ...table3Fields(format, tallies), ...appeals }, notes: table2.notes };
}

/** Every figure of a body's report for a year, from the records (deterministic: same data, same numbers). */
export async function computeReport(db: SqlRunner, bodyId: string, year: number): Promise<ComputedReport> {
  const body = await loadReportBody(db, bodyId);
  const format = formatForYear(year).id;
  const figures = await reportFigures(db, bodyId, year);
  try {
    const table =
      format === 'national-2014'
        ? await national2014Report(db, body, year, figures)
        : format === 'gov-2019' || format === 'gov-2021'
          ? await govReport(db, body, year, format, figures)
          : null;
    if (!table)
      throw new Problem(422, 'REPORT_FORMAT_UNSUPPORTED', `${year}年度没有全国统一格式，不能生成`, 'year');
    return { format, year, agency: body.name, fields: table.fields, notes: table.notes };
  } catch (error) {
    if (error instanceof UnknownTallyError) throw new Problem(422, error.code, error.message);
    throw error;
  }
}

/** The document to render: figures, the saved (or generated) prose, and the charts' data. */
export async function buildReportDocument(
  db: SqlRunner,
  computed: ComputedReport,
  bodyId: string,
  savedProse: ReportProse | null,
): Promise<ReportDocument> {
  const [feeYuan, channels, history] = await Promise.all([
    feesPaidYuan(db, bodyId, computed.year),
    itemsByChannel(db, bodyId, computed.year),
    requestHistory(db, bodyId, computed.year - 4, computed.year),
  ]);
  return {
    agency: computed.agency,
    year: computed.year,
    format: computed.format,
    fields: computed.fields,
    prose: savedProse ?? draftProse(computed, { feeYuan }),
    itemsByChannel: channels,
    history,
  };
}
