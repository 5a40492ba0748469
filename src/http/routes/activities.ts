import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { activitiesOfYear, activityInputSchema, recordActivities } from '../../application/activities.ts';
import { activityFields } from '../../storage/activities.ts';

const params = z.object({
  bodyId: z.string().min(1).max(64),
  year: z.coerce.number().int().min(2008).max(2100),
});
const figuresSchema = z.object(Object.fromEntries(activityFields.map((f) => [f, z.number()])));

/** A body's yearly work figures for the legacy 统计表 (staff, 查阅点, funds, meetings, trainings, 回应解读). */
export async function activityRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  apiRoute(app, {
    method: 'PUT',
    path: '/bodies/:bodyId/activities/:year',
    summary: '填报年度工作情况（机构人员、查阅点、经费、会议培训、回应解读）',
    tags: ['年度工作情况'],
    params,
    body: activityInputSchema,
    response: figuresSchema,
    handler: async ({ params, body, actor }) => recordActivities(db, actor, params.bodyId, params.year, body),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/activities/:year',
    summary: '查看年度工作情况',
    tags: ['年度工作情况'],
    params,
    response: figuresSchema.nullable(),
    handler: async ({ params, actor }) => activitiesOfYear(db, actor, params.bodyId, params.year),
  });
}
