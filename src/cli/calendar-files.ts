import type { CalendarYear, IsoDate, WorkingCalendar } from '../core/calendar/index.ts';
import { buildCalendar, calendarCoverageWarning, normalizeDateInput } from '../core/calendar/index.ts';
import {
  CalendarFileError,
  readCalendarFolder,
  shippedCalendarDir,
} from '../application/calendar-provider.ts';
import { todayInChina } from '../application/items/due-date.ts';
import { CliError, writeLine } from './io.ts';

// The I/O edge of the calendar, shared by deadline / fee / workdays / calendar:
// data/calendar/YYYY.json; the directory can be moved with GONGKAI_CALENDAR_DIR, and "today" (for
// the coverage warning) is the date in 北京 unless GONGKAI_TODAY says otherwise (tests, replays).

export const defaultCalendarDir = shippedCalendarDir;

export function calendarDir(override?: string): string {
  return override ?? process.env.GONGKAI_CALENDAR_DIR ?? defaultCalendarDir;
}

/** The folder's years, validated; a bad file stops the command (exit 1) naming it. */
export function readCalendarYears(dir: string): CalendarYear[] {
  try {
    return readCalendarFolder(dir);
  } catch (error) {
    if (error instanceof CalendarFileError) throw new CliError('CALENDAR_FILE_INVALID', error.message, 1);
    throw error;
  }
}

export function loadCalendar(dir = calendarDir()): WorkingCalendar {
  return buildCalendar(readCalendarYears(dir));
}

export function todayInBeijing(): IsoDate {
  const fromEnv = process.env.GONGKAI_TODAY;
  if (fromEnv) {
    const date = normalizeDateInput(fromEnv);
    if (!date) throw new CliError('DATE_INVALID', `GONGKAI_TODAY“${fromEnv}”不是有效日期。`);
    return date;
  }
  return todayInChina() as IsoDate;
}

/** Loads the calendar and warns on stderr from 1 November when next year's data is missing. */
export function loadCalendarWithWarning(dir = calendarDir()): WorkingCalendar {
  const calendar = loadCalendar(dir);
  const warning = calendarCoverageWarning(calendar, todayInBeijing());
  if (warning) writeLine(process.stderr, warning);
  return calendar;
}
