import { table3Fields } from '../core/report-compute/index.ts';
import type { Table3Format } from '../core/request/index.ts';
import { Problem } from '../http/errors.ts';
import type { SqlRunner } from '../storage/database.ts';
import { bodyExists } from '../storage/bodies.ts';
import { appealCounts } from '../storage/appeals.ts';
import { table3Tallies } from './annual-report-queries.ts';
import { toCsv } from './export/csv.ts';

export interface RequestStatistics {
  bodyId: string;
  year: number;
  format: Table3Format;
  /** 表三 cells by canonical key (`予以公开.自然人` …), every cell present. */
  table3: Record<string, number>;
  /** 表四 cells (`行政复议.结果维持` …). */
  table4: Record<string, number>;
}

/** 表三 of gov-2019 (trial format, 2019–2020) or gov-2021 (from report year 2021). */
function table3FormatOf(year: number): Table3Format {
  if (year < 2019) {
    throw new Problem(
      422,
      'STATS_YEAR_UNSUPPORTED',
      '2019年以前的年报使用旧统计表，依申请公开统计请以2019年及以后年度查询',
      'year',
    );
  }
  return year >= 2021 ? 'gov-2021' : 'gov-2019';
}

/**
 * Public statistics of requests and appeals: counts only, computed from the records by the same
 * core function the annual report uses — never a name, number or description of a request.
 */
export async function requestStatistics(
  db: SqlRunner,
  bodyId: string,
  year: number,
): Promise<RequestStatistics> {
  const format = table3FormatOf(year);
  if (!(await bodyExists(db, bodyId))) throw new Problem(404, 'BODY_NOT_FOUND', '找不到该机关');
  const tallies = await table3Tallies(db, bodyId, year);
  return {
    bodyId,
    year,
    format,
    table3: table3Fields(format, tallies),
    table4: await appealCounts(db, bodyId, year),
  };
}

/** One line per cell: table, canonical key, count — stable for spreadsheets and scripts. */
export function statisticsCsv(stats: RequestStatistics): string {
  const rows = [
    ...Object.entries(stats.table3).map(([key, n]) => ['表三', key, n]),
    ...Object.entries(stats.table4).map(([key, n]) => ['表四', key, n]),
  ];
  return toCsv(['表', '指标', '数量'], rows);
}
