import { describe, expect, it } from 'vitest';
import { RecentCache } from './recent-cache.ts';

describe('RecentCache (related 解读 lists on item pages)', () => {
  it('loads once within the time to live, again after it', async () => {
    let clock = 0;
    let loads = 0;
    const cache = new RecentCache<number>(1_000, 10, () => clock);
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    clock = 999;
    expect(await cache.get('a', load)).toBe(1);
    clock = 1_000;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('drops the oldest entry past its size and forgets a failed load', async () => {
    let loads = 0;
    const cache = new RecentCache<number>(60_000, 2);
    const load = async () => ++loads;
    await cache.get('a', load);
    await cache.get('b', load);
    await cache.get('c', load);
    expect(await cache.get('a', load)).toBe(4);
    await expect(cache.get('x', () => Promise.reject(new Error('数据库不可用')))).rejects.toThrow(
      '数据库不可用',
    );
    expect(await cache.get('x', load)).toBe(5);
  });
});
