import type { FastifyInstance } from 'fastify';
import { html } from '../../html.ts';
import { portalPage, sendHtml } from '../layout.ts';
import { publicBody } from '../queries.ts';
import { listVersions, loadVersion } from '../../../application/annual-report.ts';
import { reportBodyHtml, reportDocx, reportTitle, reportXlsx } from '../../../render/report/index.ts';
import { Problem } from '../../../http/errors.ts';

const formats = {
  docx: {
    render: reportDocx,
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  xlsx: { render: reportXlsx, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

function reportYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2008 || year > 2100)
    throw new Problem(404, 'REPORT_NOT_FOUND', '找不到该年度报告');
  return year;
}

/** 政府信息公开年报: every published year, HTML with charts, DOCX and XLSX downloads. */
export async function reportPages(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { bodyId: string; year: string } }>(
    '/bodies/:bodyId/reports/:year',
    async (request, reply) => {
      const db = app.deps.db;
      const b = await publicBody(db, request.params.bodyId);
      const year = reportYear(request.params.year);
      const doc = await loadVersion(db, b.id, year);
      if (!doc) throw new Problem(404, 'REPORT_NOT_FOUND', '该年度报告尚未发布');
      const versions = await listVersions(db, b.id, year);
      const body = html`<p class="downloads">
          下载：<a href="/bodies/${b.id}/reports/${year}/report.docx">Word 文档（DOCX）</a> ·
          <a href="/bodies/${b.id}/reports/${year}/report.xlsx">统计表（XLSX）</a>
        </p>
        ${reportBodyHtml(doc)}
        ${
          versions.length > 1
            ? html`<h2>历次发布</h2>
                <ul>
                  ${versions.map((v) => html`<li>第${v.version}版 ${v.publishedOn}${v.correctionReason ? html`：更正原因 ${v.correctionReason}` : ''}</li>`)}
                </ul>`
            : ''
        }`;
      return sendHtml(
        reply,
        portalPage({
          title: reportTitle(doc),
          body,
          crumbs: [{ label: b.name, href: `/bodies/${b.id}` }, { label: `${year}年年报` }],
        }),
      );
    },
  );
}

/** Downloads: `/bodies/:bodyId/reports/2025/report.docx` and `…/report.xlsx`. */
export async function reportDownloads(app: FastifyInstance): Promise<void> {
  for (const [ext, format] of Object.entries(formats)) {
    app.get<{ Params: { bodyId: string; year: string } }>(
      `/bodies/:bodyId/reports/:year/report.${ext}`,
      async (request, reply) => {
        const b = await publicBody(app.deps.db, request.params.bodyId);
        const year = reportYear(request.params.year);
        const doc = await loadVersion(app.deps.db, b.id, year);
        if (!doc) throw new Problem(404, 'REPORT_NOT_FOUND', '该年度报告尚未发布');
        const file = await format.render(doc);
        const name = `${reportTitle(doc)}.${ext}`;
        return reply
          .type(format.type)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(file);
      },
    );
  }
}
