import type { FastifyInstance } from 'fastify';
import type { IsoDate } from '../core/calendar/index.ts';
import type { RequestDeps } from '../application/requests.ts';
import { todayInChina } from '../application/items/due-date.ts';

/** Today in China on the app's clock (AppDeps.now; unset: the system's). */
export function appToday(app: FastifyInstance): IsoDate {
  return todayInChina(app.deps.now?.()) as IsoDate;
}

/** What request commands need, on the app's calendar provider: a newly imported year counts at once. */
export function requestDeps(app: FastifyInstance): RequestDeps {
  return {
    db: app.deps.db,
    get calendar() {
      return app.calendar.current();
    },
    today: () => appToday(app),
  };
}
