import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiRoute } from '../api.ts';
import { Problem } from '../errors.ts';
import { bodyExists } from '../../storage/bodies.ts';
import { addCatalogueNode, catalogueTree, editCatalogueNode } from '../../application/catalogue.ts';
import type { CatalogueNode } from '../../application/catalogue.ts';
import { bodyParams } from './items.ts';

const nodeSchema: z.ZodType<CatalogueNode> = z.lazy(() =>
  z.object({
    id: z.string(),
    code: z.string().meta({ description: '目录编码（索引号中的类别）' }),
    name: z.string(),
    timeLimit: z.string().nullable().meta({ description: '公开时限' }),
    responsible: z.string().nullable().meta({ description: '责任人 / 责任部门' }),
    children: z.array(nodeSchema),
  }),
);

export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps;

  apiRoute(app, {
    method: 'GET',
    path: '/bodies/:bodyId/catalogue',
    summary: '政府信息公开目录（树）',
    tags: ['公开目录'],
    params: bodyParams,
    response: z.object({ nodes: z.array(nodeSchema) }),
    etag: true,
    handler: async ({ params }) => {
      if (!(await bodyExists(db, params.bodyId))) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
      return { nodes: await catalogueTree(db, params.bodyId) };
    },
  });

  apiRoute(app, {
    method: 'POST',
    path: '/bodies/:bodyId/catalogue',
    summary: '新增目录节点',
    tags: ['公开目录'],
    params: bodyParams,
    body: z.object({
      parentId: z.uuid().nullish(),
      code: z
        .string()
        .trim()
        .regex(/^[0-9A-Za-z]{1,12}$/, '应为1至12位字母或数字'),
      name: z.string().trim().min(1).max(100),
      timeLimit: z.string().trim().max(100).nullish(),
      responsible: z.string().trim().max(100).nullish(),
      position: z.number().int().min(0).max(10_000).optional(),
    }),
    response: z.object({ id: z.string() }),
    handler: async ({ params, body, actor }) => ({
      id: await addCatalogueNode(db, actor, params.bodyId, body),
    }),
  });

  apiRoute(app, {
    method: 'PATCH',
    path: '/bodies/:bodyId/catalogue/:nodeId',
    summary: '修改目录节点的名称、时限、责任人或顺序（编码不可改）',
    tags: ['公开目录'],
    params: bodyParams.extend({ nodeId: z.uuid() }),
    body: z
      .object({
        name: z.string().trim().min(1).max(100),
        timeLimit: z.string().trim().max(100).nullable(),
        responsible: z.string().trim().max(100).nullable(),
        position: z.number().int().min(0).max(10_000),
      })
      .partial()
      .strict(),
    response: z.object({ nodes: z.array(nodeSchema) }),
    status: 200,
    handler: async ({ params, body, actor }) => {
      await editCatalogueNode(db, actor, params.bodyId, params.nodeId, body);
      return { nodes: await catalogueTree(db, params.bodyId) };
    },
  });
}
