import { describe, expect, it } from 'vitest';
import { defaultCalendarDir, readCalendarYears } from '../../cli/calendar-files.ts';
import { buildCalendar, countWorkingDays, coveredYears, dayInfo } from './index.ts';

const years = readCalendarYears(defaultCalendarDir);
const calendar = buildCalendar(years);

describe('official calendar data (data/calendar/YYYY.json)', () => {
  it('covers 2008 through 2026, each year with its notice', () => {
    const covered = coveredYears(calendar);
    for (let year = 2008; year <= 2026; year += 1) expect(covered).toContain(year);
    for (const year of years) {
      expect(year.sources[0]?.title).toBe(`国务院办公厅关于${year.year}年部分节假日安排的通知`);
      expect(year.sources[0]?.documentNumber).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
    }
    expect(years.find((y) => y.year === 2024)?.sources[0]?.documentNumber).toBe('国办发明电〔2023〕7号');
  });

  // Checked by hand against the notices' text.
  it.each([
    { date: '2024-09-14', kind: 'make-up-workday', notice: '2024: 中秋 09-15..17, 09-14 (Sat) worked' },
    { date: '2024-09-15', kind: 'holiday', notice: '2024 中秋' },
    { date: '2024-09-17', kind: 'holiday', notice: '2024 中秋' },
    { date: '2024-09-29', kind: 'make-up-workday', notice: '2024 国庆: 09-29 (Sun) worked' },
    { date: '2024-10-07', kind: 'holiday', notice: '2024 国庆 10-01..07' },
    { date: '2024-10-12', kind: 'make-up-workday', notice: '2024 国庆: 10-12 (Sat) worked' },
    { date: '2024-02-04', kind: 'make-up-workday', notice: '2024 春节: 02-04 (Sun) worked' },
    { date: '2024-02-10', kind: 'holiday', notice: '2024 春节 02-10..17' },
    { date: '2024-02-17', kind: 'holiday', notice: '2024 春节 02-10..17' },
    { date: '2024-02-18', kind: 'make-up-workday', notice: '2024 春节: 02-18 (Sun) worked' },
    { date: '2024-02-19', kind: 'weekday', notice: '2024: back to work' },
    { date: '2025-01-26', kind: 'make-up-workday', notice: '2025 春节: 01-26 (Sun) worked' },
    { date: '2025-02-04', kind: 'holiday', notice: '2025 春节 01-28..02-04' },
    {
      date: '2020-02-01',
      kind: 'holiday',
      notice: '2020: 02-01 (Sat) off, no longer worked, 国办发明电〔2020〕1号',
    },
    { date: '2020-01-31', kind: 'holiday', notice: '2020 春节 extended to 02-02' },
    { date: '2015-09-03', kind: 'holiday', notice: '2015: 抗战胜利70周年纪念日' },
    { date: '2015-09-06', kind: 'make-up-workday', notice: '2015: 09-06 (Sun) worked' },
    { date: '2018-12-29', kind: 'make-up-workday', notice: '2019 notice: 2018-12-29 (Sat) worked' },
    { date: '2011-12-31', kind: 'make-up-workday', notice: '2012 notice: 2011-12-31 (Sat) worked' },
    { date: '2026-01-04', kind: 'make-up-workday', notice: '2026: 01-04 (Sun) worked' },
    { date: '2026-02-23', kind: 'holiday', notice: '2026 春节 02-15..23' },
    { date: '2026-09-20', kind: 'make-up-workday', notice: '2026 国庆: 09-20 (Sun) worked' },
    { date: '2010-09-19', kind: 'make-up-workday', notice: '2010 中秋: 09-19 (Sun) worked' },
    { date: '2008-05-04', kind: 'make-up-workday', notice: '2008 劳动节: 05-04 (Sun) worked' },
  ])('$date is $kind ($notice)', ({ date, kind }) => {
    expect(dayInfo(calendar, date).kind).toBe(kind);
  });

  it.each([
    // Weekdays of the year minus the statutory holidays (调休 only moves days, it adds none):
    // 2024: 262 weekdays − 11 = 251; 2023: 260 − 11 = 249; 2025: 261 − 13 (两天新增假日) = 248.
    { year: 2024, workingDays: 251 },
    { year: 2023, workingDays: 249 },
    { year: 2025, workingDays: 248 },
  ])('$year has $workingDays working days', ({ year, workingDays }) => {
    expect(countWorkingDays(calendar, `${year - 1}-12-31`, `${year}-12-31`)).toBe(workingDays);
  });
});
