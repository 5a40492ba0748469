import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCalendar, RuleError } from '../../core/calendar/index.ts';
import type { CalendarYear, IsoDate, WorkingCalendar } from '../../core/calendar/index.ts';
import { proactivePublicationDueDate } from '../../core/deadline/index.ts';
import { Problem } from '../../http/errors.ts';

const shippedCalendarDir = fileURLToPath(new URL('../../../data/calendar/', import.meta.url));
const calendars = new Map<string, WorkingCalendar>();

/**
 * The State Council working-day calendars shipped in data/calendar (or in `dir`, for tests), loaded
 * once per directory: a year imported later is seen after a restart.
 */
export function officialCalendar(dir = shippedCalendarDir): WorkingCalendar {
  let calendar = calendars.get(dir);
  if (!calendar) {
    calendar = buildCalendar(
      readdirSync(dir)
        .filter((name) => /^\d{4}\.json$/.test(name))
        .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as CalendarYear),
    );
    calendars.set(dir, calendar);
  }
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
