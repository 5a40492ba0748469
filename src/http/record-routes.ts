import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { apiRoute } from './api.ts';
import type { ApiContext, ApiRouteDefinition } from './api.ts';

/** What the staff routes on one record of a body share. */
export interface StaffRecord<P extends z.ZodType, R extends z.ZodType> {
  /** The record's own path (`/bodies/:bodyId/requests/:requestId`); its routes are at or below it. */
  path: string;
  tags: string[];
  params: P;
  response: R;
  /** The record as the caller may see it, read afresh: what every route on it answers. */
  view(context: ApiContext<z.output<P>, unknown, unknown>): Promise<z.input<R>>;
}

type ChangeDefinition<P extends z.ZodType, B extends z.ZodType> = Pick<
  ApiRouteDefinition<P, z.ZodType, B, z.ZodType>,
  'method' | 'summary' | 'body' | 'status'
> & {
  /** Below the record's path (`/events`); the record's path itself when left out. */
  path?: string;
  /** The change, authorised and committed by the application command it calls. */
  run(context: ApiContext<z.output<P>, unknown, z.output<B>>): Promise<unknown>;
};

/**
 * Staff routes on one record of a body (an item, a request): a read of its view, and changes
 * answered with the view read once the change has committed — the record as it now stands.
 */
export function staffRecordRoutes<P extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  record: StaffRecord<P, R>,
) {
  const { path, tags, params, response, view } = record;
  return {
    read(definition: { summary: string; noStore?: boolean }): void {
      apiRoute(app, { method: 'GET', path, ...definition, tags, params, response, handler: view });
    },
    change<B extends z.ZodType>({ path: below = '', run, ...definition }: ChangeDefinition<P, B>): void {
      apiRoute(app, {
        ...definition,
        path: path + below,
        tags,
        params,
        response,
        handler: async (context) => {
          await run(context);
          return view(context);
        },
      });
    },
  };
}
