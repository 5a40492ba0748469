import type { Database, SqlRunner } from '../storage/database.ts';
import type { Logger } from '../runtime/logger.ts';

/**
 * Changes to what the public portal shows of a body (an item published, withdrawn or repealed; a
 * catalogue node renamed), so the portal's short-lived page caches drop that body's pages at once:
 *
 * - in the transaction making the change, `notifyPublicChange` sends `pg_notify` on
 *   `PUBLIC_CHANGES_CHANNEL`, which every app instance on the database hears (`hearPublicChanges`,
 *   one LISTEN connection each) if and when the transaction commits, and never if it rolls back;
 * - after the commit, `announcePublicChange` tells this instance's caches at once, whether or not
 *   its listening connection is up.
 *
 * An instance is its `Database` handle: listeners and announcements are kept per handle, so two apps
 * built on two handles in one process (the tests' two instances) hear each other only through the
 * database. docs/adr/0003-public-changes-notify.md.
 */
export type PublicChange =
  | { bodyId: string }
  /** Anything may have changed (notifications were missed while the listening connection was down). */
  | { everyBody: true };

export const PUBLIC_CHANGES_CHANNEL = 'gongkai_public_changes';

type Listener = (change: PublicChange) => void;

const listenersOf = new WeakMap<Database, Set<Listener>>();

/** Listens for the changes heard on `db`; returns the function that stops listening. */
export function onPublicChange(db: Database, listener: Listener): () => void {
  const listeners = listenersOf.get(db) ?? new Set();
  listenersOf.set(db, listeners.add(listener));
  return () => listeners.delete(listener);
}

/** Call after the change has committed: a cache refilled before the commit would keep the old page. */
export function announcePublicChange(db: Database, change: PublicChange): void {
  for (const listener of listenersOf.get(db) ?? []) listener(change);
}

/** Call inside the transaction making the change: the other instances hear it once it commits. */
export async function notifyPublicChange(tx: SqlRunner, change: { bodyId: string }): Promise<void> {
  await tx.query('select pg_notify($1, $2)', [PUBLIC_CHANGES_CHANNEL, change.bodyId]);
}

/**
 * Hears the changes every instance commits on the database (this one's too: dropping twice is
 * harmless) and announces them on `db`. After the listening connection was lost, every body is
 * announced, as notifications may have been missed. Returns the function that stops hearing.
 */
export function hearPublicChanges(db: Database, logger: Logger): Promise<() => Promise<void>> {
  return db.listen(PUBLIC_CHANGES_CHANNEL, {
    notified: (bodyId) => announcePublicChange(db, { bodyId }),
    lost: (err, retryInMs) =>
      logger.warn(
        { err, retryInMs },
        '门户缓存失效通知连接中断，稍后重连 / public-change listener lost, reconnecting',
      ),
    resumed: () => {
      logger.info(
        '门户缓存失效通知已重连，清空全部缓存 / public-change listener back, all cached pages dropped',
      );
      announcePublicChange(db, { everyBody: true });
    },
  });
}
