// calendarProvider: the server's calendar folder, validated as `gongkai calendar import` does, looked
// at again at most once per interval (files' names, sizes, mtimes); a bad file keeps the calendar in
// use and is logged (pino error) with its name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarProvider } from './calendar-provider.ts';

const year = (y: number) =>
  JSON.stringify({
    year: y,
    sources: [{ title: `${y}年节假日安排（测试）`, documentNumber: `（测试）` }],
    holidays: { [`${y}-01-01`]: '元旦' },
    makeUpWorkdays: {},
  });
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setUp(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  let at = 0;
  const errors: string[] = [];
  const logger = { info: () => {}, error: (_obj: unknown, msg: string) => void errors.push(msg) };
  const provider = calendarProvider({ dir, logger, now: () => new Date(at), checkEveryMs: 60_000 });
  const years = () => [...provider.current().years.keys()].sort();
  return { dir, errors, years, tick: (ms: number) => void (at += ms) };
}

describe('calendarProvider', () => {
  it.each([
    // [case, files at start, a file written later, years at start, years a minute later, errors naming]
    ['a year imported', { '2026.json': year(2026) }, ['2027.json', year(2027)], [2026], [2026, 2027], []],
    ['bad JSON kept out', { '2026.json': year(2026) }, ['2027.json', '{'], [2026], [2026], ['2027.json']],
    [
      'a file named for another year',
      { '2026.json': year(2026) },
      ['2028.json', year(2027)],
      [2026],
      [2026],
      ['2028.json'],
    ],
    ['bad at start, then fixed', { '2026.json': '[]' }, ['2026.json', year(2026)], [], [2026], ['2026.json']],
  ] as const)('%s', (_case, files, [name, text], atStart, later, named) => {
    const { dir, errors, years, tick } = setUp(files);
    expect(years()).toEqual(atStart);
    writeFileSync(join(dir, name), text);
    tick(59_999);
    expect(years()).toEqual(atStart); // not looked at within the minute
    tick(1);
    expect(years()).toEqual(later);
    tick(60_000);
    expect(years()).toEqual(later); // an unchanged bad file is not logged again
    expect(errors).toHaveLength(named.length);
    named.forEach((file, i) => expect(errors[i]).toContain(join(dir, file)));
  });

  it('a missing folder is an empty calendar (the coverage warning says so), not an error', () => {
    const errors: string[] = [];
    const logger = { info: () => {}, error: (_obj: unknown, msg: string) => void errors.push(msg) };
    const provider = calendarProvider({ dir: join(tmpdir(), 'gongkai-no-such-calendar'), logger });
    expect(provider.current().years.size).toBe(0);
    expect(errors).toEqual([]);
  });
});
