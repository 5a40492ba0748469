import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import {
  appealInputSchema,
  appealsOfRequest,
  appealsOfYear,
  complaintInputSchema,
  conclusionSchema,
  concludeAppealCommand,
  recordAppeal,
  recordComplaint,
} from '../../application/appeals.ts';
import { complaintsOfYear } from '../../application/complaints.ts';
import { appealKinds, appealOutcomes } from '../../storage/appeals.ts';

const bodyParams = z.object({ bodyId: z.string().min(1).max(64) });
const appealSchema = z.object({
  id: z.string(),
  requestId: z.string().nullable(),
  kind: z.enum(appealKinds),
  year: z.number().meta({ description: '计入年报的年度' }),
  filedOn: z.string(),
  caseNumber: z.string().nullable(),
  outcome: z.enum(appealOutcomes),
  concludedOn: z.string().nullable(),
  note: z.string().nullable(),
  recordedBy: z.string(),
});
const listedAppealSchema = appealSchema.extend({
  requestNumber: z.string().nullable().meta({ description: '关联申请的申请编号（未关联的为空）' }),
});

const reportYear = z.coerce.number().int().min(2008).max(2100).meta({ description: '计入年报的年度' });
const complaintSchema = z.object({
  id: z.string(),
  year: z.number().meta({ description: '计入年报的年度' }),
  receivedOn: z.string(),
  summary: z.string(),
  resolution: z.string().nullable(),
  recordedBy: z.string(),
});

/** 行政复议、行政诉讼 (表四) and 举报投诉, recorded by the body's 公开办. */
export async function appealRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/appeals',
    summary: '登记行政复议或行政诉讼',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams,
    body: appealInputSchema,
    response: appealSchema,
    handler: async ({ params, body, actor }) => recordAppeal(db, actor, params.bodyId, body),
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/appeals/:appealId/conclusion',
    summary: '登记复议决定或判决结果',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams.extend({ appealId: z.uuid() }),
    body: conclusionSchema,
    response: appealSchema,
    status: 200,
    handler: async ({ params, body, actor }) =>
      concludeAppealCommand(db, actor, params.bodyId, params.appealId, body),
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/complaints',
    summary: '登记举报投诉',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams,
    body: complaintInputSchema,
    response: z.object({ id: z.string(), year: z.number() }),
    handler: async ({ params, body, actor }) => recordComplaint(db, actor, params.bodyId, body),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/complaints',
    summary: '某年度登记的举报投诉（非经办人员看到的身份证号、手机号已去标识化）',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams,
    query: z.object({ year: reportYear }),
    response: z.object({
      year: z.number(),
      personalDataMasked: z
        .boolean()
        .meta({ description: '内容中的身份证号、手机号是否已去标识化（保密审查员、负责人、上级监督）' }),
      complaints: z.array(complaintSchema),
    }),
    noStore: true,
    handler: async ({ params, query, actor }) => complaintsOfYear(db, actor, params.bodyId, query.year),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/appeals/:year',
    summary: '某年度的复议诉讼记录、表四统计与举报投诉数',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams.extend({ year: reportYear }),
    response: z.object({
      cells: z.record(z.string(), z.number()),
      complaints: z.number(),
      appeals: z.array(listedAppealSchema),
    }),
    handler: async ({ params, actor }) => appealsOfYear(db, actor, params.bodyId, params.year),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/requests/:requestId/appeals',
    summary: '就某一申请登记的行政复议、行政诉讼（非经办人员看到的身份证号、手机号已去标识化）',
    tags: ['复议诉讼与举报投诉'],
    params: bodyParams.extend({ requestId: z.uuid() }),
    response: z.object({
      requestId: z.string(),
      trackingNumber: z.string().meta({ description: '申请编号' }),
      personalDataMasked: z
        .boolean()
        .meta({ description: '备注中的身份证号、手机号是否已去标识化（保密审查员、负责人、上级监督）' }),
      appeals: z.array(listedAppealSchema),
    }),
    noStore: true,
    handler: async ({ params, actor }) => appealsOfRequest(db, actor, params.bodyId, params.requestId),
  });
}
