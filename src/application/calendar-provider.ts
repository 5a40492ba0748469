import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CalendarYear, WorkingCalendar } from '../core/calendar/index.ts';
import { buildCalendar, RuleError, validateCalendarYear } from '../core/calendar/index.ts';

// The State Council working-day calendars, one data/calendar/YYYY.json per year (or another folder:
// GONGKAI_CALENDAR_DIR). The CLI reads the folder per command; the server holds a provider that
// notices an imported year (or a replaced file) without a restart.

/** data/calendar as shipped with Gongkai. */
export const shippedCalendarDir = fileURLToPath(new URL('../../data/calendar/', import.meta.url));

const YEAR_FILE = /^(\d{4})\.json$/;

/** A YYYY.json that is no calendar year (bad JSON, bad data, or a name not matching its year). */
export class CalendarFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`工作日历文件 ${path} 无法使用：${reason}`);
    this.name = 'CalendarFileError';
  }
}

function yearFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => YEAR_FILE.test(name))
    .sort();
}

/** Every YYYY.json of `dir`, validated (core/calendar); none when the folder is missing. */
export function readCalendarFolder(dir: string): CalendarYear[] {
  return yearFiles(dir).map((name) => {
    const path = join(dir, name);
    try {
      const year = validateCalendarYear(JSON.parse(readFileSync(path, 'utf8')));
      if (`${year.year}.json` !== name)
        throw new RuleError('CALENDAR_DATA_INVALID', `文件名应为 ${year.year}.json。`);
      return year;
    } catch (error) {
      throw new CalendarFileError(path, error instanceof Error ? error.message : String(error));
    }
  });
}

/** The files' names, sizes and modification times: what changes when a year is imported or replaced. */
function folderSignature(dir: string): string {
  try {
    return yearFiles(dir)
      .map((name) => {
        const { mtimeMs, size } = statSync(join(dir, name));
        return `${name}:${mtimeMs}:${size}`;
      })
      .join('|');
  } catch {
    return ''; // a file removed mid-listing: seen on the next check
  }
}

/** The calendar the server computes deadlines with. */
export interface CalendarProvider {
  readonly dir: string;
  /** The folder's calendar as of the last check; the folder is looked at again at most once per interval. */
  current(): WorkingCalendar;
}

export interface CalendarProviderOptions {
  dir: string;
  /** pino's, or any with its (object, message) calls. */
  logger: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  /** The clock; unset: the system's. */
  now?: () => Date;
  /** How often at most the folder is looked at (its files' names, sizes and mtimes). */
  checkEveryMs?: number;
}

/**
 * Reads the calendar folder and re-reads it when its files change (checked at most once a minute).
 * A bad file keeps the calendar in use and is logged with its name; it is read again once changed.
 */
export function calendarProvider({
  dir,
  logger,
  now = () => new Date(),
  checkEveryMs = 60_000,
}: CalendarProviderOptions): CalendarProvider {
  let calendar = buildCalendar([]);
  let signature: string | undefined;
  let checkedAt = -Infinity;

  const reload = (next: string) => {
    signature = next;
    try {
      calendar = buildCalendar(readCalendarFolder(dir));
      logger.info(
        { calendarDir: dir, calendarYears: [...calendar.years.keys()] },
        '工作日历已载入 / calendar loaded',
      );
    } catch (error) {
      const file = error instanceof CalendarFileError ? error.path : dir;
      const reason = error instanceof Error ? error.message : String(error);
      logger.error(
        { err: error, calendarFile: file },
        `工作日历未更新，继续使用原有日历 / calendar not reloaded, keeping the previous one: ${reason}`,
      );
    }
  };

  return {
    dir,
    current() {
      const at = now().getTime();
      if (signature === undefined || at - checkedAt >= checkEveryMs) {
        checkedAt = at;
        const next = folderSignature(dir);
        if (next !== signature) reload(next);
      }
      return calendar;
    },
  };
}
