import type { IsoDate } from '../calendar/date.ts';
import type { Citation } from './citation.ts';

/**
 * A rule in force from `validFrom` (inclusive) until `validUntil` (exclusive, absent = still in
 * force). Rules are looked up by the date they apply to — for a request, its receipt date — so a
 * request received on 2019-05-14 keeps the 2008 deadlines for its whole life.
 */
export interface DatedRule<T> {
  id: string;
  validFrom: IsoDate;
  validUntil?: IsoDate;
  value: T;
  citation: Citation;
}

/** The rule in force on `date`, or undefined when none is (e.g. no 信息处理费 before 2021-01-01). */
export function ruleOn<T>(rules: readonly DatedRule<T>[], date: IsoDate): DatedRule<T> | undefined {
  return rules.find(
    (rule) => rule.validFrom <= date && (rule.validUntil === undefined || date < rule.validUntil),
  );
}
