import { Problem } from '../http/errors.ts';
import type { SqlRunner } from '../storage/database.ts';
import { cells, formatForYear } from '../core/report-format/index.ts';
import { table3Fields, UnknownTallyError } from '../core/report-compute/index.ts';
import type { Table3Format } from '../core/request/table-rows.ts';
import { loadReportBody } from './annual-report-compute.ts';
import { table3Requests, type Table3Request } from './annual-report-queries.ts';

function table3Format(year: number): Table3Format {
  const format = formatForYear(year).id;
  if (format === 'gov-2019' || format === 'gov-2021') return format;
  throw new Problem(
    422,
    'REPORT_CELL_CHAIN_UNSUPPORTED',
    `${year}年度报告采用2014年统计表格式，没有表三；逐格追溯申请仅适用于2019年度及以后的报告`,
    'year',
  );
}

/**
 * The chain behind one 表三 cell: the requests counted in it. Each request is placed by the same
 * table3Fields that computes the report, so the list and the figure cannot disagree.
 */
export async function table3CellRequests(
  db: SqlRunner,
  bodyId: string,
  year: number,
  key: string,
): Promise<Table3Request[]> {
  const format = table3Format(year);
  const cell = cells(formatForYear(year)).find((c) => c.key === key && c.table === 'table3');
  if (!cell)
    throw new Problem(404, 'REPORT_CELL_UNKNOWN', `${year}年度报告的表三中没有“${key}”这一格`, 'key');
  await loadReportBody(db, bodyId);
  const placed = new Map<string, Record<string, number>>();
  const countedIn = (request: Table3Request): Record<string, number> => {
    const group = `${request.applicantType}|${request.carriedIn}|${request.row ?? ''}`;
    let fields = placed.get(group);
    if (!fields) {
      fields = table3Fields(format, [{ ...request, count: 1 }]);
      placed.set(group, fields);
    }
    return fields;
  };
  try {
    return (await table3Requests(db, bodyId, year)).filter((r) => (countedIn(r)[key] ?? 0) > 0);
  } catch (error) {
    if (error instanceof UnknownTallyError) throw new Problem(422, error.code, error.message);
    throw error;
  }
}
