import { z } from 'zod';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { apiPrefix, apiRoute, paginated, paginationQuery, pageWindow } from '../api.ts';
import { staffRecordRoutes } from '../record-routes.ts';
import { parseOrProblem } from '../validation.ts';
import { Problem } from '../errors.ts';
import { isoDate } from '../fields.ts';
import { sizeLimits } from '../security.ts';
import { findItem, listItems, listReviews, publicItemFields } from '../../storage/items.ts';
import { itemViewBufferOf } from '../../storage/item-views.ts';
import { pick } from '../../storage/sql.ts';
import type { ItemRow } from '../../storage/items.ts';
import { authorize } from '../../application/auth/authorize.ts';
import { draftItem, editDraft, itemSteps, takeItemStep } from '../../application/items/commands.ts';
import type { ItemStep } from '../../application/items/commands.ts';
import { todayInChina } from '../../application/items/due-date.ts';
import { channels, itemKinds, itemStatuses, validities } from '../../application/items/vocabulary.ts';
import { foldText } from '../../core/search/tokens.ts';
import { findAttachment, listAttachments } from '../../storage/attachments.ts';
import { addAttachment } from '../../application/items/attachments.ts';
import { importDocx } from '../../application/items/import-docx.ts';
import { nextSteps } from '../../application/items/steps.ts';

export const bodyParams = z.object({ bodyId: z.string().min(1).max(64) });
const itemParams = bodyParams.extend({ itemId: z.uuid() });

/** What the public sees of an item: no internal status, no author, no view count in the ETag'd body. */
export const publicItemSchema = z.object({
  id: z.string(),
  bodyId: z.string(),
  indexNumber: z.string().nullable().meta({ description: '索引号' }),
  title: z.string(),
  kind: z.string(),
  catalogueCode: z.string(),
  catalogueName: z.string().meta({ description: '公开目录' }),
  publisher: z.string().meta({ description: '发布机构' }),
  documentNumber: z.string().nullable().meta({ description: '文号' }),
  madeOn: z.string().meta({ description: '成文日期' }),
  publishedOn: z.string().nullable().meta({ description: '发布日期' }),
  validity: z.string().nullable().meta({ description: '有效性（规范性文件）' }),
  channels: z.array(z.string()).meta({ description: '公开渠道' }),
});
const attachmentSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
  sha256: z.string().meta({ description: '文件 SHA-256 校验值' }),
});
const publicItemDetailSchema = publicItemSchema.extend({
  bodyHtml: z.string().meta({ description: '正文（已按白名单净化的 HTML）' }),
  attachments: z.array(attachmentSchema),
});
const publicListItemSchema = publicItemSchema.extend({ viewCount: z.number().int() });
const staffItemSchema = publicItemDetailSchema.omit({ attachments: true }).extend({
  status: z.enum(itemStatuses),
  catalogueNodeId: z.string().meta({ description: '公开目录节点（修改草稿时回填）' }),
  dueOn: z.string().meta({ description: '公开期限（条例第二十六条：形成之日起20个工作日）' }),
  late: z.boolean().meta({ description: '是否超过公开期限' }),
  viewCount: z.number().int(),
  updatedAt: z.string(),
});

export function presentPublicItem(row: ItemRow): z.infer<typeof publicItemSchema> {
  return {
    id: row.id,
    ...pick(row, publicItemFields),
    catalogueCode: row.catalogueCode,
    catalogueName: row.catalogueName,
  };
}

function presentStaffItem(row: ItemRow): z.infer<typeof staffItemSchema> {
  const comparedOn = row.publishedOn ?? todayInChina();
  return {
    ...presentPublicItem(row),
    bodyHtml: row.bodyHtml,
    status: row.status as z.infer<typeof staffItemSchema>['status'],
    catalogueNodeId: row.catalogueNodeId,
    dueOn: row.dueOn,
    late: comparedOn > row.dueOn,
    viewCount: row.viewCount,
    updatedAt: row.updatedAt,
  };
}

const listFilters = paginationQuery.extend({
  q: z.string().max(100).optional().meta({ description: '标题、文号或索引号中的文字（繁体自动转换）' }),
  catalogue: z.uuid().optional().meta({ description: '公开目录节点（含下级）' }),
  kind: z.enum(itemKinds).optional(),
  validity: z.enum(validities).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

const itemInput = z.object({
  catalogueNodeId: z.uuid(),
  kind: z.enum(itemKinds),
  title: z.string().trim().min(1).max(300),
  bodyHtml: z.string().max(sizeLimits.itemHtmlChars).default(''),
  publisher: z.string().trim().min(1).max(100),
  documentNumber: z.string().trim().max(100).nullish(),
  madeOn: isoDate,
  validity: z.enum(validities).nullish(),
  channels: z.array(z.enum(channels)).max(channels.length).default(['网站']),
});

function filterOf(query: z.infer<typeof listFilters>) {
  return {
    text: query.q?.trim() ? foldText(query.q.trim()) : undefined,
    catalogueNodeId: query.catalogue,
    kind: query.kind,
    validity: query.validity,
    year: query.year,
  };
}

/** The one file of a multipart upload (field `file`); size limits apply while it streams. */
async function uploadedFile(request: FastifyRequest): Promise<MultipartFile> {
  if (!request.isMultipart())
    throw new Problem(415, 'MULTIPART_REQUIRED', '请以 multipart/form-data 上传文件');
  const file = await request.file();
  if (!file) throw new Problem(400, 'ATTACHMENT_MISSING', '没有收到文件', 'file');
  return file;
}

export async function itemRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;
  // The same in-memory count as the portal's item page: no committed write per view.
  const views = itemViewBufferOf(app.deps, db);
  app.addHook('onClose', () => views.close());
  /** An item of the body as staff see it, whatever its status; 404 when there is none. */
  const staffItemRow = async (bodyId: string, itemId: string) => {
    const row = await findItem(db, bodyId, itemId);
    if (!row) throw new Problem(404, 'ITEM_NOT_FOUND', '找不到该信息');
    return row;
  };

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/items',
    summary: '主动公开信息列表（仅已公开）',
    tags: ['主动公开'],
    params: bodyParams,
    query: listFilters,
    response: paginated(publicListItemSchema),
    etag: true,
    handler: async ({ params, query }) => {
      const { rows, total } = await listItems(
        db,
        params.bodyId,
        { ...filterOf(query), publishedOnly: true },
        pageWindow(query),
      );
      return {
        items: rows.map((r) => ({ ...presentPublicItem(r), viewCount: r.viewCount })),
        page: query.page,
        pageSize: query.pageSize,
        total,
      };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/items/:itemId',
    summary: '主动公开信息详情（计入浏览次数）',
    tags: ['主动公开'],
    params: itemParams,
    response: publicItemDetailSchema,
    etag: true,
    handler: async ({ params }) => {
      const row = await findItem(db, params.bodyId, params.itemId);
      if (!row || row.status !== 'published')
        throw new Problem(404, 'ITEM_NOT_FOUND', '找不到该信息，可能已撤回');
      views.add(row.id);
      const attachments = await listAttachments(db, params.bodyId, params.itemId);
      return { ...presentPublicItem(row), bodyHtml: row.bodyHtml, attachments };
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/staff/items',
    summary: '工作台：本机关全部信息（含草稿与审查中）',
    tags: ['主动公开（工作台）'],
    params: bodyParams,
    query: listFilters.extend({ status: z.enum(itemStatuses).optional() }),
    response: paginated(staffItemSchema),
    handler: async ({ params, query, actor }) => {
      await authorize(db, actor, 'body.read', params.bodyId);
      const { rows, total } = await listItems(
        db,
        params.bodyId,
        { ...filterOf(query), status: query.status, publishedOnly: false },
        pageWindow(query),
      );
      return { items: rows.map(presentStaffItem), page: query.page, pageSize: query.pageSize, total };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/staff/items',
    summary: '起草一条主动公开信息',
    tags: ['主动公开（工作台）'],
    params: bodyParams,
    body: itemInput,
    response: staffItemSchema,
    handler: async ({ params, body, actor }) => {
      const id = await draftItem(db, actor, params.bodyId, body, app.calendar.current());
      const row = await findItem(db, params.bodyId, id);
      if (!row) throw new Error('drafted item not found');
      return presentStaffItem(row);
    },
  });

  const staffItem = staffRecordRoutes(app, {
    path: '/bodies/:bodyId/staff/items/:itemId',
    tags: ['主动公开（工作台）'],
    params: itemParams,
    response: staffItemSchema,
    view: async ({ params }) => presentStaffItem(await staffItemRow(params.bodyId, params.itemId)),
  });

  staffItem.change({
    method: 'PUT',
    summary: '修改草稿',
    body: itemInput,
    run: ({ params, body, actor }) =>
      editDraft(db, actor, params.bodyId, params.itemId, body, app.calendar.current()),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/staff/items/:itemId',
    summary: '工作台：信息详情与审查记录',
    tags: ['主动公开（工作台）'],
    params: itemParams,
    response: staffItemSchema.extend({
      trail: z.array(
        z.object({ step: z.string(), personName: z.string(), comment: z.string(), at: z.string() }),
      ),
      nextSteps: z
        .array(z.object({ step: z.string(), label: z.string(), commentRequired: z.boolean() }))
        .meta({ description: '当前用户此时可以执行的审查步骤' }),
    }),
    handler: async ({ params, actor }) => {
      await authorize(db, actor, 'body.read', params.bodyId);
      const row = await staffItemRow(params.bodyId, params.itemId);
      return {
        ...presentStaffItem(row),
        trail: await listReviews(db, params.bodyId, params.itemId),
        nextSteps: nextSteps(actor, params.bodyId, row),
      };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/staff/items/:itemId/steps',
    summary: '审查流程：保密审查、退回、批准、发布、撤回、废止',
    tags: ['主动公开（工作台）'],
    params: itemParams,
    body: z.object({
      step: z.enum(Object.keys(itemSteps) as [ItemStep, ...ItemStep[]]),
      comment: z.string().max(1000).optional(),
    }),
    response: staffItemSchema,
    status: 200,
    handler: async ({ params, body, actor }) => {
      const row = await takeItemStep(db, actor, params.bodyId, params.itemId, body.step, {
        comment: body.comment,
      });
      return presentStaffItem(row);
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/staff/items/import-docx',
    summary:
      '导入 Word 文档（multipart/form-data，字段 file）：转换为净化后的正文，并识别标题、文号、成文日期',
    tags: ['主动公开（工作台）'],
    params: bodyParams,
    response: z.object({
      title: z.string().nullable(),
      documentNumber: z.string().nullable(),
      madeOn: z.string().nullable(),
      bodyHtml: z.string(),
      warnings: z.array(z.string()),
    }),
    status: 200,
    handler: async ({ request, params, actor }) => {
      await authorize(db, actor, 'item.draft', params.bodyId);
      const file = await uploadedFile(request);
      if (!/\.docx$/i.test(file.filename))
        throw new Problem(
          415,
          'DOCX_REQUIRED',
          '请上传 .docx 格式的 Word 文档（.doc 请先另存为 .docx）',
          'file',
        );
      return importDocx(await file.toBuffer());
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/staff/items/:itemId/attachments',
    summary: '上传附件（multipart/form-data，字段 file；草稿才可上传）',
    tags: ['主动公开（工作台）'],
    params: itemParams,
    response: attachmentSchema,
    handler: async ({ request, params, actor }) => {
      const file = await uploadedFile(request);
      const content = await file.toBuffer();
      return addAttachment(db, actor, params.bodyId, params.itemId, { fileName: file.filename, content });
    },
  });

  // Binary download: outside the JSON frame, public only for published items.
  app.get(`${apiPrefix}/bodies/:bodyId/items/:itemId/attachments/:attachmentId`, async (request, reply) => {
    const params = parseOrProblem(itemParams.extend({ attachmentId: z.uuid() }), request.params);
    const item = await findItem(db, params.bodyId, params.itemId);
    const attachment =
      item?.status === 'published'
        ? await findAttachment(db, params.bodyId, params.itemId, params.attachmentId)
        : undefined;
    if (!attachment) throw new Problem(404, 'ATTACHMENT_NOT_FOUND', '找不到该附件');
    return reply
      .type(attachment.mediaType)
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      )
      .header('etag', `"${attachment.sha256}"`)
      .send(Buffer.from(attachment.content));
  });
}
