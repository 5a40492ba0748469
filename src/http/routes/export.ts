import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { Problem } from '../errors.ts';
import { rateLimits } from '../security.ts';
import { bodyExists } from '../../storage/bodies.ts';
import { itemsCsv, publishedItemsOf } from '../../application/export/items.ts';
import { bodyParams } from './items.ts';
import { isoDate, isoDateOrNull, itemChannels, itemKind, textOrNull, validityOrNull } from '../fields.ts';

const exportedItem = z.object({
  bodyId: z.string(),
  indexNumber: textOrNull,
  title: z.string(),
  kind: itemKind,
  catalogue: z.string(),
  publisher: z.string(),
  documentNumber: textOrNull,
  madeOn: isoDate,
  publishedOn: isoDateOrNull,
  validity: validityOrNull,
  channels: itemChannels,
  viewCount: z.number().int(),
});

/** Bulk export of public data (issue 7): published items as CSV or JSON; never personal data. */
export async function exportRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  const load = async (bodyId: string) => {
    if (!(await bodyExists(db, bodyId))) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
    return publishedItemsOf(db, bodyId);
  };

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/export/items.json',
    summary: '导出已公开信息（JSON）',
    tags: ['数据导出'],
    params: bodyParams,
    response: z.object({ items: z.array(exportedItem) }),
    etag: true,
    rateLimit: rateLimits.export,
    handler: async ({ params }) => ({ items: await load(params.bodyId) }),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/export/items.csv',
    summary: '导出已公开信息（CSV，Excel 可直接打开）',
    tags: ['数据导出'],
    params: bodyParams,
    response: z.string(),
    contentType: 'text/csv; charset=utf-8',
    rateLimit: rateLimits.export,
    handler: async ({ params, reply }) => {
      reply.header('content-disposition', `attachment; filename="items-${params.bodyId}.csv"`);
      return itemsCsv(await load(params.bodyId));
    },
  });
}
