import type { FastifyInstance } from 'fastify';
import { hearPublicChanges, onPublicChange } from '../../application/public-changes.ts';
import { RecentCache } from './recent-cache.ts';

/** The key of something cached for a body: the body's id first, so a change to the body finds it. */
export const bodyKey = (bodyId: string, ...rest: string[]): string => [bodyId, ...rest].join(' ');

/** Which entries a change to a body makes stale: by default those keyed with `bodyKey(bodyId, …)`. */
export type StaleEntries = (key: string, bodyId: string) => boolean;
const keyedByBody: StaleEntries = (key, bodyId) => key.startsWith(bodyKey(bodyId, ''));

/** The apps already hearing the other instances' changes (one LISTEN for all of an app's caches). */
const hearing = new WeakSet<FastifyInstance>();

/**
 * Listens for the changes every instance commits on the database until the app closes; the app is
 * ready only once listening (or once the first attempt has failed and a retry is scheduled).
 */
function hearOtherInstances(app: FastifyInstance): void {
  if (hearing.has(app)) return;
  hearing.add(app);
  const listening = hearPublicChanges(app.deps.db, app.deps.logger);
  app.addHook('onReady', async () => {
    await listening;
  });
  // Runs before the runtime closes the database (src/runtime/server.ts closes the app first).
  app.addHook('onClose', async () => {
    const stopListening = await listening;
    await stopListening();
  });
}

/**
 * A RecentCache of what the portal shows, whose entries a body's change makes stale (`stale`)
 * are dropped as soon as a publication, withdrawal, repeal or catalogue edit of that body commits:
 * at once in this instance, and in the others when they hear the database's notification
 * (src/application/public-changes.ts). If that listening connection was lost, every entry is
 * dropped once it is back; while it is down, another instance's change is seen after at most `ttlMs`.
 */
export function publicPageCache<V>(
  app: FastifyInstance,
  ttlMs: number,
  maxEntries: number,
  stale: StaleEntries = keyedByBody,
): RecentCache<V> {
  const cache = new RecentCache<V>(ttlMs, maxEntries);
  hearOtherInstances(app);
  const stop = onPublicChange(app.deps.db, (change) =>
    cache.forgetWhere((key) => !('bodyId' in change) || stale(key, change.bodyId)),
  );
  app.addHook('onClose', async () => {
    stop();
  });
  return cache;
}
