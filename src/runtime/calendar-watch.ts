import type { Logger } from './logger.ts';
import type { CalendarCoverage } from '../application/calendar-coverage.ts';

const oneDayMs = 24 * 3600_000;

/**
 * Logs the calendar coverage warning (from 1 November: next year's holiday notice not imported) at
 * start and once a day. The timer is unref'd: it never keeps the process alive.
 */
export function watchCalendarCoverage(
  logger: Pick<Logger, 'warn'>,
  coverage: () => CalendarCoverage,
  everyMs = oneDayMs,
): { stop(): void } {
  const check = () => {
    const { years, warning } = coverage();
    if (warning) logger.warn({ calendarYears: years }, warning);
  };
  check();
  const timer = setInterval(check, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
