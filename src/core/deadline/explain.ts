import type { IsoDate } from '../calendar/date.ts';
import { addDays, shortDate, yearOf } from '../calendar/date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { calendarYearMissing } from '../calendar/working-calendar.ts';

/** Runs of consecutive days with the same holiday (or closure) name: 国庆10-01至10-07. */
interface Run {
  name: string;
  from: IsoDate;
  to: IsoDate;
}

function inWindow(date: IsoDate, after: IsoDate, until: IsoDate): boolean {
  return date > after && date <= until;
}

/**
 * What the calendar did between `after` (exclusive) and `until` (inclusive): the holidays and
 * closures skipped and the make-up weekend workdays counted, worded for the explanation. Reads the
 * years' lists rather than walking every day (ISO dates compare as strings).
 */
export function describeWindow(
  calendar: WorkingCalendar,
  after: IsoDate,
  until: IsoDate,
  year: number,
): string[] {
  const off: [IsoDate, string][] = [];
  const makeUps: IsoDate[] = [];
  for (let y = yearOf(after); y <= yearOf(until); y += 1) {
    const data = calendar.years.get(y);
    if (!data) throw calendarYearMissing(y);
    for (const [date, name] of Object.entries(data.holidays)) {
      // A closure on a holiday is shown once, as the closure (it is why the office was shut).
      if (inWindow(date, after, until) && !calendar.closures.has(date)) off.push([date, name]);
    }
    for (const date of Object.keys(data.makeUpWorkdays)) {
      if (inWindow(date, after, until) && !calendar.closures.has(date)) makeUps.push(date);
    }
  }
  for (const [date, reason] of calendar.closures) {
    if (inWindow(date, after, until)) off.push([date, `本机关不办公（${reason}）`]);
  }
  off.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  makeUps.sort();
  const runs: Run[] = [];
  for (const [date, name] of off) {
    const previous = runs.at(-1);
    if (previous && previous.name === name && addDays(previous.to, 1) === date) previous.to = date;
    else runs.push({ name, from: date, to: date });
  }
  const parts: string[] = [];
  if (runs.length > 0) {
    const text = runs.map((run) =>
      run.from === run.to
        ? `${run.name}${shortDate(run.from, year)}`
        : `${run.name}${shortDate(run.from, year)}至${shortDate(run.to, year)}`,
    );
    parts.push(`跳过${text.join('、')}`);
  }
  if (makeUps.length > 0) parts.push(`计入调休上班日${makeUps.map((d) => shortDate(d, year)).join('、')}`);
  return parts;
}
