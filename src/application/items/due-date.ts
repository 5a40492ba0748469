import { readdirSync, readFileSync } from 'node:fs';
import { buildCalendar, RuleError } from '../../core/calendar/index.ts';
import type { CalendarYear, IsoDate, WorkingCalendar } from '../../core/calendar/index.ts';
import { proactivePublicationDueDate } from '../../core/deadline/index.ts';
import { Problem } from '../../http/errors.ts';

const calendarDir = new URL('../../../data/calendar/', import.meta.url);
let calendar: WorkingCalendar | undefined;

/** The State Council working-day calendars shipped in data/calendar, loaded once. */
export function officialCalendar(): WorkingCalendar {
  calendar ??= buildCalendar(
    readdirSync(calendarDir)
      .filter((name) => /^\d{4}\.json$/.test(name))
      .map((name) => JSON.parse(readFileSync(new URL(name, calendarDir), 'utf8')) as CalendarYear),
  );
  return calendar;
}

/** Art. 26: published within 20 working days of being made (core/deadline decides; we only translate its refusal). */
export function publicationDueOn(madeOn: string): string {
  try {
    return proactivePublicationDueDate(officialCalendar(), madeOn as IsoDate).dueDate;
  } catch (error) {
    if (error instanceof RuleError) throw new Problem(400, error.code, error.message, 'madeOn');
    throw error;
  }
}

/** Today's date in China (the statutory days are Beijing days, whatever the server's zone). */
export function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
