import Fastify from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Database } from '../storage/database.ts';
import type { Logger } from '../runtime/logger.ts';
import { calendarProvider, shippedCalendarDir } from '../application/calendar-provider.ts';
import type { CalendarProvider } from '../application/calendar-provider.ts';
import { registerErrorHandling } from './errors.ts';
import { healthRoutes } from './routes/health.ts';
import { portalRoutes } from '../web/portal/routes.ts';
import { consoleRoutes } from './routes/console.ts';
import { consoleVocabularyRoutes } from './routes/console-vocabulary.ts';
import { registerSecurity } from './security.ts';
import { registerApiFrame } from './api.ts';
import { authRoutes } from './routes/auth.ts';
import { openApiRoutes } from './routes/openapi.ts';
import { bodyRoutes } from './routes/bodies.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { itemRoutes } from './routes/items.ts';
import { exportRoutes } from './routes/export.ts';
import { requestRoutes } from './routes/requests.ts';
import { letterRoutes } from './routes/letters.ts';
import { appealRoutes } from './routes/appeals.ts';
import { activityRoutes } from './routes/activities.ts';
import { statsRoutes } from './routes/stats.ts';
import { annualReportRoutes } from './routes/annual-reports.ts';
import { checkJobRoutes } from './routes/check-jobs.ts';
import { calendarRoutes } from './routes/calendar.ts';

export interface AppDeps {
  db: Database;
  logger: Logger;
  /**
   * The working-day calendar every route computes with (the server's: GONGKAI_CALENDAR_DIR); unset:
   * one on `calendarDir`, on the app's clock.
   */
  calendar?: CalendarProvider;
  /** The working-day calendar directory when `calendar` is unset; unset: data/calendar. */
  calendarDir?: string;
  /** The clock; unset: the system's. */
  now?: () => Date;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
    /** The one working-day calendar of the app (re-read when its folder changes). */
    calendar: CalendarProvider;
  }
}

/** Builds the whole HTTP server; routes are plugins, each in its own file. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  });
  app.decorate('deps', deps);
  app.decorate(
    'calendar',
    deps.calendar ??
      calendarProvider({
        dir: deps.calendarDir ?? shippedCalendarDir,
        logger: deps.logger,
        ...(deps.now ? { now: deps.now } : {}),
      }),
  );
  registerErrorHandling(app);
  await registerSecurity(app);
  registerApiFrame(app);
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(bodyRoutes);
  await app.register(catalogueRoutes);
  await app.register(itemRoutes);
  await app.register(exportRoutes);
  await app.register(requestRoutes);
  await app.register(letterRoutes);
  await app.register(appealRoutes);
  await app.register(activityRoutes);
  await app.register(statsRoutes);
  await app.register(annualReportRoutes);
  await app.register(checkJobRoutes);
  await app.register(calendarRoutes);
  await app.register(consoleVocabularyRoutes);
  await app.register(openApiRoutes);
  await app.register(portalRoutes);
  await app.register(consoleRoutes);
  return app;
}
