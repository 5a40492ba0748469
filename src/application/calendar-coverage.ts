import type { IsoDate, WorkingCalendar } from '../core/calendar/index.ts';
import { calendarCoverageWarning } from '../core/calendar/index.ts';

/** What the server says about its working-day calendar: the years it holds and the coverage warning. */
export interface CalendarCoverage {
  /** First and last year of the calendar folder, or null when it holds none. */
  years: [first: number, last: number] | null;
  /** core/calendar/coverage.ts's warning for `today` (a Beijing date), or null when all is well. */
  warning: string | null;
}

export function calendarCoverage(calendar: WorkingCalendar, today: IsoDate): CalendarCoverage {
  const years = [...calendar.years.keys()].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  return {
    years: first === undefined || last === undefined ? null : [first, last],
    warning: calendarCoverageWarning(calendar, today),
  };
}
