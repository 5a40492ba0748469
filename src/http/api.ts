import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../application/auth/roles.ts';
import { parseOrProblem } from './validation.ts';

/** REST API prefix; breaking changes get /api/v2, never an edit of v1. */
export const apiPrefix = '/api/v1';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiContext<P, Q, B> {
  request: FastifyRequest;
  reply: FastifyReply;
  params: P;
  query: Q;
  body: B;
  /** The signed-in staff member or null; commands call `authorize` with it. */
  actor: Actor | null;
}

export interface ApiRouteDefinition<
  P extends z.ZodType,
  Q extends z.ZodType,
  B extends z.ZodType,
  R extends z.ZodType,
> {
  method: Method;
  /** Path below /api/v1, Fastify style: `/bodies/:bodyId/items`. */
  path: string;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  /** What a 2xx response carries (documented; not re-validated at run time). */
  response: R;
  status?: number;
  /** Public reads get a weak ETag and answer 304 to If-None-Match. */
  etag?: boolean;
  /** Answers that carry personal data or a live state: no cache (browser or proxy) may keep them. */
  noStore?: boolean;
  /** For non-JSON responses (CSV…): the handler returns the body as a string, sent with this type. */
  contentType?: string;
  /** `rateLimits.*` from security.ts. */
  rateLimit?: { max: number; timeWindow: string };
  handler(context: ApiContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<z.input<R>>;
}

export interface RegisteredApiRoute {
  method: Method;
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status: number;
  contentType?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route defined with apiRoute, for the OpenAPI document. */
    apiRoutes: RegisteredApiRoute[];
  }
}

export function registerApiFrame(app: FastifyInstance): void {
  app.decorate('apiRoutes', [] as RegisteredApiRoute[]);
}

/**
 * Defines one /api/v1 route from zod schemas: they validate the input (400 `VALIDATION` with a
 * Chinese message and the field) and generate the OpenAPI document — one source for both.
 */
export function apiRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  definition: ApiRouteDefinition<P, Q, B, R>,
): void {
  const status = definition.status ?? (definition.method === 'POST' ? 201 : 200);
  app.apiRoutes.push({ ...definition, status });
  app.route({
    method: definition.method,
    url: apiPrefix + definition.path,
    config: definition.rateLimit ? { rateLimit: definition.rateLimit } : {},
    handler: async (request, reply) => {
      const params = definition.params ? parseOrProblem(definition.params, request.params) : {};
      const query = definition.query ? parseOrProblem(definition.query, request.query ?? {}) : {};
      const body = definition.body ? parseOrProblem(definition.body, request.body ?? {}) : undefined;
      if (definition.noStore) reply.header('cache-control', 'no-store');
      const result = await definition.handler({
        request,
        reply,
        params: params as z.output<P>,
        query: query as z.output<Q>,
        body: body as z.output<B>,
        actor: request.actor,
      });
      if (reply.sent) return reply;
      if (definition.contentType) return reply.status(status).type(definition.contentType).send(result);
      if (definition.etag) {
        const payload = JSON.stringify(result);
        const tag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
        reply.header('etag', tag).header('cache-control', 'public, max-age=60');
        if (request.headers['if-none-match'] === tag) return reply.status(304).send();
        return reply.status(status).type('application/json; charset=utf-8').send(payload);
      }
      return reply.status(status).send(result);
    },
  });
}

/** `?page=&pageSize=` with bounds, shared by every list. */
export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export function pageWindow(query: { page: number; pageSize: number }): { limit: number; offset: number } {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

export const problemSchema = z.object({
  code: z.string().meta({ description: '稳定的错误代码' }),
  message: z.string().meta({ description: '中文说明' }),
  field: z.string().optional().meta({ description: '出错的字段' }),
});
