import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { apiPrefix, problemSchema } from '../api.ts';
import type { RegisteredApiRoute } from '../api.ts';
import { dataTable, html } from '../../web/html.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const problemResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/** OpenAPI 3.1 from the zod schemas the routes validate with. */
export function openApiDocument(routes: RegisteredApiRoute[]): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = apiPrefix + route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: route.tags,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
            },
          }
        : {}),
      responses: {
        [String(route.status)]: {
          description: '成功',
          content: {
            [route.contentType ?? 'application/json']: { schema: jsonSchema(route.response, 'output') },
          },
        },
        '400': problemResponse('请求参数有误'),
        '401': problemResponse('未登录'),
        '403': problemResponse('无权限或请求来源无法验证'),
        '404': problemResponse('不存在'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Gongkai 政府信息公开平台接口',
      version: '1.0.0',
      description: '错误一律返回 {code, message}（中文）。会话使用 Cookie，写操作须带 x-csrf-token 请求头。',
    },
    paths,
    components: { schemas: { Problem: jsonSchema(problemSchema, 'output') } },
  };
}

export async function openApiRoutes(app: FastifyInstance): Promise<void> {
  let cached: JsonSchema | undefined;
  const document = () => (cached ??= openApiDocument(app.apiRoutes));

  app.get('/api/docs/openapi.json', async (_request, reply) => reply.send(document()));

  // A plain page (no scripts, so the CSP stays strict) listing every operation.
  app.get('/api/docs', async (_request, reply) => {
    const rows = app.apiRoutes.map(
      (r) =>
        html`<tr>
          <td><code>${r.method}</code></td>
          <td><code>${apiPrefix}${r.path}</code></td>
          <td>${r.summary}</td>
          <td>${r.tags.join('、')}</td>
        </tr>`,
    );
    const page = html`<!doctype html>
      <html lang="zh-CN">
        <head>
          <meta charset="utf-8" />
          <title>接口文档 - Gongkai</title>
          <link rel="stylesheet" href="/assets/portal.css" />
        </head>
        <body>
          <main class="wrap">
            <h1>接口文档（REST /api/v1）</h1>
            <p>
              机器可读的 OpenAPI 3.1 文档：<a href="/api/docs/openapi.json">/api/docs/openapi.json</a>。
              错误一律返回 <code>{code, message}</code>，写操作须带 <code>x-csrf-token</code> 请求头。
            </p>
            ${dataTable(['方法', '路径', '说明', '分类'], rows)}
          </main>
        </body>
      </html>`;
    return reply.type('text/html; charset=utf-8').send(page.value);
  });
}
