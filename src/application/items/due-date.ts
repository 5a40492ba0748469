import { buildCalendar, RuleError } from '../../core/calendar/index.ts';
import type { IsoDate, WorkingCalendar } from '../../core/calendar/index.ts';
import { proactivePublicationDueDate } from '../../core/deadline/index.ts';
import { Problem } from '../../http/errors.ts';
import { readCalendarFolder, shippedCalendarDir } from '../calendar-provider.ts';

let shipped: WorkingCalendar | undefined;

/**
 * The State Council working-day calendars shipped in data/calendar, read once: for the demo data and
 * tests. The server computes with its CalendarProvider (GONGKAI_CALENDAR_DIR, re-read when it changes).
 */
export function officialCalendar(): WorkingCalendar {
  return (shipped ??= buildCalendar(readCalendarFolder(shippedCalendarDir)));
}

/** Art. 26: published within 20 working days of being made (core/deadline decides; we only translate its refusal). */
export function publicationDueOn(madeOn: string, calendar = officialCalendar()): string {
  try {
    return proactivePublicationDueDate(calendar, madeOn as IsoDate).dueDate;
  } catch (error) {
    if (error instanceof RuleError) throw new Problem(400, error.code, error.message, 'madeOn');
    throw error;
  }
}

/** Today's date in China (the statutory days are Beijing days, whatever the server's zone). */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
