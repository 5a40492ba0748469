import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute, paginated, paginationQuery, pageWindow } from '../api.ts';
import { staffRecordRoutes } from '../record-routes.ts';
import { Problem } from '../errors.ts';
import {
  accessFormOrNull,
  applicantType,
  deliveryForm,
  idType,
  isoDate,
  isoDateOrNull,
  requestChannel,
  requestStatus,
  textOrNull,
} from '../fields.ts';
import { rateLimits, sizeLimits } from '../security.ts';
import { REQUEST_STATUSES } from '../../core/request/index.ts';
import { requestDeps } from '../request-deps.ts';
import { handleRequest, logRequest, submitRequest } from '../../application/requests.ts';
import { RequestInputProblem } from '../../application/requests-input.ts';
import { addAttachment, attachmentForStaff } from '../../application/requests-attachments.ts';
import { requestForStaff, requestsForStaff, trackRequest } from '../../application/requests-views.ts';
import { staffViewForActor } from '../../application/requests-masking.ts';

const bodyParams = z.object({ bodyId: z.string().min(1).max(64) });
const requestParams = bodyParams.extend({ requestId: z.uuid() });

const receiptSchema = z.object({
  requestId: z.string(),
  bodyId: z.string(),
  bodyName: z.string(),
  trackingNumber: z.string().meta({ description: '申请编号，如 GK-2025-000123' }),
  trackingCode: z.string().meta({ description: '查询码（只显示这一次，请申请人妥善保存）' }),
  receiptDate: isoDate.meta({ description: '收到申请之日（条例第三十一条）' }),
  dueDate: isoDateOrNull.meta({ description: '法定答复期限' }),
  promisedDueDate: isoDateOrNull.meta({ description: '本机关承诺的答复期限' }),
});

const deadlineSchema = z
  .object({
    dueDate: isoDate,
    promisedDueDate: isoDateOrNull,
    extended: z.boolean(),
    explanation: z.string(),
    overdue: z.boolean(),
    workingDaysRemaining: z.number(),
    timelinessLabel: z.string(),
  })
  .nullable();

const stepSchema = z.object({ seq: z.number(), on: isoDate, label: z.string(), text: z.string() });

const trackingSchema = z.object({
  trackingNumber: z.string(),
  bodyName: z.string(),
  receiptDate: isoDate,
  description: z.string(),
  status: requestStatus,
  statusLabel: z.string(),
  statusText: z.string(),
  outcomeLabel: textOrNull,
  deadline: deadlineSchema,
  steps: z.array(stepSchema),
});

const requestRowSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  trackingNumber: z.string(),
  status: requestStatus,
  outcome: textOrNull.meta({ description: '表三办理结果行' }),
  applicantType,
  channel: requestChannel,
  description: z.string(),
  deliveryForm,
  accessForm: accessFormOrNull,
  receiptDate: isoDate,
  dueDate: isoDateOrNull,
  closedOn: isoDateOrNull,
  deliveredOn: isoDateOrNull,
  lastSeq: z.number(),
});

const staffViewSchema = z.object({
  request: requestRowSchema,
  statusLabel: z.string(),
  statusText: z.string(),
  outcomeLabel: textOrNull,
  applicant: z
    .object({
      name: z.string(),
      organisation: textOrNull,
      idType,
      idNumber: z.string(),
      phone: textOrNull,
      email: textOrNull,
      address: textOrNull,
      postalCode: textOrNull,
    })
    .nullable()
    .meta({ description: '申请人个人信息（仅本机关可见；非经办角色看到的是去标识化后的值）' }),
  personalDataMasked: z.boolean().meta({ description: '申请人信息是否已去标识化（保密审查员、负责人）' }),
  nextSteps: z.array(z.string()).meta({ description: '按办理流程当前可以进行的环节（事件类型）' }),
  deadline: deadlineSchema,
  steps: z.array(stepSchema.extend({ actor: z.string(), recordedAt: z.string() })),
  deliveries: z.array(
    z.object({
      id: z.string(),
      requestId: z.string(),
      method: z.string(),
      deliveredOn: isoDate,
      receipt: textOrNull.meta({ description: '送达回执' }),
      recordedBy: z.string(),
    }),
  ),
  attachments: z.array(
    z.object({
      id: z.string(),
      requestId: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      sizeBytes: z.number(),
      sha256: z.string(),
      uploadedBy: z.string(),
    }),
  ),
});

/** The body is validated by the application (per-field codes); the schema documents it. */
const submissionBody = z
  .looseObject({ bodyId: z.string().min(1).max(64).meta({ description: '受理机关' }) })
  .meta({
    description:
      '申请内容：applicantType、applicant{name,idType,idNumber,phone,email,address,postalCode}、description、deliveryForm、accessForm',
  });
const staffBody = z.looseObject({}).meta({ description: '见 docs/api.md“依申请公开”一节' });

export async function requestRoutes(app: FastifyInstance): Promise<void> {
  const deps = requestDeps(app);
  const staffRequest = staffRecordRoutes(app, {
    path: '/bodies/:bodyId/requests/:requestId',
    tags: ['依申请公开（工作台）'],
    params: requestParams,
    response: staffViewSchema,
    /** The staff view as the signed-in role may see it (personal data masked, next steps). */
    view: async ({ params, actor }) => {
      const view = await requestForStaff(deps, actor, params.bodyId, params.requestId);
      return staffViewForActor(view, actor!, params.bodyId);
    },
  });

  // Answer every field problem at once so a form can list them all (GOV.UK error summary style).
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof RequestInputProblem) {
      const first = error.problems[0];
      return reply
        .status(400)
        .send({ code: error.code, message: error.messageZh, field: first?.field, problems: error.problems });
    }
    throw error;
  });

  apiRoute(app, {
    method: 'POST',
    path: '/public/requests',
    summary: '提交政府信息公开申请（在线）',
    tags: ['依申请公开（公众）'],
    body: submissionBody,
    response: receiptSchema,
    rateLimit: rateLimits.publicSubmission,
    handler: async ({ body }) => {
      const { bodyId, ...content } = body;
      return submitRequest(deps, bodyId, content);
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/public/requests/:number',
    summary: '凭申请编号和查询码查询办理进度',
    tags: ['依申请公开（公众）'],
    params: z.object({ number: z.string().max(40) }),
    query: z.object({ code: z.string().max(40).meta({ description: '查询码' }) }),
    response: trackingSchema,
    rateLimit: rateLimits.publicSubmission,
    noStore: true,
    handler: async ({ params, query }) => trackRequest(deps, params.number, query.code),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/requests',
    summary: '本机关收到的申请（工作台）',
    tags: ['依申请公开（工作台）'],
    params: bodyParams,
    query: paginationQuery.extend({ status: z.enum(REQUEST_STATUSES).optional() }),
    response: paginated(
      z.object({ request: requestRowSchema, statusLabel: z.string(), deadline: deadlineSchema }),
    ),
    handler: async ({ params, query, actor }) => {
      const { entries, total } = await requestsForStaff(deps, actor, params.bodyId, {
        status: query.status,
        ...pageWindow(query),
      });
      return { items: entries, page: query.page, pageSize: query.pageSize, total };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/requests',
    summary: '登记当面、信函、传真等方式收到的申请（附收到申请之日）',
    tags: ['依申请公开（工作台）'],
    params: bodyParams,
    body: staffBody,
    response: receiptSchema,
    handler: async ({ params, body, actor }) => logRequest(deps, actor, params.bodyId, body),
  });

  staffRequest.read({ summary: '申请详情：办理过程、期限、送达、附件与申请人信息', noStore: true });

  staffRequest.change({
    method: 'POST',
    path: '/events',
    summary: '办理一步：补正、征求意见、延期（负责人）、收费、答复、送达、撤回',
    body: staffBody,
    run: ({ params, body, actor }) => handleRequest(deps, actor, params.bodyId, params.requestId, body),
  });

  // Raw bytes, not JSON: files up to sizeLimits.attachmentBytes, name and type in the query.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: sizeLimits.attachmentBytes },
    (_r, body, done) => done(null, body),
  );
  const attachmentQuery = z.object({
    fileName: z.string().trim().min(1).max(200),
    mediaType: z.string().max(100).default('application/octet-stream'),
  });
  app.post(
    '/api/v1/bodies/:bodyId/requests/:requestId/attachments',
    { bodyLimit: sizeLimits.attachmentBytes },
    async (request, reply) => {
      const params = requestParams.safeParse(request.params);
      const query = attachmentQuery.safeParse(request.query);
      if (!params.success) throw new Problem(404, 'REQUEST_NOT_FOUND', '找不到该申请');
      if (!query.success)
        throw new Problem(400, 'ATTACHMENT_NAME_REQUIRED', '请在 fileName 参数中提供文件名', 'fileName');
      if (!Buffer.isBuffer(request.body)) {
        throw new Problem(415, 'ATTACHMENT_TYPE', '附件须以 application/octet-stream 上传');
      }
      const meta = await addAttachment(deps.db, request.actor, params.data.bodyId, params.data.requestId, {
        ...query.data,
        content: request.body,
      });
      return reply.status(201).send(meta);
    },
  );

  app.get('/api/v1/bodies/:bodyId/requests/:requestId/attachments/:attachmentId', async (request, reply) => {
    const params = requestParams.extend({ attachmentId: z.uuid() }).safeParse(request.params);
    if (!params.success) throw new Problem(404, 'ATTACHMENT_NOT_FOUND', '找不到该附件');
    const { bodyId, requestId, attachmentId } = params.data;
    const file = await attachmentForStaff(deps.db, request.actor, bodyId, requestId, attachmentId);
    return reply
      .header('content-type', file.mediaType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-sha256', file.sha256)
      .header('cache-control', 'no-store')
      .send(Buffer.from(file.content));
  });
}
