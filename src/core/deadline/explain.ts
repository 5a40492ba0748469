import type { IsoDate } from '../calendar/date.ts';
import { addDays, shortDate, toDayNumber } from '../calendar/date.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { dayInfo } from '../calendar/working-calendar.ts';

/** Runs of consecutive days with the same holiday (or closure) name: 国庆10-01至10-07. */
interface Run {
  name: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * What the calendar did between `after` (exclusive) and `until` (inclusive): the holidays and
 * closures skipped and the make-up weekend workdays counted, worded for the explanation.
 */
export function describeWindow(
  calendar: WorkingCalendar,
  after: IsoDate,
  until: IsoDate,
  year: number,
): string[] {
  const skipped: Run[] = [];
  const makeUps: IsoDate[] = [];
  const last = toDayNumber(until);
  for (let date = addDays(after, 1); toDayNumber(date) <= last; date = addDays(date, 1)) {
    const info = dayInfo(calendar, date);
    if (info.kind === 'holiday' || info.kind === 'closure') {
      const name = info.kind === 'closure' ? `本机关不办公（${info.name}）` : (info.name ?? '节假日');
      const previous = skipped.at(-1);
      if (previous && previous.name === name && addDays(previous.to, 1) === date) previous.to = date;
      else skipped.push({ name, from: date, to: date });
    } else if (info.kind === 'make-up-workday') {
      makeUps.push(date);
    }
  }
  const parts: string[] = [];
  if (skipped.length > 0) {
    const runs = skipped.map((run) =>
      run.from === run.to
        ? `${run.name}${shortDate(run.from, year)}`
        : `${run.name}${shortDate(run.from, year)}至${shortDate(run.to, year)}`,
    );
    parts.push(`跳过${runs.join('、')}`);
  }
  if (makeUps.length > 0) parts.push(`计入调休上班日${makeUps.map((d) => shortDate(d, year)).join('、')}`);
  return parts;
}
