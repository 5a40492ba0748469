import { isIsoDate, isWeekend, yearOf } from './date.ts';
import { RuleError } from './errors.ts';
import type { CalendarSource, CalendarYear } from './types.ts';

/**
 * Checks a year of calendar data (from a file or an import) and returns it typed, or throws
 * CALENDAR_DATA_INVALID listing every problem found, in Chinese. The rules are those of the
 * notices themselves: every date inside the year, no day both off and worked, make-up workdays
 * only on a Saturday or Sunday (a weekday is a working day anyway), and a source for the data.
 */
export function validateCalendarYear(raw: unknown): CalendarYear {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RuleError('CALENDAR_DATA_INVALID', '工作日历数据应为一个JSON对象。');
  }
  const data = raw as Record<string, unknown>;
  const year = data.year;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1949 || year > 2200) {
    throw new RuleError('CALENDAR_DATA_INVALID', '工作日历缺少有效的年份（year，如 2025）。', 'year');
  }
  const sources = readSources(data.sources, problems);
  const holidays = readDateMap(data.holidays, 'holidays', '放假日', year, problems);
  const makeUpWorkdays = readDateMap(data.makeUpWorkdays, 'makeUpWorkdays', '调休上班日', year, problems);
  if (Object.keys(holidays).length === 0)
    problems.push(`${year}年没有任何放假日，不像是完整的国务院节假日安排。`);
  for (const date of Object.keys(makeUpWorkdays)) {
    if (holidays[date] !== undefined) problems.push(`${date} 不能既是放假日又是调休上班日。`);
    else if (isIsoDate(date) && !isWeekend(date)) {
      problems.push(`${date} 是周一至周五，本来就是工作日，不能列为调休上班日。`);
    }
  }
  if (problems.length > 0) {
    throw new RuleError('CALENDAR_DATA_INVALID', `${year}年工作日历有误：${problems.join('；')}`);
  }
  return { year, sources, holidays, makeUpWorkdays };
}

function readSources(raw: unknown, problems: string[]): CalendarSource[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    problems.push('须注明来源（sources：通知标题 title 与文号 documentNumber）');
    return [];
  }
  const sources: CalendarSource[] = [];
  raw.forEach((entry: unknown, index) => {
    const source = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const title = typeof source.title === 'string' ? source.title.trim() : '';
    const documentNumber = typeof source.documentNumber === 'string' ? source.documentNumber.trim() : '';
    if (!title || !documentNumber) {
      problems.push(`第${index + 1}个来源缺少通知标题（title）或文号（documentNumber）`);
      return;
    }
    const clean: CalendarSource = { title, documentNumber };
    if (typeof source.url === 'string' && source.url.trim()) clean.url = source.url.trim();
    if (typeof source.note === 'string' && source.note.trim()) clean.note = source.note.trim();
    sources.push(clean);
  });
  return sources;
}

function readDateMap(
  raw: unknown,
  field: string,
  label: string,
  year: number,
  problems: string[],
): Record<string, string> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`${label}（${field}）应为“日期: 节日名称”的对象`);
    return {};
  }
  const result: Record<string, string> = {};
  for (const [date, name] of Object.entries(raw as Record<string, unknown>)) {
    if (!isIsoDate(date)) problems.push(`${label}“${date}”不是有效日期（应为YYYY-MM-DD）`);
    else if (yearOf(date) !== year) problems.push(`${label} ${date} 不在${year}年内`);
    else if (typeof name !== 'string' || !name.trim()) problems.push(`${label} ${date} 缺少节日名称`);
    else result[date] = name.trim();
  }
  return result;
}
