import type { IsoDate } from '../calendar/date.ts';
import { addDays, addMonths, isIsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { nextWorkingDayOnOrAfter } from '../calendar/working-calendar.ts';
import type { Remedy } from '../statutes/remedies.ts';
import { remedies } from '../statutes/remedies.ts';

export interface RemedyDeadline {
  remedy: Remedy;
  lastDay: IsoDate;
  textZh: string;
}

/**
 * Last days for 行政复议 (60 days) and 行政诉讼 (6 months) counted in calendar time from the day the
 * applicant received the reply; the start day is not counted, and a period ending on a holiday or
 * weekend runs to the next working day (民事诉讼法 Art. 85, applied to both by reference).
 */
export function remedyDeadlines(calendar: WorkingCalendar, knownOn: IsoDate): RemedyDeadline[] {
  if (!isIsoDate(knownOn)) {
    throw new RuleError(
      'DATE_INVALID',
      `收到答复之日“${knownOn}”不是有效日期（应为YYYY-MM-DD）。`,
      'knownOn',
    );
  }
  return remedies.map((remedy) => {
    const nominal =
      'days' in remedy.period
        ? addDays(knownOn, remedy.period.days)
        : addMonths(knownOn, remedy.period.months);
    const lastDay = nextWorkingDayOnOrAfter(calendar, nominal);
    const span = 'days' in remedy.period ? `${remedy.period.days}日` : `${remedy.period.months}个月`;
    return {
      remedy,
      lastDay,
      textZh: `可以在收到本告知书之日起${span}内（最迟${lastDay}）依法申请${remedy.labelZh === '行政复议' ? '行政复议' : '提起行政诉讼'}`,
    };
  });
}
