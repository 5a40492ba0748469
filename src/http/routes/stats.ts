import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { rateLimits } from '../security.ts';
import { requestStatistics, statisticsCsv } from '../../application/requests-stats.ts';

const params = z.object({
  bodyId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2008).max(2100),
});
const statsSchema = z.object({
  bodyId: z.string(),
  year: z.number(),
  format: z.enum(['gov-2019', 'gov-2021']),
  table3: z.record(z.string(), z.number()).meta({ description: '表三：收到和处理政府信息公开申请情况' }),
  table4: z.record(z.string(), z.number()).meta({ description: '表四：行政复议、行政诉讼情况' }),
});

/** Public request statistics (issue 7 bulk export): counts only, never personal data. */
export async function statsRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/export/request-stats/:year.json',
    summary: '依申请公开与复议诉讼统计（JSON）',
    tags: ['数据导出'],
    params,
    response: statsSchema,
    etag: true,
    rateLimit: rateLimits.export,
    handler: async ({ params }) => requestStatistics(db, params.bodyId, params.year),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/export/request-stats/:year.csv',
    summary: '依申请公开与复议诉讼统计（CSV）',
    tags: ['数据导出'],
    params,
    response: z.string(),
    contentType: 'text/csv; charset=utf-8',
    rateLimit: rateLimits.export,
    handler: async ({ params, reply }) => {
      reply.header(
        'content-disposition',
        `attachment; filename="request-stats-${params.bodyId}-${params.year}.csv"`,
      );
      return statisticsCsv(await requestStatistics(db, params.bodyId, params.year));
    },
  });
}
