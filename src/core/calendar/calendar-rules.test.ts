import { describe, expect, it } from 'vitest';
import type { CalendarYear } from './index.ts';
import { icsText, newYear2027 } from './testing/notice-2027.ts';
import {
  addMonths,
  buildCalendar,
  calendarCoverageWarning,
  calendarDaysByYear,
  isWorkingDay,
  mainYear,
  normalizeDateInput,
  parseCalendarIcs,
  validateCalendarYear,
  weekdayOf,
} from './index.ts';

const source = [
  { title: '国务院办公厅关于2027年部分节假日安排的通知', documentNumber: '国办发明电〔2026〕1号' },
];
const year2027 = (over: Partial<CalendarYear> = {}): unknown => ({
  year: 2027,
  sources: source,
  holidays: { '2027-01-01': '元旦' },
  makeUpWorkdays: {},
  ...over,
});

describe('calendar data validation (the notice’s own rules)', () => {
  it.each([
    {
      name: 'date outside the year',
      data: year2027({ holidays: { '2026-12-31': '元旦' } }),
      message: '不在2027年内',
    },
    { name: 'not a date', data: year2027({ holidays: { '2027-02-30': '春节' } }), message: '不是有效日期' },
    {
      name: 'a day both off and worked',
      data: year2027({ makeUpWorkdays: { '2027-01-01': '元旦' } }),
      message: '不能既是放假日又是调休上班日',
    },
    {
      name: 'a make-up workday on a weekday',
      data: year2027({ makeUpWorkdays: { '2027-01-05': '元旦' } }),
      message: '本来就是工作日',
    },
    { name: 'no source', data: year2027({ sources: [] }), message: '须注明来源' },
    { name: 'no holiday at all', data: year2027({ holidays: {} }), message: '没有任何放假日' },
  ])('$name is refused', ({ data, message }) => {
    expect(() => validateCalendarYear(data)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_DATA_INVALID' }),
    );
    expect(() => validateCalendarYear(data)).toThrow(message);
  });

  it('a valid year passes unchanged', () => {
    const data = year2027({ makeUpWorkdays: { '2027-01-02': '元旦' } });
    expect(validateCalendarYear(data)).toEqual(data);
  });
});

describe('working days', () => {
  const calendar = buildCalendar(
    [validateCalendarYear(year2027({ makeUpWorkdays: { '2027-01-02': '元旦' } }))],
    [{ date: '2027-01-04', reason: '本机关搬迁' }],
  );
  it.each([
    { date: '2027-01-01', working: false, why: 'holiday' },
    { date: '2027-01-02', working: true, why: 'make-up Saturday' },
    { date: '2027-01-03', working: false, why: 'Sunday' },
    { date: '2027-01-04', working: false, why: 'the body’s own closure day' },
    { date: '2027-01-05', working: true, why: 'ordinary Tuesday' },
  ])('$date working=$working ($why)', ({ date, working }) => {
    expect(isWorkingDay(calendar, date)).toBe(working);
  });
  it('a year with no data is a coded error, never a guess', () => {
    expect(() => isWorkingDay(calendar, '2028-03-01')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_MISSING' }),
    );
  });
});

describe('calendarCoverageWarning (from 1 November, next year missing)', () => {
  const calendar = buildCalendar([validateCalendarYear(year2027())]);
  it.each([
    { today: '2027-10-31', warns: false, why: 'before 1 November' },
    { today: '2027-11-01', warns: true, why: 'from 1 November' },
    { today: '2027-12-31', warns: true, why: 'last day of the year' },
    { today: '2028-01-02', warns: true, why: 'current year itself missing' },
  ])('$today → warns=$warns ($why)', ({ today, warns }) => {
    const warning = calendarCoverageWarning(calendar, today);
    if (warns) expect(warning).toMatch(/警告：.*工作日历/);
    else expect(warning).toBeNull();
  });
  it('no warning once next year is loaded', () => {
    const both = buildCalendar([
      validateCalendarYear(year2027()),
      validateCalendarYear({ ...(year2027() as object), year: 2028, holidays: { '2028-01-01': '元旦' } }),
    ]);
    expect(calendarCoverageWarning(both, '2027-11-15')).toBeNull();
  });
});

/** 国办发明电〔2026〕1号 as an ICS file: source headers, a workday given by X-GONGKAI-DAY-KIND, a folded line. */
const ICS = icsText(
  [
    'X-GONGKAI-SOURCE-TITLE:国务院办公厅关于2027年部分节假日安排的通知',
    'X-GONGKAI-DOCUMENT-NUMBER:国办发明电〔2026〕1号',
  ],
  [
    ...newYear2027,
    ['DTSTART;VALUE=DATE:20270206', 'X-GONGKAI-DAY-KIND:workday', 'SUMMARY:春节调', ' 休上班'],
  ],
);

describe('ICS import format', () => {
  it('reads holidays (DTEND exclusive), make-up days, folded lines and the source', () => {
    const parsed = parseCalendarIcs(ICS);
    expect(parsed.source).toMatchObject({ documentNumber: '国办发明电〔2026〕1号' });
    expect(parsed.days.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(mainYear(parsed.days)).toBe(2027);
    const byYear = calendarDaysByYear(parsed.days);
    expect(byYear.get(2027)?.makeUpWorkdays).toEqual({ '2027-02-06': '春节' });
    expect(byYear.get(2026)?.makeUpWorkdays).toEqual({ '2026-12-27': '元旦' });
  });
  it('also reads the published holiday calendars’ DESCRIPTION:休|班 and X-APPLE-SPECIAL-DAY', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270101',
      'SUMMARY:元旦',
      'DESCRIPTION:休',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20270207',
      'SUMMARY:春节',
      'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(parseCalendarIcs(text).days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-07', kind: 'workday', name: '春节' },
    ]);
  });

  it.each([
    { name: 'not iCalendar', text: 'hello', code: 'ICS_INVALID' },
    {
      name: 'event neither 休 nor 班',
      text: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:元旦\nEND:VEVENT\nEND:VCALENDAR',
      code: 'ICS_DAY_KIND_UNKNOWN',
    },
    {
      name: 'same day off and worked',
      text: 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:元旦(休)\nEND:VEVENT\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nSUMMARY:元旦(班)\nEND:VEVENT\nEND:VCALENDAR',
      code: 'CALENDAR_DATA_INVALID',
    },
  ])('$name → $code', ({ text, code }) => {
    expect(() => calendarDaysByYear(parseCalendarIcs(text).days)).toThrow(expect.objectContaining({ code }));
  });
});

describe('dates without time zones', () => {
  it.each([
    { input: '2024-09-13', iso: '2024-09-13' },
    { input: '2024/9/3', iso: '2024-09-03' },
    { input: '2024年9月13日', iso: '2024-09-13' },
    { input: '２０２４－０９－１３', iso: '2024-09-13' },
    { input: '2023-02-29', iso: null },
    { input: 'tomorrow', iso: null },
  ])('$input → $iso', ({ input, iso }) => {
    expect(normalizeDateInput(input)).toBe(iso);
  });
  it('weekday and month arithmetic (民法典 Art. 202: no corresponding day → last day of month)', () => {
    expect(weekdayOf('2024-09-14')).toBe(6);
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-09-13', 6)).toBe('2025-03-13');
  });
});
