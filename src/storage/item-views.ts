import type { SqlRunner } from './database.ts';

/** How often buffered 浏览量 reach the database. */
export const VIEW_FLUSH_MS = 5_000;

/** Counts written by one flush, item id → views. */
export type WrittenViews = ReadonlyMap<string, number>;

/**
 * 浏览量 counted in memory and written in one UPDATE every few seconds, instead of one committed
 * write (a fsync) per page view. A graceful shutdown flushes what is left (`close`); a kill -9
 * may lose the last few seconds of view counts — acceptable for a statistic, never for records.
 */
export class ItemViewBuffer {
  private pending = new Map<string, number>();
  /** The batch an UPDATE is writing: still counted as buffered until that UPDATE has committed. */
  private writing: WrittenViews = new Map();
  private writesStarted = 0;
  private readonly written = new Set<(views: WrittenViews) => void>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly db: SqlRunner) {}

  /** Counts one view of a published item (its id already checked against the database). */
  add(itemId: string, views = 1): void {
    this.pending.set(itemId, (this.pending.get(itemId) ?? 0) + views);
  }

  /** Views counted here but not yet committed to `items.view_count`. */
  buffered(itemId: string): number {
    return (this.pending.get(itemId) ?? 0) + (this.writing.get(itemId) ?? 0);
  }

  /**
   * Calls `listener` with each batch once it is stored, in the same tick as `buffered` stops
   * counting it (a page that keeps a stored count moves the batch over); returns the unsubscribe.
   */
  onWritten(listener: (views: WrittenViews) => void): () => void {
    this.written.add(listener);
    return () => this.written.delete(listener);
  }

  /**
   * Runs a read of `items.view_count` that no flush overlaps, so stored + `buffered` is exact: an
   * UPDATE committing during the read might or might not be in what it saw. Retried if one did.
   */
  async readBetweenFlushes<T>(read: () => Promise<T>): Promise<T> {
    for (;;) {
      await this.flushing.catch(() => undefined);
      if (this.writing.size > 0) continue;
      const started = this.writesStarted;
      const value = await read();
      if (started === this.writesStarted) return value;
    }
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
    this.writing = batch;
    this.writesStarted += 1;
    try {
      await this.db.query(
        `update items i set view_count = i.view_count + v.n
           from unnest($1::uuid[], $2::int[]) as v(id, n) where i.id = v.id`,
        [[...batch.keys()], [...batch.values()]],
      );
    } catch (error) {
      // Put the counts back so the next flush retries them.
      this.writing = new Map();
      for (const [id, n] of batch) this.add(id, n);
      throw error;
    }
    try {
      for (const listener of this.written) listener(batch);
    } finally {
      this.writing = new Map();
    }
  }
}

const perApp = new WeakMap<object, ItemViewBuffer>();

/**
 * The one buffer of an app (`owner` is its deps object), shared by the portal's item page and the
 * public API so both count into the same figures; started on first use. Each user closes it on
 * the app's close (a second close finds nothing to write).
 */
export function itemViewBufferOf(owner: object, db: SqlRunner): ItemViewBuffer {
  let views = perApp.get(owner);
  if (!views) {
    views = new ItemViewBuffer(db);
    views.start();
    perApp.set(owner, views);
  }
  return views;
}
