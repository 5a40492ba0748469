import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { openDatabase } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { buildApp } from '../http/app.ts';
import { seedDemo } from '../application/seed-demo.ts';
import { logAdapter } from '../application/notifications.ts';
import { startNotificationWorker } from '../application/notifications-worker.ts';
import { startSearchIndexer } from '../application/search-indexer.ts';
import { appCalendarCoverage } from '../http/routes/calendar.ts';
import { watchCalendarCoverage } from './calendar-watch.ts';
import { calendarProvider } from '../application/calendar-provider.ts';

export interface RunningServer {
  baseUrl: string;
  databaseKind: 'pglite' | 'postgres';
  stop(): Promise<void>;
}

/** Opens the database, migrates, loads demo data when asked, and listens. */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const applied = await migrate(db);
  if (applied.length) logger.info({ applied }, '数据库迁移完成 / migrations applied');
  if (config.DEMO_DATA === 'true') {
    const { seeded, accounts } = await seedDemo(db);
    if (seeded) logger.info('已载入演示数据 / demo data loaded');
    if (accounts) {
      console.log(
        `演示账号 demo sign-in: ${accounts.usernames.join(', ')} / 密码 password: ${accounts.password}`,
      );
    }
  }
  // One working-day calendar for every route: GONGKAI_CALENDAR_DIR, re-read when a year is imported.
  const calendar = calendarProvider({ dir: config.GONGKAI_CALENDAR_DIR, logger });
  const app = await buildApp({ db, logger, calendar });
  // Outbox → applicants (log adapter until an e-mail/SMS gateway is configured); pg-boss on PostgreSQL.
  const notifications = await startNotificationWorker(db, {
    adapters: { log: logAdapter(logger) },
    databaseUrl: config.DATABASE_URL,
    onError: (err) => logger.warn({ err }, '通知发送失败 / notification dispatch failed'),
  });
  // Search indexing in the background: item_search_queue → item_search (searches never wait for it).
  const searchIndexer = startSearchIndexer(db, {
    onError: (err) => logger.warn({ err }, '检索索引更新失败 / search indexing failed'),
  });
  // From 1 November, next year's holiday notice not imported: logged at start and once a day.
  const calendarWatch = watchCalendarCoverage(logger, () => appCalendarCoverage(app));
  const address = await app.listen({ host: config.HOST, port: config.PORT });
  const baseUrl = config.PUBLIC_BASE_URL ?? address.replace('[::1]', 'localhost');
  let stopping: Promise<void> | undefined;
  return {
    baseUrl,
    databaseKind: db.kind,
    // Graceful: stop accepting, let in-flight requests finish (bounded), then close the database.
    // Closing the app also stops hearing other instances' portal changes (its LISTEN connection).
    stop: () =>
      (stopping ??= (async () => {
        calendarWatch.stop();
        const timer = setTimeout(() => app.server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
        await app.close();
        clearTimeout(timer);
        await notifications.stop();
        await searchIndexer.stop();
        await db.close();
      })()),
  };
}
