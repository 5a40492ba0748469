import { z } from 'zod';
import { Problem } from '../http/errors.ts';
import type { Database, SqlRunner } from '../storage/database.ts';
import { cells, formatForYear, type ReportData } from '../core/report-format/index.ts';
import { checkReport, type Finding } from '../core/checks/index.ts';
import type { ComputedReport } from '../core/report-compute/index.ts';
import type { ReportProse } from '../core/report-prose/index.ts';
import { reportData, type ReportDocument } from '../render/report/index.ts';
import { parseReportText } from '../report-parser/index.ts';
import { auditedChange, type AuditEntry } from './audit.ts';
import { buildReportDocument, computeReport, loadReportBody } from './annual-report-compute.ts';

type AuditActor = AuditEntry['actor'];

export interface ReportDraft {
  computed: ComputedReport;
  document: ReportDocument;
  findings: Finding[];
  /** True when the prose was edited and saved; false = the generated draft. */
  proseEdited: boolean;
  versions: VersionSummary[];
}

export interface VersionSummary {
  version: number;
  publishedOn: string;
  publishedBy: string;
  correctionReason: string | null;
  overrideReason: string | null;
  errors: number;
}

async function savedProse(db: SqlRunner, bodyId: string, year: number): Promise<ReportProse | null> {
  const [row] = await db.query<{ prose: ReportProse | null }>(
    'select prose from annual_reports where body_id = $1 and year = $2',
    [bodyId, year],
  );
  return row?.prose ?? null;
}

/** The last published version of the year before, for T3-CARRY and T2-STOCK. */
async function previousReportData(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<ReportData | undefined> {
  const previous = await loadVersion(db, bodyId, year - 1);
  return previous ? reportData(previous) : undefined;
}

/** Runs the one checker on the report as it would be published (tables and final prose). */
export async function checkDocument(
  db: SqlRunner,
  bodyId: string,
  document: ReportDocument,
): Promise<Finding[]> {
  const body = await loadReportBody(db, bodyId);
  const previous = await previousReportData(db, bodyId, document.year);
  const data = reportData(document);
  // Edited prose carries no generated figures: the parser reads the figures it states, as it would
  // read any published report, so N-TABLE checks what the officer wrote.
  if (document.prose.overview.every((p) => p.figures.length === 0)) {
    data.narrative = parseReportText(data.text, 'report.txt').narrative;
  }
  return checkReport(data, {
    ...(previous ? { previous } : {}),
    bodyKind: body.kind === 'department' ? 'department' : 'government',
  });
}

/** Computes the year's report from live data with the current prose, and checks it. */
export async function draftReport(db: SqlRunner, bodyId: string, year: number): Promise<ReportDraft> {
  const computed = await computeReport(db, bodyId, year);
  const prose = await savedProse(db, bodyId, year);
  const document = await buildReportDocument(db, computed, bodyId, prose);
  return {
    computed,
    document,
    findings: await checkDocument(db, bodyId, document),
    proseEdited: prose !== null,
    versions: await listVersions(db, bodyId, year),
  };
}

const paragraphSchema = z.object({
  heading: z.string().max(100, { error: '段落标题不超过100字' }),
  text: z
    .string()
    .trim()
    .min(1, { error: '段落内容不能为空' })
    .max(20_000, { error: '段落内容不超过20000字' }),
});
export const proseSchema = z
  .object({
    overview: z.array(paragraphSchema).min(1, { error: '“总体情况”至少一段' }).max(20),
    problems: z.string().trim().min(1, { error: '请填写“存在的主要问题及改进情况”' }).max(20_000),
    otherMatters: z
      .string()
      .trim()
      .min(1, { error: '请填写“其他需要报告的事项”（没有可写“无”）' })
      .max(20_000),
  })
  .strict();

function invalid(error: z.ZodError): Problem {
  const issue = error.issues[0];
  return new Problem(
    422,
    'REPORT_PROSE_INVALID',
    issue?.message ?? '报告正文格式不正确',
    issue?.path.join('.'),
  );
}

/** Saves edited prose; figures stated in edited paragraphs are checked against the tables (N-TABLE). */
export async function saveProse(
  db: Database,
  actor: AuditActor,
  bodyId: string,
  year: number,
  input: unknown,
): Promise<void> {
  const parsed = proseSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error);
  await loadReportBody(db, bodyId);
  // Paragraph figures are re-derived by the checker from the text; stored prose keeps none.
  const prose: ReportProse = {
    overview: parsed.data.overview.map((p) => ({ ...p, figures: [] })),
    problems: parsed.data.problems,
    otherMatters: parsed.data.otherMatters,
  };
  await db.transaction(async (tx) => {
    const before = await savedProse(tx, bodyId, year);
    await tx.query(
      `insert into annual_reports (body_id, year, prose, updated_by) values ($1, $2, $3::jsonb, $4)
       on conflict (body_id, year) do update set prose = excluded.prose, updated_by = excluded.updated_by, updated_at = now()`,
      [bodyId, year, JSON.stringify(prose), actor.name],
    );
    const subject = { bodyId, entity: 'annual_report', entityId: `${bodyId}/${year}` };
    await auditedChange(tx, actor, 'annual-report.prose-saved', subject, { before, after: prose });
  });
}

/** Cells computed from records: an entered figure may not replace them (nothing counted is overridden). */
const COUNTED =
  /^(本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|办理结果总计|结转下年度|行政复议|行政诉讼|收到申请数|申请办结数|申请答复数)/;

/** Enters a figure no record holds (表二 decisions, 收费 …); null clears it. */
export async function setFigure(
  db: Database,
  actor: AuditActor,
  bodyId: string,
  year: number,
  key: string,
  value: number | null,
  note?: string,
): Promise<void> {
  const cell = cells(formatForYear(year)).find((c) => c.key === key);
  if (!cell)
    throw new Problem(422, 'REPORT_FIGURE_UNKNOWN', `${year}年度报告格式中没有“${key}”这一项`, 'key');
  if (COUNTED.test(key)) {
    throw new Problem(
      422,
      'REPORT_FIGURE_COUNTED',
      `“${key}”由申请和复议诉讼记录自动统计，不能手工填报`,
      'key',
    );
  }
  const decimal = cell.column?.decimal ?? cell.row.decimal ?? false;
  const signed = cell.column?.signed ?? false;
  if (value !== null) {
    if (!Number.isFinite(value) || (!decimal && !Number.isInteger(value)) || (!signed && value < 0)) {
      throw new Problem(
        422,
        'REPORT_FIGURE_INVALID',
        `“${key}”须为${signed ? '' : '非负'}${decimal ? '数字' : '整数'}`,
        'value',
      );
    }
  }
  await loadReportBody(db, bodyId);
  await db.transaction(async (tx) => {
    if (value === null) {
      await tx.query('delete from report_figures where body_id = $1 and year = $2 and key = $3', [
        bodyId,
        year,
        key,
      ]);
    } else {
      await tx.query(
        `insert into report_figures (body_id, year, key, value, note, updated_by) values ($1, $2, $3, $4, $5, $6)
         on conflict (body_id, year, key) do update set value = excluded.value, note = excluded.note,
           updated_by = excluded.updated_by, updated_at = now()`,
        [bodyId, year, key, value, note ?? null, actor.name],
      );
    }
    const subject = { bodyId, entity: 'report_figure', entityId: `${bodyId}/${year}/${key}` };
    await auditedChange(tx, actor, 'annual-report.figure-set', subject, { after: { value, note } });
  });
}

export interface PublishOptions {
  publishedOn: string;
  /** Publishing although the checker found errors: the written reason, kept with the version. */
  overrideReason?: string | undefined;
  /** Required for every version after the first: what the correction changes and why. */
  correctionReason?: string | undefined;
}

/**
 * Freezes the report as a new version. The checker runs first; any `error` blocks publication
 * unless a written reason is given (audited). A published version is never edited: a correction
 * is the next version with its reason.
 */
export async function publishReport(
  db: Database,
  actor: AuditActor,
  bodyId: string,
  year: number,
  options: PublishOptions,
): Promise<{ version: number; findings: Finding[] }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.publishedOn) || Number.isNaN(Date.parse(options.publishedOn))) {
    throw new Problem(
      422,
      'REPORT_PUBLISHED_ON_INVALID',
      '发布日期须为YYYY-MM-DD格式的有效日期',
      'publishedOn',
    );
  }
  if (options.publishedOn <= `${year}-12-31`) {
    throw new Problem(
      422,
      'REPORT_PUBLISHED_ON_INVALID',
      `${year}年度报告须在${year}年结束后发布（条例第四十九条）`,
      'publishedOn',
    );
  }
  const draft = await draftReport(db, bodyId, year);
  const errors = draft.findings.filter((f) => f.severity === 'error');
  const override = options.overrideReason?.trim();
  if (errors.length > 0 && !override) {
    throw new Problem(
      409,
      'REPORT_CHECK_FAILED',
      `报告有${errors.length}处错误，须改正或填写坚持发布的书面理由后才能发布：${errors.map((e) => `${e.message}（${e.code}）`).join('；')}`,
      'overrideReason',
    );
  }
  const correction = options.correctionReason?.trim();
  return db.transaction(async (tx) => {
    // Serialises two publishers of the same report: the version number is taken under the lock.
    await tx.query('select 1 from bodies where id = $1 for update', [bodyId]);
    const [last] = await tx.query<{ v: number | null }>(
      'select max(version) as v from report_versions where body_id = $1 and year = $2',
      [bodyId, year],
    );
    const version = (last?.v ?? 0) + 1;
    if (version > 1 && !correction) {
      throw new Problem(
        409,
        'REPORT_CORRECTION_REASON_REQUIRED',
        `${year}年度报告已发布第${version - 1}版；发布更正版须写明更正原因`,
        'correctionReason',
      );
    }
    const document: ReportDocument = {
      ...draft.document,
      version: {
        number: version,
        publishedOn: options.publishedOn,
        correctionReason: version > 1 ? correction : null,
      },
    };
    await tx.query(
      `insert into report_versions (body_id, year, version, format, agency, document, findings, override_reason,
         correction_reason, published_on, published_by)
       values ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10::date, $11)`,
      [
        bodyId,
        year,
        version,
        document.format,
        document.agency,
        JSON.stringify(document),
        JSON.stringify(draft.findings),
        errors.length > 0 ? override : null,
        version > 1 ? correction : null,
        options.publishedOn,
        actor.name,
      ],
    );
    const subject = { bodyId, entity: 'report_version', entityId: `${bodyId}/${year}/${version}` };
    const action = errors.length > 0 ? 'annual-report.published-over-errors' : 'annual-report.published';
    await auditedChange(tx, actor, action, subject, {
      after: {
        version,
        errors: errors.map((e) => e.code),
        overrideReason: errors.length > 0 ? override : null,
        correctionReason: correction ?? null,
      },
    });
    return { version, findings: draft.findings };
  });
}

export async function listVersions(db: SqlRunner, bodyId: string, year: number): Promise<VersionSummary[]> {
  return db.query<VersionSummary>(
    `select version, published_on::text as "publishedOn", published_by as "publishedBy",
       correction_reason as "correctionReason", override_reason as "overrideReason",
       (select count(*) from jsonb_array_elements(findings) f where f ->> 'severity' = 'error')::int as errors
     from report_versions where body_id = $1 and year = $2 order by version`,
    [bodyId, year],
  );
}

/** A published version as frozen (the latest when `version` is omitted); undefined if none. */
export async function loadVersion(
  db: SqlRunner,
  bodyId: string,
  year: number,
  version?: number,
): Promise<ReportDocument | undefined> {
  const [row] = await db.query<{ document: ReportDocument }>(
    `select document from report_versions where body_id = $1 and year = $2 ${version ? 'and version = $3' : ''}
     order by version desc limit 1`,
    version ? [bodyId, year, version] : [bodyId, year],
  );
  return row?.document;
}
