import { formats, type FormatDeclaration } from '../report-format/index.ts';
import { applicantPartColumns, findTable } from '../report-format/index.ts';
import { OUTCOMES } from '../request/decisions.ts';
import {
  TABLE3_ROWS_2021,
  table3RowIn,
  type Table3Format,
  type Table3Row2021,
} from '../request/table-rows.ts';
import type { RequestState } from '../request/state.ts';

/**
 * One group of requests as 表三 sees them for a report year: who applied (the column), whether
 * the request came over from an earlier year (上年结转) or was received this year (本年新收), and
 * how it ended within the year (an outcome) or not at all (结转下年度继续办理).
 * The database produces these groups with one aggregate; the pure path below from event streams.
 */
export interface Table3Tally {
  applicantType: string;
  carriedIn: boolean;
  /** The 表三 row (gov-2021 keys) of how it ended within the year; null = still open on 31 December. */
  row: Table3Row2021 | null;
  count: number;
}

export interface YearWindow {
  start: string;
  end: string;
}

export function yearWindow(year: number): YearWindow {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/**
 * Where one request falls in the report of `year`, or null when it is not in that year's table
 * (received later, or closed before the year began). Carry-over chains by construction: open on
 * 31 December of Y−1 ⇔ 上年结转 of Y.
 */
export function classifyRequest(
  state: Pick<RequestState, 'receiptDate' | 'applicantType' | 'closedOn' | 'outcome'>,
  year: number,
): Omit<Table3Tally, 'count'> | null {
  const { start, end } = yearWindow(year);
  if (!state.receiptDate || !state.applicantType || state.receiptDate > end) return null;
  if (state.closedOn !== null && state.closedOn < start) return null;
  const closedInYear = state.closedOn !== null && state.closedOn <= end;
  return {
    applicantType: state.applicantType,
    carriedIn: state.receiptDate < start,
    row: closedInYear && state.outcome ? OUTCOMES[state.outcome].table3Row : null,
  };
}

/** Groups classified requests into tallies (the pure twin of the SQL aggregate). */
export function tallyRequests(states: readonly RequestState[], year: number): Table3Tally[] {
  const groups = new Map<string, Table3Tally>();
  for (const state of states) {
    const place = classifyRequest(state, year);
    if (!place) continue;
    const id = `${place.applicantType}|${place.carriedIn}|${place.row ?? ''}`;
    const group = groups.get(id) ?? { ...place, count: 0 };
    group.count += 1;
    groups.set(id, group);
  }
  return [...groups.values()];
}

export class UnknownTallyError extends Error {
  constructor(
    readonly code: 'REPORT_UNKNOWN_APPLICANT_TYPE' | 'REPORT_UNKNOWN_OUTCOME',
    message: string,
  ) {
    super(message);
  }
}

function table3Of(format: FormatDeclaration) {
  const table = findTable(format, 'table3');
  if (!table) throw new Error(`format ${format.id} has no 表三`);
  return table;
}

/**
 * Every 表三 cell of the format from the tallies, 总计 column and 办理结果总计 row included; every
 * cell is present (0 when nothing fell in it), so a blank never hides a missing count.
 */
export function table3Fields(
  formatId: Table3Format,
  tallies: readonly Table3Tally[],
): Record<string, number> {
  const table = table3Of(formats[formatId]);
  const fields: Record<string, number> = {};
  for (const row of table.rows) for (const column of table.columns) fields[`${row.key}.${column.key}`] = 0;
  const add = (row: string, column: string, n: number) => {
    for (const key of [`${row}.${column}`, `${row}.总计`]) {
      if (!(key in fields)) throw new Error(`表三 has no cell ${key}`);
      fields[key] = (fields[key] ?? 0) + n;
    }
  };
  for (const tally of tallies) {
    if (!applicantPartColumns.includes(tally.applicantType)) {
      throw new UnknownTallyError(
        'REPORT_UNKNOWN_APPLICANT_TYPE',
        `申请人类型“${tally.applicantType}”不是表三的列（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）`,
      );
    }
    const column = tally.applicantType;
    add(
      tally.carriedIn ? '上年结转政府信息公开申请数量' : '本年新收政府信息公开申请数量',
      column,
      tally.count,
    );
    if (tally.row === null) {
      add('结转下年度继续办理', column, tally.count);
      continue;
    }
    if (!(TABLE3_ROWS_2021 as readonly string[]).includes(tally.row)) {
      throw new UnknownTallyError('REPORT_UNKNOWN_OUTCOME', `办理结果“${tally.row}”无法对应表三的行`);
    }
    add(table3RowIn(formatId, tally.row), column, tally.count);
    add('办理结果总计', column, tally.count);
  }
  return fields;
}
