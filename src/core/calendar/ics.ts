import type { IsoDate } from './date.ts';
import { addDays, isIsoDate, toDayNumber, yearOf } from './date.ts';
import { RuleError } from './errors.ts';
import type { CalendarSource, CalendarYear } from './types.ts';

/**
 * The State Council notice as iCalendar: one VEVENT per holiday run or make-up workday, all-day
 * (`DTSTART;VALUE=DATE:20241001`, `DTEND` exclusive as RFC 5545 says). What an event is comes from
 * `X-GONGKAI-DAY-KIND:holiday|workday` when present, else from its SUMMARY: 班 (上班) marks a
 * make-up workday, 休 (放假/休) a holiday — the convention of the published holiday calendars,
 * e.g. “国庆节(休)”, “国庆节(班)” (a bare DESCRIPTION:休|班 or Apple's X-APPLE-SPECIAL-DAY:
 * WORK-HOLIDAY|ALTERNATE-WORKDAY also tell). The source may be given as calendar properties
 * X-GONGKAI-SOURCE-TITLE, X-GONGKAI-DOCUMENT-NUMBER, X-GONGKAI-SOURCE-URL.
 */
export interface IcsDay {
  date: IsoDate;
  kind: 'holiday' | 'workday';
  name: string;
}

export interface IcsCalendar {
  days: IcsDay[];
  source: Partial<CalendarSource>;
}

interface Property {
  name: string;
  params: string;
  value: string;
}

function unfold(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
}

function parseLine(line: string): Property | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const head = line.slice(0, colon);
  const semicolon = head.indexOf(';');
  const name = (semicolon < 0 ? head : head.slice(0, semicolon)).toUpperCase();
  return {
    name,
    params: semicolon < 0 ? '' : head.slice(semicolon + 1),
    value: unescape(line.slice(colon + 1)),
  };
}

function unescape(value: string): string {
  return value.replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)).trim();
}

function icsDate(value: string, where: string): IsoDate {
  const match = /^(\d{4})(\d{2})(\d{2})/.exec(value);
  const iso = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
  if (!isIsoDate(iso)) throw new RuleError('ICS_INVALID', `${where}的日期“${value}”无法识别。`);
  return iso;
}

const MARKERS = /[（(]\s*[休班]\s*[)）]|放假|调休|上班|补班/g;

// Apple's published China holiday calendar marks days with X-APPLE-SPECIAL-DAY.
const APPLE_KINDS: Record<string, 'holiday' | 'workday'> = {
  'WORK-HOLIDAY': 'holiday',
  'ALTERNATE-WORKDAY': 'workday',
};

function classify(summary: string, explicit: string | undefined, where: string): 'holiday' | 'workday' {
  if (explicit) {
    const kind = explicit.toLowerCase();
    if (kind === 'holiday' || kind === 'workday') return kind;
    throw new RuleError(
      'ICS_INVALID',
      `${where}的 X-GONGKAI-DAY-KIND 应为 holiday 或 workday，收到“${explicit}”。`,
    );
  }
  // 班 wins: “调休上班” is a workday although it also contains 休.
  if (summary.includes('班')) return 'workday';
  if (/[休假]/.test(summary)) return 'holiday';
  throw new RuleError(
    'ICS_DAY_KIND_UNKNOWN',
    `${where}（“${summary}”）无法判断是放假日还是调休上班日：SUMMARY 应含“休”或“班”之一，或加 X-GONGKAI-DAY-KIND。`,
  );
}

export function parseCalendarIcs(text: string): IcsCalendar {
  const lines = unfold(text);
  if (!lines.some((line) => line.trim().toUpperCase() === 'BEGIN:VCALENDAR')) {
    throw new RuleError('ICS_INVALID', '文件不是 iCalendar（ICS）格式：缺少 BEGIN:VCALENDAR。');
  }
  const days: IcsDay[] = [];
  const source: Partial<CalendarSource> = {};
  let event: Property[] | null = null;
  let eventIndex = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (line.toUpperCase() === 'BEGIN:VEVENT') {
      event = [];
      eventIndex += 1;
      continue;
    }
    if (line.toUpperCase() === 'END:VEVENT') {
      if (event) days.push(...eventDays(event, `第${eventIndex}个事件`));
      event = null;
      continue;
    }
    const property = parseLine(line);
    if (!property) continue;
    if (event) event.push(property);
    else if (property.name === 'X-GONGKAI-SOURCE-TITLE') source.title = property.value;
    else if (property.name === 'X-GONGKAI-DOCUMENT-NUMBER') source.documentNumber = property.value;
    else if (property.name === 'X-GONGKAI-SOURCE-URL') source.url = property.value;
  }
  if (days.length === 0) throw new RuleError('ICS_INVALID', 'ICS 文件中没有任何日期事件（VEVENT）。');
  return { days, source };
}

function eventDays(event: Property[], where: string): IcsDay[] {
  const get = (name: string) => event.find((p) => p.name === name)?.value;
  const start = get('DTSTART');
  if (!start) throw new RuleError('ICS_INVALID', `${where}缺少 DTSTART。`);
  const summary = get('SUMMARY') ?? '';
  const apple = APPLE_KINDS[(get('X-APPLE-SPECIAL-DAY') ?? '').toUpperCase()];
  const described = /^[休班]$/.test(get('DESCRIPTION') ?? '') ? `(${get('DESCRIPTION')})` : '';
  const kind = classify(`${summary}${described}`, get('X-GONGKAI-DAY-KIND') ?? apple, where);
  const from = icsDate(start, where);
  const endValue = get('DTEND');
  // DTEND is exclusive for all-day events; no DTEND means a single day.
  const to = endValue ? addDays(icsDate(endValue, where), -1) : from;
  if (toDayNumber(to) < toDayNumber(from))
    throw new RuleError('ICS_INVALID', `${where}的结束日期早于开始日期。`);
  if (toDayNumber(to) - toDayNumber(from) > 31) {
    throw new RuleError(
      'ICS_INVALID',
      `${where}跨越${toDayNumber(to) - toDayNumber(from) + 1}天，不像一次节假日安排。`,
    );
  }
  const name = summary.replace(MARKERS, '').trim() || '节假日';
  const days: IcsDay[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, kind, name });
  return days;
}

/**
 * Splits parsed days by calendar year: `year` gets its own days; days in other years (a notice
 * for 2012 fixing 2011-12-31 as a workday) come back apart so the caller can add them to that
 * year's data or refuse.
 */
export function calendarDaysByYear(
  days: readonly IcsDay[],
): Map<number, Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>> {
  const byYear = new Map<number, Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>>();
  for (const day of days) {
    const year = yearOf(day.date);
    const entry = byYear.get(year) ?? { holidays: {}, makeUpWorkdays: {} };
    const target = day.kind === 'holiday' ? entry.holidays : entry.makeUpWorkdays;
    const other = day.kind === 'holiday' ? entry.makeUpWorkdays : entry.holidays;
    if (other[day.date] !== undefined) {
      throw new RuleError('CALENDAR_DATA_INVALID', `${day.date} 在文件中既是放假日又是调休上班日。`);
    }
    target[day.date] = day.name;
    byYear.set(year, entry);
  }
  return byYear;
}

/** The year a notice is for: the one holding most of its dates. */
export function mainYear(days: readonly IcsDay[]): number {
  const counts = new Map<number, number>();
  for (const day of days) counts.set(yearOf(day.date), (counts.get(yearOf(day.date)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}
