import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCalendarCoverage } from './calendar-watch.ts';
import type { CalendarCoverage } from '../application/calendar-coverage.ts';

afterEach(() => vi.useRealTimers());

describe('watchCalendarCoverage: the server logs the calendar warning at start and once a day', () => {
  it('warns at start and every day while there is a warning, stays silent once there is none', () => {
    vi.useFakeTimers();
    const warn = vi.fn();
    let coverage: CalendarCoverage = { years: [2008, 2026], warning: '警告：尚未导入2027年的工作日历。' };
    const watch = watchCalendarCoverage({ warn }, () => coverage);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenLastCalledWith(
      { calendarYears: [2008, 2026] },
      '警告：尚未导入2027年的工作日历。',
    );
    vi.advanceTimersByTime(24 * 3600_000 - 1);
    expect(warn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(warn).toHaveBeenCalledTimes(2);
    coverage = { years: [2008, 2027], warning: null };
    vi.advanceTimersByTime(24 * 3600_000);
    expect(warn).toHaveBeenCalledTimes(2);
    coverage = { years: [2008, 2027], warning: '警告：缺少今年' };
    watch.stop();
    vi.advanceTimersByTime(3 * 24 * 3600_000);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('says nothing at start when the calendar reaches far enough, and does not keep the process alive', () => {
    const warn = vi.fn();
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const watch = watchCalendarCoverage({ warn }, () => ({ years: [2008, 2027], warning: null }));
    expect(warn).not.toHaveBeenCalled();
    const timer = setInterval.mock.results[0]?.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    watch.stop();
    setInterval.mockRestore();
  });
});
