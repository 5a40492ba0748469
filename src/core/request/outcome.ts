import { OUTCOMES, type OutcomeKind } from './decisions.ts';
import type { RequestState } from './state.ts';
import {
  national2014Keys,
  table3RowIn,
  type National2014Count,
  type Table3Format,
  type Table3Row2019,
  type Table3Row2021,
} from './table-rows.ts';

/** The one 表三 row an ended request is counted in, for the format of the report year. */
export function table3Row(outcome: OutcomeKind, format: Table3Format): Table3Row2019 | Table3Row2021 {
  return table3RowIn(format, OUTCOMES[outcome].table3Row);
}

/** The national-2014 申请答复数 item for a 2008-regime request; null where the ending is no reply. */
export function national2014Count(outcome: OutcomeKind): National2014Count | null {
  return OUTCOMES[outcome].national2014;
}

/**
 * The report cells (canonical keys without the column) a request adds one to: the 表三 row
 * (column = its applicant type) for 2019+ formats, the 申请答复数 item(s) for national-2014.
 */
export function reportCellsOf(
  state: RequestState,
  format: Table3Format | 'national-2014',
): { rows: string[]; column: string | null } {
  if (state.outcome === null) return { rows: [], column: null };
  if (format === 'national-2014') {
    const count = national2014Count(state.outcome);
    return { rows: count ? national2014Keys(count) : [], column: null };
  }
  return { rows: [table3Row(state.outcome, format)], column: state.applicantType };
}
