interface Entry<V> {
  value: Promise<V>;
  /** The value once loaded (for `forEachLoaded`). */
  loaded?: V;
  expires: number;
}

/**
 * A small in-process cache of values that may be a little stale (the portal's rendered item pages,
 * a body's counts per catalogue node): an entry lives `ttlMs`, and past `maxEntries` the least
 * recently used is dropped (a Map keeps insertion order; a hit moves its entry to the end).
 */
export class RecentCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key`, or `load()`'s (concurrent callers share one load; a failed load is not kept). */
  get(key: string, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.expires > this.now()) {
      this.entries.set(key, hit);
      return hit.value;
    }
    const entry: Entry<V> = { value: load(), expires: this.now() + this.ttlMs };
    entry.value.then(
      (loaded) => (entry.loaded = loaded),
      () => this.forgetEntry(key, entry),
    );
    this.entries.set(key, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  /**
   * Drops every entry whose key passes `test`, loads still running included: a load that began
   * before a change committed may have read the old state.
   */
  forgetWhere(test: (key: string) => boolean): void {
    for (const key of [...this.entries.keys()]) if (test(key)) this.entries.delete(key);
  }

  /** Calls `visit` with each value loaded and still held (expired ones too, until replaced). */
  forEachLoaded(visit: (value: V) => void): void {
    for (const entry of this.entries.values()) if (entry.loaded !== undefined) visit(entry.loaded);
  }

  get size(): number {
    return this.entries.size;
  }

  /** A failed load is forgotten, unless a newer entry has taken its key meanwhile. */
  private forgetEntry(key: string, entry: Entry<V>): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}
