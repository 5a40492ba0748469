/**
 * A small in-process cache of values that may be a little stale (the portal's related 解读 lists):
 * an entry lives `ttlMs`, and past `maxEntries` the oldest is dropped (a Map keeps insertion order).
 */
export class RecentCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or `load()`'s (concurrent callers share one load; a failed load is not kept). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    this.entries.delete(key);
    const value = load();
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
