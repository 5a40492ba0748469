import type { IsoDate } from '../calendar/date.ts';
import { isIsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { countWorkingDays } from '../calendar/working-calendar.ts';

export type TimelinessState = 'pending' | 'due-today' | 'overdue' | 'replied-on-time' | 'replied-late';

export interface Timeliness {
  state: TimelinessState;
  overdue: boolean;
  /** Working days after `today` up to the due date (0 on the due date and after). */
  workingDaysRemaining: number;
  /** Working days past the due date (0 when not late). */
  workingDaysLate: number;
  labelZh: string;
}

/**
 * Is a reply late? Computed from the due date, today and the reply date, never stored (a stored
 * flag goes stale the night a deadline passes). A reply on the due date is on time.
 */
export function assessTimeliness(
  calendar: WorkingCalendar,
  dueDate: IsoDate,
  today: IsoDate,
  repliedOn: IsoDate | null = null,
): Timeliness {
  for (const [value, field] of [
    [dueDate, 'dueDate'],
    [today, 'today'],
  ] as const) {
    if (!isIsoDate(value))
      throw new RuleError('DATE_INVALID', `日期“${value}”不是有效日期（应为YYYY-MM-DD）。`, field);
  }
  if (repliedOn !== null) {
    if (!isIsoDate(repliedOn)) {
      throw new RuleError(
        'DATE_INVALID',
        `答复日期“${repliedOn}”不是有效日期（应为YYYY-MM-DD）。`,
        'repliedOn',
      );
    }
    const late = repliedOn > dueDate ? countWorkingDays(calendar, dueDate, repliedOn) : 0;
    return repliedOn > dueDate
      ? {
          state: 'replied-late',
          overdue: true,
          workingDaysRemaining: 0,
          workingDaysLate: late,
          labelZh: `已于${repliedOn}答复，超过期限${dueDate}共${late}个工作日`,
        }
      : {
          state: 'replied-on-time',
          overdue: false,
          workingDaysRemaining: 0,
          workingDaysLate: 0,
          labelZh: `已于${repliedOn}按期答复（期限${dueDate}）`,
        };
  }
  if (today > dueDate) {
    const late = countWorkingDays(calendar, dueDate, today);
    return {
      state: 'overdue',
      overdue: true,
      workingDaysRemaining: 0,
      workingDaysLate: late,
      labelZh: `已逾期：期限${dueDate}，已超过${late}个工作日`,
    };
  }
  if (today === dueDate) {
    return {
      state: 'due-today',
      overdue: false,
      workingDaysRemaining: 0,
      workingDaysLate: 0,
      labelZh: '今天是答复期限最后一天',
    };
  }
  const remaining = countWorkingDays(calendar, today, dueDate);
  return {
    state: 'pending',
    overdue: false,
    workingDaysRemaining: remaining,
    workingDaysLate: 0,
    labelZh: `距答复期限${dueDate}还有${remaining}个工作日`,
  };
}
