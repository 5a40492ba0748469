import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute, paginated, paginationQuery, pageWindow } from '../api.ts';
import { listBodies } from '../../storage/bodies.ts';
import type { BodySettingsRow } from '../../storage/bodies.ts';
import { listPeople } from '../../storage/people.ts';
import { authorize } from '../../application/auth/authorize.ts';
import { configureBody, requireBody } from '../../application/bodies.ts';
import { listAudit } from '../../application/audit.ts';
import { addPerson } from '../../application/auth/people.ts';
import { roles } from '../../application/auth/roles.ts';
import { bodyParams } from './items.ts';

const bodySchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(['province', 'city', 'county', 'township', 'department']),
  code: z.string().nullable().meta({ description: '组织机构代码（用于索引号）' }),
  cataloguePattern: z.string(),
  indexNumberPattern: z.string().meta({ description: '索引号规则，如 {code}-/{year}-{category}{serial:4}' }),
  feeMethod: z.enum(['per-applicant', 'per-volume']).meta({ description: '信息处理费：按件 / 按量' }),
  promisedWorkingDays: z.number().int().nullable().meta({ description: '承诺答复时限（工作日）' }),
  reportDue: z.string().meta({ description: '年报公布截止（次年 MM-DD）' }),
});

function presentBody(row: BodySettingsRow): z.infer<typeof bodySchema> {
  return { ...row, kind: row.kind as z.infer<typeof bodySchema>['kind'] };
}

const settingsInput = z
  .object({
    cataloguePattern: z.string().trim().min(1).max(50),
    indexNumberPattern: z.string().trim().min(1).max(100),
    feeMethod: z.enum(['per-applicant', 'per-volume']),
    promisedWorkingDays: z.number().int().min(1).max(20).nullable(),
    reportDue: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为 MM-DD，如 03-31'),
  })
  .partial()
  .strict();

export async function bodyRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  apiRoute(app, {
    method: 'GET',
    path: '/bodies',
    summary: '机关列表（层级：省、市、县、乡镇、部门）',
    tags: ['机关'],
    response: z.object({ items: z.array(bodySchema) }),
    etag: true,
    handler: async () => ({ items: (await listBodies(db)).map(presentBody) }),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId',
    summary: '机关信息与设置',
    tags: ['机关'],
    params: bodyParams,
    response: bodySchema,
    etag: true,
    handler: async ({ params }) => {
      return presentBody(await requireBody(db, params.bodyId));
    },
  });

  apiRoute(app, {
    method: 'PATCH',
    path: '/bodies/:bodyId',
    summary: '修改机关设置（管理员）',
    tags: ['机关'],
    params: bodyParams,
    body: settingsInput,
    response: bodySchema,
    status: 200,
    handler: async ({ params, body, actor }) => {
      await configureBody(db, actor, params.bodyId, body);
      return presentBody(await requireBody(db, params.bodyId));
    },
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/audit',
    summary: '审计日志（管理员、上级监督）',
    tags: ['审计'],
    params: bodyParams,
    query: paginationQuery,
    response: z.object({
      items: z.array(
        z.object({
          id: z.number().int(),
          actorName: z.string(),
          action: z.string(),
          entity: z.string(),
          entityId: z.string(),
          before: z.unknown(),
          after: z.unknown(),
          at: z.string(),
        }),
      ),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
    handler: async ({ params, query, actor }) => {
      await authorize(db, actor, 'audit.read', params.bodyId);
      return {
        items: await listAudit(db, params.bodyId, pageWindow(query)),
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  });

  const personSchema = z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(roles)),
    disabled: z.boolean(),
  });

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/people',
    summary: '本机关工作人员与角色（管理员）',
    tags: ['人员'],
    params: bodyParams,
    response: paginated(personSchema).omit({ page: true, pageSize: true }),
    handler: async ({ params, actor }) => {
      await authorize(db, actor, 'person.manage', params.bodyId);
      const items = await listPeople(db, params.bodyId);
      return { items, total: items.length };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/people',
    summary: '新增工作人员（管理员）',
    tags: ['人员'],
    params: bodyParams,
    body: z.object({
      username: z.string().max(64),
      displayName: z.string().max(50),
      roles: z.array(z.enum(roles)).min(1).max(roles.length),
      password: z.string().max(200),
    }),
    response: z.object({ id: z.string() }),
    handler: async ({ params, body, actor }) => {
      const id = await db.transaction(async (tx) => {
        const who = await authorize(tx, actor, 'person.manage', params.bodyId);
        return addPerson(tx, who, { ...body, bodyId: params.bodyId });
      });
      return { id };
    },
  });
}
