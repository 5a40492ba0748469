// ItemViewBuffer's bookkeeping that keeps 浏览量 exact while a flush is under way (issue #8); the
// UPDATE itself is checked on both engines in src/web/portal/pages/item-views.db.test.ts.
import { describe, expect, it } from 'vitest';
import { ItemViewBuffer } from './item-views.ts';
import type { WrittenViews } from './item-views.ts';

/** A database whose one UPDATE commits when the test says so. */
function slowDatabase() {
  let commit = () => undefined as void;
  const committed = new Promise<void>((resolve) => (commit = resolve));
  return { db: { query: async () => (await committed, []) }, commit: () => commit() };
}

const ticks = async (n = 5) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('ItemViewBuffer while a flush is writing', () => {
  it('still counts the batch being written, then hands it to its listeners in the same tick', async () => {
    const { db, commit } = slowDatabase();
    const views = new ItemViewBuffer(db);
    const handed: WrittenViews[] = [];
    views.onWritten((written) => handed.push(written));
    views.add('甲', 2);
    const flushed = views.flush();
    await ticks();
    views.add('甲');
    expect(views.buffered('甲')).toBe(3);
    commit();
    await flushed;
    expect(views.buffered('甲')).toBe(1);
    expect(handed.map((w) => [...w])).toEqual([[['甲', 2]]]);
  });

  it('reads again when a flush began during the read (it may or may not have seen the UPDATE)', async () => {
    const { db, commit } = slowDatabase();
    const views = new ItemViewBuffer(db);
    views.add('甲');
    let reads = 0;
    let finishFirstRead = () => undefined as void;
    const result = views.readBetweenFlushes(async () => {
      reads += 1;
      if (reads === 1) await new Promise<void>((resolve) => (finishFirstRead = resolve));
      return reads;
    });
    await ticks();
    const flushed = views.flush();
    await ticks();
    finishFirstRead();
    await ticks();
    expect(reads).toBe(1); // waits for the flush to end before reading again
    commit();
    await flushed;
    expect(await result).toBe(2);
  });
});
