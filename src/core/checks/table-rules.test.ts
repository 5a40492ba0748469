import { describe, expect, it } from 'vitest';
import type { ReportData } from '../report-format/index.ts';
import { checkReport } from './check-report.ts';
import { consistentGovReport, consistentNationalReport, report } from './report-builder.ts';
import type { CheckContext } from './types.ts';

type Case = {
  name: string;
  build: () => ReportData;
  ctx?: () => CheckContext;
  code: string;
  /** Expected message fragment; null = the rule must stay silent. */
  says: string | null;
  severity?: 'error' | 'warning' | 'info';
};

/** Cells changed from the consistent report: a number, or null for a cell left blank (not 0). */
type Cells = Record<string, number | null>;

const govReport = (year: number, cells: Cells = {}): ReportData => {
  const data = consistentGovReport(year >= 2021 ? 'gov-2021' : 'gov-2019', year);
  Object.assign(data.fields, cells);
  return data;
};
/** A consistent gov report of `year` (gov-2019 before 2021) with `cells` changed, built per test. */
const gov =
  (year = 2022, cells: Cells = {}) =>
  () =>
    govReport(year, cells);
/** The consistent national-2014 统计表 with `cells` changed. */
const national =
  (cells: Cells = {}) =>
  () => {
    const data = consistentNationalReport(2016);
    Object.assign(data.fields, cells);
    return data;
  };
/** Cells printed blank (“-” or nothing): no number, listed in blankCells as the parser does. */
const blanks = (build: () => ReportData, keys: string[]) => (): ReportData => {
  const data = build();
  for (const key of keys) data.fields[key] = null;
  data.blankCells.push(...keys);
  return data;
};

/** 表三 cut off after “予以公开”: the text ends with that row, the rows after it are gone. */
function cutAfterDisclosed(): ReportData {
  const data = govReport(2022);
  const keep = ['本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量', '予以公开'];
  for (const key of Object.keys(data.fields)) {
    const row = key.slice(0, key.lastIndexOf('.'));
    const table3Row = !key.startsWith('行政') && !/件数|决定数量|收费金额/.test(key);
    if (table3Row && !keep.includes(row)) delete data.fields[key];
  }
  data.text = '三、收到和处理政府信息公开申请情况\n| （一）予以公开 | 18 | 4 | 0 | 0 | 0 | 0 | 22 |';
  data.cellSources['予以公开.总计'] = { start: data.text.length - 4, end: data.text.length - 2 };
  return data;
}

/** A short 表三 (no 结转下年度 row) followed by more of the report: rows left out, not a cut. */
function shortTableThenText(): ReportData {
  const data = govReport(2022);
  for (const key of Object.keys(data.fields))
    if (key.startsWith('结转下年度继续办理')) delete data.fields[key];
  data.text =
    '| （七）总计 | 21 | 4 | 0 | 0 | 0 | 0 | 25 |\n四、政府信息公开行政复议、行政诉讼情况\n' +
    '本年度无复议诉讼。'.repeat(20);
  data.cellSources['办理结果总计.总计'] = { start: 30, end: 32 };
  return data;
}

const legacy = (year: number, fields: Cells) => () => report('legacy-local', { year, fields });

/** The consistent gov report of `year` as a function of the cells changed. */
const govOf = (year: number) => (cells: Cells) => gov(year, cells);
/** Cases on one consistent report with `cells` changed: [name, rule, cells, says, severity?]. */
type CellCase = [name: string, code: string, cells: Cells, says: string | null, severity?: Case['severity']];
const changing = (build: (cells: Cells) => () => ReportData, rows: CellCase[]): Case[] =>
  rows.map(([name, code, cells, says, severity]) => ({ name, build: build(cells), code, says, severity }));

const cases: Case[] = [
  // 表三 (国办公开办函〔2021〕30号), 表四 and 表二 of the consistent 2022 report (gov-2021)
  ...changing(govOf(2022), [
    ['T3-BALANCE passes a balanced 表三', 'T3-BALANCE', {}, null],
    [
      'T3-BALANCE: 新收 + 结转 ≠ 总计 + 结转下年 (checks.md example)',
      'T3-BALANCE',
      { '办理结果总计.自然人': 26 },
      '表三“自然人”列：新收 20 + 结转 2 = 22，但办理结果总计 26 + 结转下年 1 = 27',
      'error',
    ],
    [
      'T3-BALANCE does not fire when an input cell is null (null is not 0)',
      'T3-BALANCE',
      { '办理结果总计.自然人': 26, '上年结转政府信息公开申请数量.自然人': null },
      null,
    ],
    [
      'T3-RESULTS: 办理结果总计 ≠ Σ outcomes',
      'T3-RESULTS',
      { '予以公开.自然人': 17 },
      '表三“自然人”列：办理结果总计为 21，但各办理结果相加为 20（相差 1）',
    ],
    [
      'T3-ROWSUM: row 总计 ≠ Σ applicant columns',
      'T3-ROWSUM',
      { '予以公开.总计': 23 },
      '表三“予以公开”行“总计”列为 23，但各类申请人相加 18 + 4 + 0 + 0 + 0 + 0 = 22',
    ],
    [
      'T3-NONNEG: a negative cell',
      'T3-NONNEG',
      { '不予处理.重复申请.其他': -1 },
      '表三“重复申请”行“其他”列填报为 -1，件数应为非负整数',
      'error',
    ],
    ['T4-SUM passes a consistent 表四', 'T4-SUM', {}, null],
    [
      'T4-SUM: 总计 ≠ 维持 + 纠正 + 其他 + 尚未审结',
      'T4-SUM',
      { '行政诉讼.复议后起诉.总计': 2 },
      '表四“行政诉讼（复议后起诉）”：总计 2，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 0 + 0 + 0 + 0 = 0',
    ],
    [
      'T4-LITIGATION-AFTER-REVIEW: more suits after review than reviews ended (info without Y−1)',
      'T4-LITIGATION-AFTER-REVIEW',
      { '行政诉讼.复议后起诉.结果维持': 3, '行政诉讼.复议后起诉.总计': 3 },
      '表四“复议后起诉”总计 3 件，但本年已审结的行政复议仅 1 件',
      'info',
    ],
    [
      'T2-FEES: an amount that looks like 元 in a 万元 cell',
      'T2-FEES',
      { '行政事业性收费.本年收费金额(万元)': 3_500_000 },
      '疑似按“元”填报',
    ],
    [
      'T2-FEES passes a plausible 万元 amount with decimals',
      'T2-FEES',
      { '行政事业性收费.本年收费金额(万元)': 12.35 },
      null,
    ],
  ]),
  // the same rules on a 2020 report (gov-2019)
  ...changing(govOf(2020), [
    [
      'T3-RESULTS counts gov-2019’s single 其他处理 row',
      'T3-RESULTS',
      { '其他处理.自然人': 1 },
      '各办理结果相加为 22',
    ],
    [
      'T2-PUBLISHED: 本年新公开 > 对外公开总数 (gov-2019)',
      'T2-PUBLISHED',
      { '规范性文件.本年新公开数量': 9, '规范性文件.对外公开总数量': 4 },
      '表二“规范性文件”：本年新公开 9 件，多于对外公开总数 4 件',
    ],
  ]),
  // 表三 and 表二 against last year's report; 表三 cells left blank or not a number
  {
    name: 'T3-CARRY: 上年结转 ≠ last year’s 结转下年度',
    build: gov(2022),
    ctx: () => ({ previous: govReport(2021, { '结转下年度继续办理.自然人': 5 }) }),
    code: 'T3-CARRY',
    says: '表三“自然人”列：本年报告上年结转 2 件，但 2021 年报告结转下年度继续办理 5 件',
  },
  {
    name: 'T3-CARRY ignores a previous report that is not of year Y−1',
    build: gov(2022),
    ctx: () => ({ previous: govReport(2020, { '结转下年度继续办理.自然人': 5 }) }),
    code: 'T3-CARRY',
    says: null,
  },
  {
    name: 'T3-NONNEG: blank cells reported once, as info, listing the cells',
    build: blanks(gov(2023), ['予以公开.商业企业', '予以公开.科研机构']),
    code: 'T3-NONNEG',
    says: '2 个单元格空白（未填数字），未按 0 计：表三“予以公开”行“商业企业”列、表三“予以公开”行“科研机构”列',
    severity: 'info',
  },
  {
    name: 'T3-NONNEG: letters in a number cell',
    build: () => {
      const data = govReport(2023, { '予以公开.自然人': null });
      data.invalidCells['予以公开.自然人'] = '1O';
      return data;
    },
    code: 'T3-NONNEG',
    says: '填的是“1O”，不是数字',
  },
  {
    name: 'T2-STOCK: 现行有效(Y) ≠ 现行有效(Y−1) + 制发 − 废止 (gov-2021)',
    build: gov(2022, {
      '行政规范性文件.本年制发件数': 5,
      '行政规范性文件.本年废止件数': 1,
      '行政规范性文件.现行有效件数': 30,
    }),
    ctx: () => ({ previous: govReport(2021, { '行政规范性文件.现行有效件数': 20 }) }),
    code: 'T2-STOCK',
    says: '表二“行政规范性文件”：现行有效 30 件，但上年现行有效 20 + 本年制发 5 − 本年废止 1 = 24',
  },
  // the national-2014 统计表
  ...changing(national, [
    ['L-REPLIES passes 2 = 0+0+1+0+1+0+0+0', 'L-REPLIES', {}, null],
    [
      'L-REPLIES: 申请答复数 86 ≠ items 1–8 (fixture 003 shape)',
      'L-REPLIES',
      {
        申请答复数: 86,
        '申请答复数.1.属于已主动公开范围数': 5,
        '申请答复数.2.同意公开答复数': 81,
        '申请答复数.3.同意部分公开答复数': 0,
        '申请答复数.5.不属于本行政机关公开数': 4,
        '申请答复数.6.申请信息不存在数': 2,
        '申请答复数.7.告知作出更改补充数': 4,
      },
      '统计表“申请答复数”为 86，但各分项相加 5 + 81 + 0 + 0 + 4 + 2 + 4 + 0 = 96',
    ],
    [
      'L-REFUSAL-DETAIL: 不同意公开 0 but 涉及个人隐私 3',
      'L-REFUSAL-DETAIL',
      { '申请答复数.4.不同意公开答复数.涉及个人隐私': 3 },
      '统计表“不同意公开答复数”为 0，但各分项相加 0 + 0 + 3 + 0 + 0 + 0 = 3',
    ],
    [
      'L-CHANNELS: 收到申请数 ≠ Σ channels',
      'L-CHANNELS',
      { '收到申请数.网络申请数': 4 },
      '统计表“收到申请数”为 2，但各分项相加 1 + 0 + 4 + 1 = 6',
    ],
    [
      'L-CLOSED: 办结 ≠ 按时 + 延期',
      'L-CLOSED',
      { '申请办结数.延期办结数': 1 },
      '统计表“申请办结数”为 2，但各分项相加 2 + 1 = 3',
    ],
    [
      'L-REVIEW: 行政复议数量 4 ≠ 0 + 0 + 0 (warning: open cases must be explained)',
      'L-REVIEW',
      { 行政复议数量: 4, '行政复议数量.维持具体行政行为数': 0 },
      '若差额为尚未审结案件，应在正文说明',
      'warning',
    ],
    [
      'L-LITIGATION: 行政诉讼数量 10 ≠ 0 + 0 + 1',
      'L-LITIGATION',
      { 行政诉讼数量: 10, '行政诉讼数量.其他情形数': 1 },
      '统计表“行政诉讼数量”为 10，但各分项相加 0 + 0 + 1 = 1',
    ],
    [
      'L-STAFF: 人员数 ≠ 专职 + 兼职',
      'L-STAFF',
      { '从事政府信息公开工作人员数.专职人员数': 2 },
      '统计表“从事政府信息公开工作人员数”为 15，但各分项相加 2 + 15 = 17',
    ],
    [
      'L-PUBLISH-CHANNELS: a channel above the total',
      'L-PUBLISH-CHANNELS',
      { '公开渠道.政府网站': 2000 },
      '统计表“政府网站” 2000 条，多于主动公开政府信息总数 1264 条',
    ],
  ]),
  // cells printed blank (统计表, a 表三 总计); a 表三 cut off mid-table
  {
    name: 'L-BLANK: cells printed “-” reported once (warning)',
    build: blanks(national(), ['主动公开政府信息数', '公开渠道.政府公报']),
    code: 'L-BLANK',
    says: '统计表中 2 个应填数字的单元格未填数字（印为“-”或空白）：统计表“主动公开政府信息数”、统计表“政府公报”',
    severity: 'warning',
  },
  {
    name: 'S-TOTALS-BLANK: 总计 blank while parts are filled',
    build: blanks(gov(2022), ['予以公开.总计']),
    code: 'S-TOTALS-BLANK',
    says: '表三“予以公开”行“总计”列空白，但其组成部分已填',
  },
  {
    name: 'P-TRUNCATED: 表三 stops after “予以公开” (a report cut off mid-table)',
    build: cutAfterDisclosed,
    code: 'P-TRUNCATED',
    says: '表格“收到和处理政府信息公开申请情况”在“予以公开”之后缺少 22 行（部分公开、属于国家秘密、其他法律行政法规禁止公开等）',
  },
  { name: 'P-TRUNCATED stays silent on a complete 表三', build: gov(2022), code: 'P-TRUNCATED', says: null },
  {
    name: 'P-TRUNCATED stays silent when the report goes on after a short table',
    build: shortTableThenText,
    code: 'P-TRUNCATED',
    says: null,
  },
  // legacy-local
  {
    name: 'L-CUMULATIVE: 历年累计 < 本年度 in one report',
    build: legacy(2012, { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 300 }),
    code: 'L-CUMULATIVE',
    says: '“主动公开信息数”历年累计 300，小于本年度 425',
  },
  {
    name: 'L-CUMULATIVE: 历年累计(Y) ≠ 历年累计(Y−1) + 本年度(Y)',
    build: legacy(2012, { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 1516 }),
    ctx: () => ({ previous: legacy(2011, { '主动公开信息数.历年累计': 1000 })() }),
    code: 'L-CUMULATIVE',
    says: '“主动公开信息数”历年累计 1516，但上年累计 1000 + 本年度 425 = 1425',
  },
  {
    name: 'L-CHANNELS (local template): channels above the total',
    build: legacy(2011, { 收到申请数: 3, 当面申请数: 2, 网络申请数: 2 }),
    code: 'L-CHANNELS',
    says: '收到申请数为 3，但各申请渠道相加 2 + 2 = 4，超过总数',
  },
  // H-SUM
  {
    name: 'H-SUM: a parent cell ≠ Σ children, missing children named',
    build: gov(2022),
    ctx: () => ({
      children: [
        { ...govReport(2022), agency: '示例县甲镇人民政府' },
        { ...govReport(2022), agency: '示例县乙局' },
      ],
      expectedChildren: ['示例县甲镇人民政府', '示例县乙局', '示例县丙乡人民政府'],
    }),
    code: 'H-SUM',
    says: '示例县丙乡人民政府',
  },
];

describe('table rules (shared/domain/checks.md)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const findings = checkReport(c.build(), c.ctx?.() ?? {}).filter((f) => f.code === c.code);
    if (c.says === null) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings.map((f) => f.message).join('\n')).toContain(c.says);
    if (c.severity) expect(findings[0]?.severity).toBe(c.severity);
  });

  it('a consistent gov-2021 report yields no error or warning', () => {
    const findings = checkReport(consistentGovReport('gov-2021', 2022));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a generated report (no text, no tablesFound, no chapters) passes with no error or warning', () => {
    const data = { ...consistentGovReport('gov-2021', 2022), tablesFound: [], chapters: [] };
    expect(checkReport(data).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a consistent national-2014 report yields no error or warning', () => {
    const findings = checkReport(consistentNationalReport(2016));
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('H-SUM compares each cell with the children’s sum', () => {
    const parent = consistentGovReport('gov-2021', 2022);
    const findings = checkReport(parent, { children: [consistentGovReport('gov-2021', 2022)] }).filter(
      (f) => f.code === 'H-SUM',
    );
    expect(findings).toEqual([]);
    const two = checkReport(parent, {
      children: [consistentGovReport('gov-2021', 2022), consistentGovReport('gov-2021', 2022)],
    }).filter((f) => f.code === 'H-SUM');
    expect(two.map((f) => f.message).join()).toContain(
      '表三“本年新收政府信息公开申请数量”行“自然人”列汇总 20、下级合计 40',
    );
  });
});
