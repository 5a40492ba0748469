import type { IsoDate } from './date.ts';
import { addDays, isIsoDate, isWeekend, toDayNumber, yearOf } from './date.ts';
import { RuleError } from './errors.ts';
import type { CalendarYear, ClosureDay, DayInfo } from './types.ts';

/** The official years plus one body's closure days; build it once, pass it to every computation. */
export interface WorkingCalendar {
  readonly years: ReadonlyMap<number, CalendarYear>;
  readonly closures: ReadonlyMap<IsoDate, string>;
}

export function buildCalendar(
  years: readonly CalendarYear[],
  closures: readonly ClosureDay[] = [],
): WorkingCalendar {
  const byYear = new Map<number, CalendarYear>();
  for (const year of years) {
    if (byYear.has(year.year)) {
      throw new RuleError('CALENDAR_YEAR_DUPLICATE', `${year.year}年的工作日历重复加载。`);
    }
    byYear.set(year.year, year);
  }
  const closureMap = new Map<IsoDate, string>();
  for (const closure of closures) {
    if (!isIsoDate(closure.date)) {
      throw new RuleError(
        'CLOSURE_DATE_INVALID',
        `闭馆（不办公）日期“${closure.date}”不是有效日期（应为YYYY-MM-DD）。`,
      );
    }
    if (!closure.reason.trim()) {
      throw new RuleError('CLOSURE_REASON_MISSING', `${closure.date} 的不办公日须注明原因。`);
    }
    closureMap.set(closure.date, closure.reason.trim());
  }
  return { years: byYear, closures: closureMap };
}

export function coveredYears(calendar: WorkingCalendar): number[] {
  return [...calendar.years.keys()].sort((a, b) => a - b);
}

export function calendarYearMissing(year: number, purpose = '计算工作日'): RuleError {
  return new RuleError(
    'CALENDAR_YEAR_MISSING',
    `缺少${year}年的工作日历（国务院办公厅关于${year}年部分节假日安排的通知），无法${purpose}；` +
      `通知发布后请用“gongkai calendar import 文件”导入。`,
  );
}

function yearData(calendar: WorkingCalendar, date: IsoDate): CalendarYear {
  const year = calendar.years.get(yearOf(date));
  if (!year) throw calendarYearMissing(yearOf(date));
  return year;
}

/** What kind of day `date` is; throws CALENDAR_YEAR_MISSING rather than guess for an unloaded year. */
export function dayInfo(calendar: WorkingCalendar, date: IsoDate): DayInfo {
  const year = yearData(calendar, date);
  const closure = calendar.closures.get(date);
  const holiday = year.holidays[date];
  const makeUp = year.makeUpWorkdays[date];
  // A body's own closure wins over everything: the office is shut that day.
  if (closure !== undefined) return { date, kind: 'closure', working: false, name: closure };
  if (holiday !== undefined) return { date, kind: 'holiday', working: false, name: holiday };
  if (makeUp !== undefined) return { date, kind: 'make-up-workday', working: true, name: makeUp };
  return isWeekend(date)
    ? { date, kind: 'weekend', working: false }
    : { date, kind: 'weekday', working: true };
}

export function isWorkingDay(calendar: WorkingCalendar, date: IsoDate): boolean {
  return dayInfo(calendar, date).working;
}

/**
 * The `count`-th working day after `from` (`from` itself is never counted: 期间开始之日不计算在内),
 * skipping any day for which `skip` returns true. `count` 0 returns `from`.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  from: IsoDate,
  count: number,
  skip: (date: IsoDate) => boolean = () => false,
): IsoDate {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`working-day count must be a whole number ≥ 0`);
  let date = from;
  let counted = 0;
  while (counted < count) {
    date = addDays(date, 1);
    if (isWorkingDay(calendar, date) && !skip(date)) counted += 1;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function countWorkingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  let counted = 0;
  const last = toDayNumber(to);
  for (let date = addDays(from, 1); toDayNumber(date) <= last; date = addDays(date, 1)) {
    if (isWorkingDay(calendar, date)) counted += 1;
  }
  return counted;
}

/** The first working day on or after `date` (a period ending on a holiday runs to the next working day). */
export function nextWorkingDayOnOrAfter(calendar: WorkingCalendar, date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addDays(day, 1);
  return day;
}
