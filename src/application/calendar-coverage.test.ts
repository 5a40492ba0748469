// core/calendar/coverage.ts: a missing current year always warns; from 1 November (Beijing date) a
// missing next year warns too (the State Council notice comes in late autumn); otherwise null.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../core/calendar/index.ts';
import type { CalendarYear, IsoDate } from '../core/calendar/index.ts';
import { calendarCoverage } from './calendar-coverage.ts';
import { calendarProvider } from './calendar-provider.ts';
import { todayInChina } from './items/due-date.ts';
import { createLogger } from '../runtime/logger.ts';

const year = (y: number): CalendarYear => ({ year: y, sources: [], holidays: {}, makeUpWorkdays: {} });
const through2026 = buildCalendar([year(2026), year(2024), year(2025)]);
const through2027 = buildCalendar([year(2025), year(2026), year(2027)]);

describe('calendarCoverage: the years held and coverage.ts’s warning on a Beijing date', () => {
  it.each([
    // [calendar, today, warning expected (a fragment) or null]
    ['2024–2026', through2026, '2026-10-31', null], // before 1 November: no warning yet
    ['2024–2026', through2026, '2026-11-01', '尚未导入2027年的工作日历'], // from 1 November
    ['2024–2026', through2026, '2026-11-28', '尚未导入2027年的工作日历'],
    ['2024–2026', through2026, '2026-12-31', '尚未导入2027年的工作日历'],
    ['2024–2026', through2026, '2027-01-04', '缺少今年（2027年）的工作日历'], // current year missing
    ['2025–2027', through2027, '2026-11-28', null], // next year imported
    ['2025–2027', through2027, '2027-10-31', null],
    ['2025–2027', through2027, '2027-11-01', '尚未导入2028年的工作日历'],
    ['2025–2027', through2027, '2024-06-01', '缺少今年（2024年）的工作日历'],
  ] as const)('%s on %s', (_label, calendar, today, fragment) => {
    const { warning } = calendarCoverage(calendar, today as IsoDate);
    if (fragment === null) expect(warning).toBeNull();
    else {
      expect(warning).toContain(fragment);
      expect(warning).toContain('gongkai calendar import');
    }
  });

  it('gives the first and last year held, in order, or null for an empty calendar', () => {
    expect(calendarCoverage(through2026, '2026-06-01').years).toEqual([2024, 2026]);
    expect(calendarCoverage(buildCalendar([]), '2026-06-01')).toEqual({
      years: null,
      warning: expect.stringContaining('缺少今年（2026年）'),
    });
  });

  it('reads the day in Beijing: 2026-10-31T16:00Z is already 1 November there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-calendar-'));
    try {
      copyFileSync(new URL('../../data/calendar/2026.json', import.meta.url), join(dir, '2026.json'));
      const calendar = calendarProvider({ dir, logger: createLogger('silent') }).current();
      const on = (instant: string) => calendarCoverage(calendar, todayInChina(new Date(instant)) as IsoDate);
      expect(on('2026-10-31T15:59:59Z')).toEqual({
        years: [2026, 2026],
        warning: null,
      });
      expect(on('2026-10-31T16:00:00Z').warning).toContain('尚未导入2027年');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
