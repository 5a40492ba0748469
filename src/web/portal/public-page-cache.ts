import type { FastifyInstance } from 'fastify';
import { onPublicChange } from '../../application/public-changes.ts';
import { RecentCache } from './recent-cache.ts';

/** The key of something cached for a body: the body's id first, so a change to the body finds it. */
export const bodyKey = (bodyId: string, ...rest: string[]): string => [bodyId, ...rest].join(' ');

/** Which entries a change to a body makes stale: by default those keyed with `bodyKey(bodyId, …)`. */
export type StaleEntries = (key: string, bodyId: string) => boolean;
const keyedByBody: StaleEntries = (key, bodyId) => key.startsWith(bodyKey(bodyId, ''));

/**
 * A RecentCache of what the portal shows, whose entries a body's change makes stale (`stale`)
 * are dropped as soon as a publication, withdrawal, repeal or catalogue edit of that body commits
 * in this process (src/application/public-changes.ts). Another app instance's change reaches this
 * cache only when its entries expire, after at most `ttlMs`.
 */
export function publicPageCache<V>(
  app: FastifyInstance,
  ttlMs: number,
  maxEntries: number,
  stale: StaleEntries = keyedByBody,
): RecentCache<V> {
  const cache = new RecentCache<V>(ttlMs, maxEntries);
  const stop = onPublicChange(({ bodyId }) => cache.forgetWhere((key) => stale(key, bodyId)));
  app.addHook('onClose', async () => {
    stop();
  });
  return cache;
}
