import PgBoss from 'pg-boss';
import type { Database } from '../storage/database.ts';
import { dispatchOutbox } from './notifications.ts';
import type { AdapterSet } from './notifications.ts';

const queue = 'outbox-dispatch';

export interface NotificationWorker {
  /** Asks for a dispatch soon (after a command committed a message); cheap and safe to repeat. */
  kick(): Promise<void>;
  stop(): Promise<void>;
}

export interface WorkerOptions {
  adapters: AdapterSet;
  /** postgres://… when db is PostgreSQL: pg-boss keeps its own tables in schema `pgboss`. */
  databaseUrl?: string | undefined;
  pollIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * PostgreSQL: pg-boss, so any app instance behind the load balancer can pick up the work and a
 * cron sweep catches messages whose kick was lost. PGlite (one process, one connection; pg-boss
 * needs a real server): a simple in-process poller.
 */
export async function startNotificationWorker(
  db: Database,
  options: WorkerOptions,
): Promise<NotificationWorker> {
  const onError = options.onError ?? (() => undefined);
  const dispatch = async () => {
    await dispatchOutbox(db, options.adapters);
  };
  if (db.kind === 'postgres' && options.databaseUrl) {
    const boss = new PgBoss({ connectionString: options.databaseUrl, max: 2 });
    boss.on('error', onError);
    await boss.start();
    await boss.createQueue(queue, { name: queue, policy: 'singleton' });
    await boss.work(queue, dispatch);
    await boss.schedule(queue, '* * * * *');
    return {
      kick: async () => {
        await boss.send(queue, {});
      },
      stop: () => boss.stop({ graceful: true, wait: true }),
    };
  }
  let running: Promise<void> | undefined;
  const poll = () => {
    running ??= dispatch()
      .catch(onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(poll, options.pollIntervalMs ?? 2_000);
  timer.unref();
  return {
    kick: () => poll(),
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
