import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

/**
 * The response schema a route documents, found as the OpenAPI document finds it (`app.apiRoutes`).
 * Responses are not re-validated at run time, so API tests parse real responses with it:
 * `documentedResponse(app, 'GET', '/bodies/:bodyId/export/items.json').parse(response.json())`.
 */
export function documentedResponse(app: FastifyInstance, method: string, path: string): z.ZodType {
  const route = app.apiRoutes.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no documented route ${method} ${path}`);
  return route.response;
}
