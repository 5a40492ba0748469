import type { IsoDate } from './date.ts';
import { yearOf } from './date.ts';
import type { WorkingCalendar } from './working-calendar.ts';

/**
 * The State Council publishes next year's holiday notice in late autumn. From 1 November we warn
 * when next year is still missing, so that deadlines running into January are not refused by
 * surprise; a missing current year is always worth a warning. Returns null when all is well.
 */
export function calendarCoverageWarning(calendar: WorkingCalendar, today: IsoDate): string | null {
  const year = yearOf(today);
  if (!calendar.years.has(year)) {
    return `警告：缺少今年（${year}年）的工作日历，涉及期限的计算将被拒绝；请用“gongkai calendar import 文件”导入国务院办公厅节假日安排。`;
  }
  const fromNovember = today.slice(5) >= '11-01';
  if (fromNovember && !calendar.years.has(year + 1)) {
    return (
      `警告：尚未导入${year + 1}年的工作日历。国务院办公厅关于${year + 1}年部分节假日安排的通知发布后，` +
      `请用“gongkai calendar import 文件”导入，否则跨入${year + 1}年的期限将无法计算。`
    );
  }
  return null;
}
