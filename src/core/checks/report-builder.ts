import {
  applicantPartColumns,
  cells,
  emptyReportData,
  findTable,
  formats,
  table4,
} from '../report-format/index.ts';
import type { FormatId, ReportData } from '../report-format/index.ts';

/**
 * Builds ReportData the way the parser or the generator would, for tests and the bench: every cell of
 * the format consistent (so each rule is silent) until a test changes one.
 */
export function report(format: FormatId, overrides: Partial<ReportData> = {}): ReportData {
  return { ...emptyReportData(format), ...overrides, fields: { ...(overrides.fields ?? {}) } };
}

/**
 * A gov-2019/2021 report whose 表三 and 表四 add up: 自然人 20 new + 2 carried in, 18 disclosed,
 * 3 not held, 1 carried out; 商业企业 4 new, 4 disclosed; 表四 one review upheld.
 */
export function consistentGovReport(format: 'gov-2019' | 'gov-2021', year: number): ReportData {
  const fields: Record<string, number | null> = {};
  for (const c of cells(formats[format])) fields[c.key] = 0;
  const set = (row: string, col: string, v: number) => {
    fields[`${row}.${col}`] = v;
  };
  set('本年新收政府信息公开申请数量', '自然人', 20);
  set('上年结转政府信息公开申请数量', '自然人', 2);
  set('予以公开', '自然人', 18);
  set('无法提供.本机关不掌握相关政府信息', '自然人', 3);
  set('办理结果总计', '自然人', 21);
  set('结转下年度继续办理', '自然人', 1);
  set('本年新收政府信息公开申请数量', '商业企业', 4);
  set('予以公开', '商业企业', 4);
  set('办理结果总计', '商业企业', 4);
  const table3 = findTable(formats[format], 'table3');
  for (const row of table3?.rows ?? []) {
    fields[`${row.key}.总计`] = applicantPartColumns.reduce(
      (s, c) => s + (fields[`${row.key}.${c}`] ?? 0),
      0,
    );
  }
  for (const row of table4.rows) fields[`${row.key}.总计`] = 0;
  fields['行政复议.结果维持'] = 1;
  fields['行政复议.总计'] = 1;
  return report(format, {
    year,
    agency: '示例县人民政府',
    fields,
    tablesFound: ['table2', 'table3', 'table4'],
    chapters: formats[format].chapters.map((c) => ({
      number: c.number,
      title: c.title,
      span: { start: 0, end: 0 },
    })),
  });
}

/** A national-2014 统计表 whose every declared total equals the sum of its parts. */
export function consistentNationalReport(year: number): ReportData {
  const fields: Record<string, number | null> = {};
  for (const c of cells(formats['national-2014'])) fields[c.key] = 0;
  Object.assign(fields, {
    主动公开政府信息数: 1264,
    '公开渠道.政府网站': 240,
    '公开渠道.政务微博': 65,
    收到申请数: 2,
    '收到申请数.当面申请数': 1,
    '收到申请数.信函申请数': 1,
    申请办结数: 2,
    '申请办结数.按时办结数': 2,
    申请答复数: 2,
    '申请答复数.3.同意部分公开答复数': 1,
    '申请答复数.5.不属于本行政机关公开数': 1,
    行政复议数量: 1,
    '行政复议数量.维持具体行政行为数': 1,
    从事政府信息公开工作人员数: 15,
    '从事政府信息公开工作人员数.兼职人员数': 15,
  });
  return report('national-2014', { year, agency: '示例镇人民政府', fields, tablesFound: ['statistics'] });
}
