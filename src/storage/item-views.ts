import type { SqlRunner } from './database.ts';

/** How often buffered 浏览量 reach the database. */
export const VIEW_FLUSH_MS = 5_000;

/**
 * 浏览量 counted in memory and written in one UPDATE every few seconds, instead of one committed
 * write (a fsync) per page view. A graceful shutdown flushes what is left (`close`); a kill -9
 * may lose the last few seconds of view counts — acceptable for a statistic, never for records.
 */
export class ItemViewBuffer {
  private pending = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: SqlRunner) {}

  /** Counts one view of a published item (its id already checked against the database). */
  add(itemId: string, views = 1): void {
    this.pending.set(itemId, (this.pending.get(itemId) ?? 0) + views);
  }

  /** Views counted here but not yet in `items.view_count`. */
  buffered(itemId: string): number {
    return this.pending.get(itemId) ?? 0;
  }

  /** Starts the periodic flush; the timer does not keep the process alive. */
  start(everyMs = VIEW_FLUSH_MS): void {
    this.timer ??= setInterval(() => void this.flush().catch(() => undefined), everyMs);
    this.timer.unref();
  }

  /** Writes every buffered count in one statement; flushes never overlap. */
  flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.write());
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.db.query(
        `update items i set view_count = i.view_count + v.n
           from unnest($1::uuid[], $2::int[]) as v(id, n) where i.id = v.id`,
        [[...batch.keys()], [...batch.values()]],
      );
    } catch (error) {
      // Put the counts back so the next flush retries them.
      for (const [id, n] of batch) this.add(id, n);
      throw error;
    }
  }
}
