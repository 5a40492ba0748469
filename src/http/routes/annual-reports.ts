import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { Problem } from '../errors.ts';
import { applicantType, isoDate, isoDateOrNull, textOrNull } from '../fields.ts';
import { authorize } from '../../application/auth/authorize.ts';
import type { Actor } from '../../application/auth/roles.ts';
import {
  draftReport,
  listVersions,
  loadVersion,
  proseSchema,
  publishReport,
  saveProse,
  setFigure,
} from '../../application/annual-report.ts';
import {
  bodiesOversight,
  reportReminders,
  summaryReport,
} from '../../application/annual-report-oversight.ts';
import { table3CellRequests } from '../../application/annual-report-cells.ts';
import { appToday } from '../request-deps.ts';
import { portalPage } from '../../web/portal/layout.ts';
import {
  reportBodyHtml,
  reportDocx,
  reportHtmlDocument,
  reportJson,
  reportTitle,
  reportXlsx,
  tableGrids,
} from '../../render/report/index.ts';

const params = z.object({
  bodyId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2014).max(2100),
});
const versionParams = params.extend({ version: z.coerce.number().int().min(1).max(1000) });
const anything = z.unknown();
export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  keys: z.array(z.string()),
  values: z.array(z.union([z.number(), z.string(), z.null()])),
  evidence: z.string(),
});
const versionSchema = z.object({
  version: z.number().int(),
  publishedOn: isoDate,
  publishedBy: z.string(),
  correctionReason: textOrNull,
  overrideReason: textOrNull,
  errors: z.number().int(),
});
const downloadTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
} as const;

/** 年报: compute, edit, check and publish for staff; published versions for everyone. */
export async function annualReportRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const base = '/bodies/:bodyId/annual-reports/:year';

  apiRoute(app, {
    method: 'GET',
    path: base,
    summary: '按实时数据计算年度报告（表格、正文草稿、图表数据）并运行检查',
    tags: ['年度报告'],
    params,
    response: z.object({
      format: z.string(),
      notes: z.array(z.string()),
      document: anything,
      grids: anything.meta({ description: '各表按官方样式排版（合并单元格、每格的规范键）' }),
      findings: z.array(findingSchema),
      proseEdited: z.boolean(),
      versions: z.array(versionSchema),
    }),
    handler: async ({ params: p, actor }) => {
      await authorize(db, actor, 'report.read', p.bodyId);
      const draft = await draftReport(db, p.bodyId, p.year);
      const grids = tableGrids(draft.document.format, draft.document.fields);
      return { format: draft.computed.format, notes: draft.computed.notes, grids, ...draft };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: `${base}/table3-requests`,
    summary: '表三某一格背后的申请（逐格追溯到申请记录）',
    tags: ['年度报告'],
    params,
    query: z.object({ cell: z.string().min(1).max(200) }),
    response: z.object({
      cell: z.string(),
      requests: z.array(
        z.object({
          id: z.string(),
          trackingNumber: z.string(),
          applicantType,
          carriedIn: z.boolean(),
          row: textOrNull,
          receiptDate: isoDate,
          closedOn: isoDateOrNull,
        }),
      ),
    }),
    noStore: true,
    handler: async ({ params: p, query, actor }) => {
      await authorize(db, actor, 'request.read', p.bodyId);
      return { cell: query.cell, requests: await table3CellRequests(db, p.bodyId, p.year, query.cell) };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: `${base}/preview`,
    summary: '预览：按当前数据和正文生成的报告 HTML（含图表），尚未发布',
    tags: ['年度报告'],
    params,
    response: z.object({ html: z.string() }),
    handler: async ({ params: p, actor }) => {
      await authorize(db, actor, 'report.read', p.bodyId);
      const draft = await draftReport(db, p.bodyId, p.year);
      return { html: reportBodyHtml(draft.document).value };
    },
  });

  /** A staff edit of the year's draft (report.prepare), answered with `{ saved: true }`. */
  const reportSave = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    save: (staff: Actor, bodyId: string, year: number, body: z.output<B>) => Promise<void>,
  ) =>
    apiRoute(app, {
      method: 'PUT',
      path: `${base}${path}`,
      summary,
      tags: ['年度报告'],
      params,
      body,
      response: z.object({ saved: z.boolean() }),
      handler: async ({ params: p, body: input, actor }) => {
        const staff = await authorize(db, actor, 'report.prepare', p.bodyId);
        await save(staff, p.bodyId, p.year, input);
        return { saved: true };
      },
    });

  reportSave(
    '/prose',
    '保存编辑后的报告正文（总体情况、存在问题、其他事项）',
    proseSchema,
    (staff, bodyId, year, prose) => saveProse(db, staff, bodyId, year, prose),
  );
  reportSave(
    '/figures',
    '填报无记录来源的数字（表二许可/处罚/强制决定数、收费金额等）；value 为 null 时清除',
    z.object({
      key: z.string().min(1).max(200),
      value: z.number().nullable(),
      note: z.string().max(500).optional(),
    }),
    (staff, bodyId, year, figure) =>
      setFigure(db, staff, bodyId, year, figure.key, figure.value, figure.note),
  );

  apiRoute(app, {
    method: 'POST',
    path: `${base}/versions`,
    summary: '发布年度报告（发布前检查；有错误须填写书面理由；更正版须写明原因）',
    tags: ['年度报告'],
    params,
    body: z.object({
      publishedOn: z.iso.date().optional(),
      overrideReason: z.string().max(2000).optional(),
      correctionReason: z.string().max(2000).optional(),
    }),
    response: z.object({ version: z.number().int(), findings: z.array(findingSchema) }),
    handler: async ({ params: p, body, actor }) => {
      const staff = await authorize(db, actor, 'report.prepare', p.bodyId);
      return publishReport(db, staff, p.bodyId, p.year, {
        ...body,
        publishedOn: body.publishedOn ?? appToday(app),
      });
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: `${base}/versions`,
    summary: '已发布的各版本（含更正原因、坚持发布理由、检查错误数）',
    tags: ['年度报告'],
    params,
    response: z.array(versionSchema),
    handler: async ({ params: p }) => listVersions(db, p.bodyId, p.year),
  });

  /** A staff read of the year's reports (report.read: the body's own roles and its supervisors). */
  const reportRead = (
    path: string,
    summary: string,
    read: (bodyId: string, year: number) => Promise<unknown>,
  ) =>
    apiRoute(app, {
      method: 'GET',
      path: `${base}${path}`,
      summary,
      tags: ['年度报告'],
      params,
      response: anything,
      handler: async ({ params: p, actor }) => {
        await authorize(db, actor, 'report.read', p.bodyId);
        return read(p.bodyId, p.year);
      },
    });

  reportRead(
    '/oversight',
    '上级监督：本机关及下级机关的年报状态、检查结果与申请办理量、超期数（仅统计数）',
    (bodyId, year) =>
      bodiesOversight({ db, calendar: app.calendar.current(), today: () => appToday(app) }, bodyId, year),
  );
  reportRead('/summary', '上级机关汇总：下级机关已发布报告逐格求和，列出尚未发布的机关', (bodyId, year) =>
    summaryReport(db, bodyId, year),
  );
  reportRead('/reminders', '本机关及下级机关的年报截止日期、发布状态与检查结果', (bodyId, year) =>
    reportReminders(db, bodyId, year, appToday(app)),
  );

  apiRoute(app, {
    method: 'GET',
    path: `/public${base}/versions/:version`,
    summary: '公开：已发布的年度报告（冻结版本）',
    tags: ['年度报告'],
    params: versionParams,
    etag: true,
    response: anything,
    handler: async ({ params: p }) => published(p.bodyId, p.year, p.version),
  });

  for (const [extension, type] of Object.entries(downloadTypes)) {
    apiRoute(app, {
      method: 'GET',
      path: `/public${base}/versions/:version/report.${extension}`,
      summary: `公开：下载已发布的年度报告（${extension.toUpperCase()}）`,
      tags: ['年度报告'],
      params: versionParams,
      contentType: type,
      response: z.string(),
      handler: async ({ params: p, reply }) => {
        const document = await published(p.bodyId, p.year, p.version);
        reply.header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${reportTitle(document)}.${extension}`)}`,
        );
        if (extension === 'docx') return (await reportDocx(document)) as unknown as string;
        if (extension === 'xlsx') return (await reportXlsx(document)) as unknown as string;
        if (extension === 'html') return reportHtmlDocument(document);
        return reportJson(document);
      },
    });
  }

  async function published(bodyId: string, year: number, version?: number) {
    const document = await loadVersion(db, bodyId, year, version);
    if (!document)
      throw new Problem(
        404,
        'REPORT_NOT_PUBLISHED',
        `该机关${year}年度报告尚未发布${version ? `第${version}版` : ''}`,
      );
    return document;
  }

  // Portal page: the latest published version, server-rendered with its charts.
  app.get('/annual-reports/:bodyId/:year', async (request, reply) => {
    const p = params.safeParse(request.params);
    if (!p.success) throw new Problem(404, 'REPORT_NOT_PUBLISHED', '找不到该年度报告');
    const document = await published(p.data.bodyId, p.data.year);
    return reply.type('text/html; charset=utf-8').send(
      portalPage({
        title: reportTitle(document),
        body: reportBodyHtml(document),
        crumbs: [{ label: '政府信息公开工作年度报告' }],
      }),
    );
  });
}
