import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { apiRoute } from '../api.ts';
import { requireActor } from '../session.ts';
import { calendarCoverage } from '../../application/calendar-coverage.ts';
import { appToday } from '../request-deps.ts';
import type { CalendarCoverage } from '../../application/calendar-coverage.ts';

export const calendarCoverageSchema = z.object({
  years: z
    .tuple([z.number().int(), z.number().int()])
    .nullable()
    .meta({ description: '已导入工作日历的首末年份' }),
  warning: z
    .string()
    .nullable()
    .meta({ description: '自11月1日起缺少下一年（或缺少本年）工作日历时的警告；无问题时为 null' }),
});

/** The coverage of the app's calendar today (Beijing date), for /healthz and the console. */
export function appCalendarCoverage(app: FastifyInstance): CalendarCoverage {
  return calendarCoverage(app.calendar.current(), appToday(app));
}

/** Any signed-in staff member, of any body, learns whether the working-day calendar reaches far enough. */
export async function calendarRoutes(app: FastifyInstance): Promise<void> {
  apiRoute(app, {
    method: 'GET',
    path: '/calendar/coverage',
    summary: '工作日历覆盖情况：已导入的年份，缺少下一年节假日安排时的警告',
    tags: ['工作台'],
    response: calendarCoverageSchema,
    noStore: true,
    handler: async ({ request }) => {
      requireActor(request);
      return appCalendarCoverage(app);
    },
  });
}
