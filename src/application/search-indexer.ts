import type { Database } from '../storage/database.ts';
import { drainSearchQueue } from '../storage/search.ts';

export interface SearchIndexer {
  /** Indexes everything queued now; resolves when the queue was empty once. */
  catchUp(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keeps item_search up with item_search_queue (filled by a trigger, whoever changed the item), so
 * a search never waits for indexing. Publication indexes its item in its own transaction; this
 * catches everything else (imports, edits in SQL, a backlog after a migration). Several instances
 * on one PostgreSQL share the queue: a batch locks its rows and the others skip them.
 */
export function startSearchIndexer(
  db: Database,
  options: { intervalMs?: number; batchSize?: number; onError?: (error: unknown) => void } = {},
): SearchIndexer {
  const batchSize = options.batchSize ?? 200;
  let running: Promise<void> | undefined;
  const catchUp = () =>
    (running ??= (async () => {
      // Batch after batch, each its own short transaction, until a batch comes back short.
      while ((await drainSearchQueue(db, batchSize)) === batchSize);
    })()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      }));
  const timer = setInterval(() => void catchUp(), options.intervalMs ?? 1_000);
  timer.unref();
  return {
    catchUp,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
