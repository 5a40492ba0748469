import type { IsoDate } from './date.ts';

/** The State Council notice (国务院办公厅关于某年部分节假日安排的通知) a year's dates come from. */
export interface CalendarSource {
  title: string;
  /** 文号, e.g. 国办发明电〔2023〕7号. */
  documentNumber: string;
  url?: string;
  /** A caveat about the source (e.g. the 文号 still to be checked against the original). */
  note?: string;
}

/**
 * One calendar year as published: public holidays (days off, weekend days inside a holiday run
 * included) and make-up workdays (调休上班, always a Saturday or Sunday). Dates are keyed by the
 * calendar year they fall in, so 2018-12-29 (worked for 元旦 2019) lives in the 2018 file with the
 * 2019 notice among its sources.
 */
export interface CalendarYear {
  year: number;
  sources: CalendarSource[];
  /** date → holiday name (元旦, 春节 …). */
  holidays: Record<IsoDate, string>;
  /** date → the holiday it makes up for. */
  makeUpWorkdays: Record<IsoDate, string>;
}

/** A day a body is closed on top of the national calendar (its own decision, with its reason). */
export interface ClosureDay {
  date: IsoDate;
  reason: string;
}

export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'make-up-workday' | 'closure';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** Holiday name, the holiday a make-up day is for, or the closure's reason. */
  name?: string;
}
