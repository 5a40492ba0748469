/**
 * Calendar dates as `YYYY-MM-DD` strings, with arithmetic on UTC day numbers so that no time zone
 * or daylight-saving rule can shift a date (the deadline of a request in 北京 must not depend on the
 * server's TZ).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number: days since 1970-01-01 (UTC). */
export type DayNumber = number;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const back = new Date(Date.UTC(y, m - 1, d));
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

/** The day number of a valid `YYYY-MM-DD`; throws `RangeError` on anything else (check with isIsoDate). */
export function toDayNumber(date: IsoDate): DayNumber {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY
  );
}

export function fromDayNumber(day: DayNumber): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/**
 * Calendar-month arithmetic for periods counted in months (行政诉讼 six months): the corresponding
 * day of the target month, or its last day when it has none (民法典 Art. 202).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = yearOf(date);
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(targetYear, targetMonth, Math.min(d, lastDay)) / MS_PER_DAY);
}

const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Reads a date typed by a person: `2024-09-13`, `2024/9/13`, `2024年9月13日`, full-width digits
 * included (NFKC). Returns the ISO form, or null when it is not a real calendar date.
 */
export function normalizeDateInput(input: string): IsoDate | null {
  const match = LOOSE_DATE.exec(input.normalize('NFKC').trim());
  if (!match) return null;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** `09-15` when in `referenceYear`, else the full date — for compact explanations. */
export function shortDate(date: IsoDate, referenceYear: number): string {
  return yearOf(date) === referenceYear ? date.slice(5) : date;
}
