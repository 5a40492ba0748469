import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalendarYear, IsoDate, WorkingCalendar } from '../core/calendar/index.ts';
import {
  buildCalendar,
  calendarCoverageWarning,
  normalizeDateInput,
  RuleError,
  validateCalendarYear,
} from '../core/calendar/index.ts';
import { CliError, writeLine } from './io.ts';

// The I/O edge of the calendar, shared by deadline / fee / workdays / calendar:
// data/calendar/YYYY.json; the directory can be moved with GONGKAI_CALENDAR_DIR, and "today" (for
// the coverage warning) is the date in 北京 unless GONGKAI_TODAY says otherwise (tests, replays).

export const defaultCalendarDir = fileURLToPath(new URL('../../data/calendar/', import.meta.url));

export function calendarDir(override?: string): string {
  return override ?? process.env.GONGKAI_CALENDAR_DIR ?? defaultCalendarDir;
}

const YEAR_FILE = /^(\d{4})\.json$/;

export function readCalendarYears(dir: string): CalendarYear[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => YEAR_FILE.test(name))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      try {
        const year = validateCalendarYear(JSON.parse(readFileSync(path, 'utf8')));
        if (`${year.year}.json` !== name)
          throw new RuleError('CALENDAR_DATA_INVALID', `文件名应为 ${year.year}.json。`);
        return year;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new CliError('CALENDAR_FILE_INVALID', `工作日历文件 ${path} 无法使用：${reason}`, 1);
      }
    });
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
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Loads the calendar and warns on stderr from 1 November when next year's data is missing. */
export function loadCalendarWithWarning(dir = calendarDir()): WorkingCalendar {
  const calendar = loadCalendar(dir);
  const warning = calendarCoverageWarning(calendar, todayInBeijing());
  if (warning) writeLine(process.stderr, warning);
  return calendar;
}
