import { describe, expect, it } from 'vitest';
import { RecentCache } from './recent-cache.ts';

describe('RecentCache (rendered item pages, counts per catalogue node)', () => {
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

  it('drops the least recently used entry past its size and forgets a failed load', async () => {
    let loads = 0;
    const cache = new RecentCache<number>(60_000, 2);
    const load = async () => ++loads;
    await cache.get('a', load);
    await cache.get('b', load);
    expect(await cache.get('a', load)).toBe(1); // a is now the most recently used
    await cache.get('c', load);
    expect(await cache.get('a', load)).toBe(1);
    expect(await cache.get('b', load)).toBe(4);
    await expect(cache.get('x', () => Promise.reject(new Error('数据库不可用')))).rejects.toThrow(
      '数据库不可用',
    );
    expect(await cache.get('x', load)).toBe(5);
  });

  it('forgets the entries a change concerns, a load still running included', async () => {
    let loads = 0;
    const cache = new RecentCache<{ n: number }>(60_000, 10);
    const load = async () => ({ n: ++loads });
    await cache.get('甲 1', load);
    await cache.get('乙 1', load);
    let finish: (value: { n: number }) => void = () => undefined;
    const running = cache.get('甲 2', () => new Promise((resolve) => (finish = resolve)));
    cache.forgetWhere((key) => key.startsWith('甲 '));
    finish({ n: 0 });
    expect(await running).toEqual({ n: 0 });
    expect(await cache.get('甲 1', load)).toEqual({ n: 3 });
    expect(await cache.get('甲 2', load)).toEqual({ n: 4 });
    expect(await cache.get('乙 1', load)).toEqual({ n: 2 });
    const seen: number[] = [];
    cache.forEachLoaded((value) => seen.push(value.n));
    expect(seen.sort()).toEqual([2, 3, 4]);
  });
});
