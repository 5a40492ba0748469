import type { FastifyInstance } from 'fastify';
import { onPublicChange } from '../../application/public-changes.ts';
import { RecentCache } from './recent-cache.ts';

/** The key of something cached for a body: the body's id first, so a change to the body finds it. */
export const bodyKey = (bodyId: string, ...rest: string[]): string => [bodyId, ...rest].join(' ');

/**
 * A RecentCache of what the portal shows of a body (keys made with `bodyKey`), whose body's
 * entries are dropped as soon as a publication, withdrawal, repeal or catalogue edit of that
 * body commits in this process (src/application/public-changes.ts). Another app instance's
 * change reaches this cache only when its entries expire, after at most `ttlMs`.
 */
export function publicPageCache<V>(app: FastifyInstance, ttlMs: number, maxEntries: number): RecentCache<V> {
  const cache = new RecentCache<V>(ttlMs, maxEntries);
  const stop = onPublicChange(({ bodyId }) =>
    cache.forgetWhere((key) => key.startsWith(bodyKey(bodyId, ''))),
  );
  app.addHook('onClose', async () => {
    stop();
  });
  return cache;
}
