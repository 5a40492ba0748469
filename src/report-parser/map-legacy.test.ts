import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../core/checks/index.ts';
import type { ReportData } from '../core/report-format/index.ts';
import { parseReportText } from './index.ts';
import { readStructure } from './map-report.ts';

// report-formats.md, “legacy-local (2008–2013) and the summary keys”: cells keyed
// `<label as printed, without numbering>.<column>` (columns 本年度 / 历年累计), summary keys mapped
// by label with a note. The table below follows the structure of the real local templates (see
// test/fixtures/reports/SOURCES.md, 定西 2008): sections 一、… 五、 as headings, `其中：` sub-rows
// numbered 1. 2. … and (1) (2) …, units 条 / 件 / 万元 / 人.
const section = 'report-formats.md “legacy-local (2008–2013) and the summary keys”';

type Row = readonly [label: string, unit: string, thisYear: string, cumulative: string];
const heading = (label: string): Row => [label, '', '', ''];

const consistentRows: Row[] = [
  heading('一、主动公开情况'),
  ['主动公开信息数', '条', '425', '1516'],
  ['其中：全文电子化的主动公开信息数', '条', '400', '1400'],
  heading('二、依申请公开情况'),
  ['受理申请数', '件', '12', '40'],
  ['其中：1.当面申请', '件', '5', '15'],
  ['2.网上申请', '件', '4', '13'],
  ['3.信函申请', '件', '2', '8'],
  ['4.其他', '件', '1', '4'],
  ['对申请的答复数', '件', '12', '40'],
  ['其中：1.同意公开答复数', '件', '8', '30'],
  ['2.不予公开答复数', '件', '4', '10'],
  ['其中：(1)涉及国家秘密', '件', '1', '2'],
  ['(2)其他', '件', '3', '8'],
  heading('三、行政复议和行政诉讼情况'),
  ['行政复议数', '件', '1', '2'],
  ['行政诉讼数', '件', '0', '1'],
  heading('四、收费情况'),
  ['依申请公开收取的费用', '万元', '0.15', '1.25'],
  heading('五、机构和人员情况'),
  ['从事政府信息公开工作人员数', '人', '6', '6'],
];

/** Cells every layout must read back: the sub-rows keep their own label, the two 其他 their parent's. */
const expectedCells: Array<[string, number | null]> = [
  ['主动公开信息数.本年度', 425],
  ['主动公开信息数.历年累计', 1516],
  ['全文电子化的主动公开信息数.本年度', 400],
  ['受理申请数.本年度', 12],
  ['当面申请.历年累计', 15],
  ['网上申请.本年度', 4],
  ['受理申请数.其他.本年度', 1],
  ['不予公开答复数.其他.本年度', 3],
  ['不予公开答复数.其他.历年累计', 8],
  ['涉及国家秘密.本年度', 1],
  ['行政复议数.历年累计', 2],
  ['行政诉讼数.本年度', 0],
  ['依申请公开收取的费用.本年度', 0.15],
  ['依申请公开收取的费用.历年累计', 1.25],
  ['从事政府信息公开工作人员数.本年度', 6],
];
const expectedSummary: Array<[string, number]> = [
  ['主动公开政府信息数', 425],
  ['收到申请数', 12],
  ['当面申请数', 5],
  ['网络申请数', 4],
  ['信函申请数', 2],
  ['申请答复数', 12],
  ['行政复议数量', 1],
  ['行政诉讼数量', 0],
  ['费用', 0.15],
  ['工作人员数', 6],
];
const headerCells = ['指标名称', '单位', '本年度', '历年累计'];

/** The same table as real scraped reports print it. */
const layouts: Array<[string, (rows: readonly Row[]) => string[]]> = [
  [
    'pipe rows `| 指标 | 单位 | 本年度 | 历年累计 |` (Word/HTML export)',
    (rows) => [headerCells, ...rows].map((r) => `| ${r.join(' | ')} |`),
  ],
  ['tab-separated rows', (rows) => [headerCells, ...rows].map((r) => r.join('\t'))],
  [
    'space-separated plain lines',
    (rows) => [headerCells, ...rows].map((r) => r.filter((c) => c !== '').join(' ')),
  ],
  [
    'one cell per line (PDF text layer), header too',
    (rows) => [...headerCells, ...rows.flatMap((r) => r.filter((c) => c !== ''))],
  ],
  [
    'one cell per line with a bar before each cell (定西 2008 fixture layout)',
    (rows) => [
      '指 标 名 称',
      '| 计量',
      '单位',
      '| 本年度',
      '| 历年累计',
      '|',
      ...rows.flatMap(([label, ...cells]) =>
        cells.every((c) => c === '') ? [label] : [label, ...cells.map((c) => `| ${c}`), '|'],
      ),
    ],
  ],
  [
    'header over two lines (merged 数量 cell over 本年度 | 历年累计)',
    (rows) => [
      '| 指标 | 单位 | 数量 | |',
      '| | | 本年度 | 历年累计 |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
    ],
  ],
  [
    'header with 历年 / 累计 wrapped in the cell, figures printed with their unit (425条)',
    (rows) => [
      '| 指标 | 单位 | 本年度 | 历年 |',
      '| | | | 累计 |',
      ...rows.map(([l, u, a, b]) =>
        a === '' ? `| ${l} | | | |` : `| ${l} | ${u} | ${a}${u === '万元' ? '' : u} | ${b} |`,
      ),
    ],
  ],
];

const read = (lines: readonly string[]) => readStructure({ text: lines.join('\n') });
const legacyFindings = (data: ReportData) =>
  checkReport(data).filter((f) => f.code.startsWith('L-') || f.code.startsWith('T'));

describe(`legacy-local 本年度/历年累计 tables in every printed layout (${section})`, () => {
  describe.each(layouts)('%s', (_layout, render) => {
    const data = read(render(consistentRows));
    it('is detected as legacy-local, not national-2014 or narrative-only', () => {
      expect(data.format).toBe('legacy-local');
    });
    it.each(expectedCells)('cell %s = %s', (key, value) => {
      expect(data.fields[key]).toBe(value);
    });
    it.each(expectedSummary)('summary key %s = %s, with a note on the mapping', (key, value) => {
      expect(data.fields[key]).toBe(value);
    });
    it('says how local labels were mapped onto summary keys', () => {
      expect(data.warnings).toContain('地方表格“网上申请”按汇总指标“网络申请数”计入');
      expect(data.warnings).toContain('地方表格“受理申请数”按汇总指标“收到申请数”计入');
    });
    it('reads no section heading as a row and no figure as something else', () => {
      expect(Object.keys(data.fields).filter((k) => k.includes('情况'))).toEqual([]);
      expect(data.blankCells).toEqual([]);
      expect(data.invalidCells).toEqual({});
    });
    it('a consistent table gives no L-* / T-* finding', () => {
      expect(legacyFindings(data)).toEqual([]);
    });
  });
});

/** The consistent table with some rows changed. */
const changed = (changes: Record<string, Partial<Row>>): Row[] =>
  consistentRows.map((r) => {
    const c = changes[r[0]];
    return c ? ([0, 1, 2, 3].map((i) => c[i as 0] ?? r[i]) as unknown as Row) : r;
  });
const pipe = (rows: readonly Row[]) => [headerCells, ...rows].map((r) => `| ${r.join(' | ')} |`);

describe(`broken legacy tables give the rule's finding with its numbers (${section}; checks.md L-*)`, () => {
  it.each([
    [
      'L-CUMULATIVE: 历年累计 < 本年度',
      changed({ 行政复议数: [undefined, undefined, '5', '2'] as unknown as Row }),
      'L-CUMULATIVE',
      '“行政复议数”历年累计 2，小于本年度 5',
      [2, 5],
    ],
    [
      'L-CHANNELS: the channels add up to more than 受理申请数',
      changed({ '3.信函申请': [undefined, undefined, '6', '8'] as unknown as Row }),
      'L-CHANNELS',
      '收到申请数为 12，但各申请渠道相加 5 + 4 + 6 = 15，超过总数',
      [12, 5, 4, 6],
    ],
    [
      'L-BLANK: a cell printed “/” is blank, not 0',
      changed({ 从事政府信息公开工作人员数: [undefined, undefined, '6', '/'] as unknown as Row }),
      'L-BLANK',
      '从事政府信息公开工作人员数.历年累计',
      null,
    ],
  ] as const)('%s', (_name, rows, code, says, values) => {
    for (const [layout, render] of [
      ['pipe rows', pipe],
      ['one cell per line', layouts[3]![1]],
    ] as const) {
      const data = read(render(rows));
      expect(data.format, layout).toBe('legacy-local');
      const found = legacyFindings(data).filter((f) => f.code === code);
      expect(found.map((f) => f.message).join('\n'), layout).toContain(says);
      if (values) expect(found[0]!.values, layout).toEqual(values);
      // Only the broken rule speaks.
      expect(new Set(legacyFindings(data).map((f) => f.code)), layout).toEqual(new Set([code]));
    }
  });
});

describe(`other columns and cells of the local templates (${section})`, () => {
  it.each([
    [
      'a 代码 column (定西 2008) is not a figure',
      [
        '| 指标名称 | 计量单位 | 代码 | 本年度 | 历年累计 |',
        '| 主动公开信息数 | 条 | 01 | 425 | 1516 |',
        '| 申请总数 | 条 | 10 | 3 | 20 |',
      ],
      { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 1516, 收到申请数: 3 },
      ['主动公开信息数.代码'],
    ],
    ...(
      [
        ['pipe rows', (r: string[]) => `| ${r.join(' | ')} |`],
        ['plain lines', (r: string[]) => r.join(' ')],
      ] as const
    ).map(
      ([layout, line]) =>
        [
          `a 序号 column before the labels (${layout}): its numbers are neither label nor figure`,
          [
            ['序号', '指标', '单位', '本年度', '历年累计'],
            ['1', '主动公开信息数', '条', '425', '1516'],
            ['2', '受理申请数', '件', '12', '40'],
          ].map(line),
          { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 1516, '受理申请数.历年累计': 40 },
          ['1主动公开信息数.本年度', '主动公开信息数.序号'],
        ] as const,
    ),
    [
      'a 序号 column, one cell per line: the next row’s 序号 is not a third figure',
      [
        '序号',
        '指标',
        '单位',
        '本年度',
        '历年累计',
        '1',
        '主动公开信息数',
        '条',
        '425',
        '1516',
        '2',
        '受理申请数',
        '件',
        '12',
        '40',
      ],
      { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 1516, '受理申请数.本年度': 12 },
      [],
    ],
    [
      'channel sub-rows printed as one word (其中：当面 / 网上 / 信函) still name the summary keys',
      [
        '| 指标 | 单位 | 本年度 | 历年累计 |',
        '| 受理申请数 | 件 | 12 | 40 |',
        '| 其中：当面 | 件 | 5 | 15 |',
        '| 网上 | 件 | 4 | 13 |',
        '| 信函 | 件 | 3 | 12 |',
        '| 网上咨询数 | 人次 | 30 | 90 |',
      ],
      { 当面申请数: 5, 网络申请数: 4, 信函申请数: 3, '网上.本年度': 4, '网上咨询数.本年度': 30 },
      [],
    ],
    [
      'a third column 比上年增减 (signed)',
      ['指标 单位 本年度 历年累计 比上年增减', '主动公开信息数 条 425 1516 +25', '受理申请数 件 12 40 -3'],
      { '主动公开信息数.增减': 25, '受理申请数.增减': -3, '受理申请数.历年累计': 40 },
      [],
    ],
    [
      'two year columns (2012年 | 2011年) → 本年度 / 上年度',
      [
        '| 指标 | 单位 | 2012年 | 2011年 |',
        '| 主动公开信息数 | 条 | 425 | 400 |',
        '| 受理申请数 | 件 | 12 | 9 |',
      ],
      { '主动公开信息数.本年度': 425, '主动公开信息数.上年度': 400, 收到申请数: 12 },
      ['主动公开信息数.历年累计'],
    ],
    [
      'an empty 单位 cell does not shift the figures',
      [
        '| 指标 | 单位 | 本年度 | 历年累计 |',
        '| 主动公开信息数 | | 425 | 1516 |',
        '| 受理申请数 | 件 | 12 | 40 |',
      ],
      { '主动公开信息数.本年度': 425, '主动公开信息数.历年累计': 1516 },
      [],
    ],
  ] as const)('%s', (_name, lines, cells, absent) => {
    const data = read(lines);
    expect(data.format).toBe('legacy-local');
    for (const [key, value] of Object.entries(cells)) expect(data.fields[key], key).toBe(value);
    for (const key of absent) expect(data.fields[key], key).toBeUndefined();
  });

  it('blank cells (“-”, “/”, “—”, empty) are null and listed blank (L-BLANK), never 0', () => {
    const data = read([
      '| 指标 | 单位 | 本年度 | 历年累计 |',
      '| 主动公开信息数 | 条 | 425 | - |',
      '| 受理申请数 | 件 | / | — |',
      '| 行政复议数 | 件 | | 2 |',
    ]);
    for (const key of [
      '主动公开信息数.历年累计',
      '受理申请数.本年度',
      '受理申请数.历年累计',
      '行政复议数.本年度',
    ]) {
      expect(data.fields[key], key).toBeNull();
      expect(data.blankCells, key).toContain(key);
    }
    expect(data.fields['收到申请数']).toBeNull();
    expect(checkReport(data).filter((f) => f.code === 'L-BLANK').length).toBeGreaterThan(0);
  });

  it('a row whose figures cannot be placed stays null, with a note (no guess)', () => {
    const data = read([
      '指标 单位 本年度 历年累计',
      '主动公开信息数 条 425 1516',
      '受理申请数 件 12',
      '行政复议数 件 1 2',
    ]);
    expect(data.fields['受理申请数.本年度']).toBeUndefined();
    expect(data.fields['收到申请数']).toBeNull();
    expect(data.warnings.join()).toContain('“受理申请数”一行有 1 个单元格');
    expect(data.fields['行政复议数.历年累计']).toBe(2);
  });

  it('run-together figures are split only where one cut is certain, with a note', () => {
    const data = read([
      '指标 单位 本年度 历年累计',
      '受理申请数件1240',
      '主动公开信息数条4251516',
      '行政复议数 件 1 2',
      '全年主动公开信息425条。',
    ]);
    // 1 | 240, 12 | 40 and 124 | 0 … several cuts hold: none is taken.
    expect([data.fields['受理申请数.本年度'], data.fields['受理申请数.历年累计']]).toEqual([null, null]);
    expect(data.warnings.join()).toContain('“受理申请数”一行的数字粘连为“1240”');
    // The prose names 425: one cut left.
    expect([data.fields['主动公开信息数.本年度'], data.fields['主动公开信息数.历年累计']]).toEqual([
      425, 1516,
    ]);
    expect(data.warnings.join()).toContain('按正文所述数字拆分为 425 | 1516');
  });

  it('a label printed twice under the same parent keeps the first figures, with a note', () => {
    const data = read(pipe([...consistentRows, ['受理申请数', '件', '99', '99']]));
    expect(data.fields['受理申请数.本年度']).toBe(12);
    expect(data.warnings.join()).toContain('地方表格“受理申请数”一行重复出现');
  });

  it('an HTML table (rowspan/colspan header) goes through the whole parser', () => {
    const cells = (r: readonly string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const html = `<html><body><p>某县2012年政府信息公开工作年度报告</p><table>
<tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td colspan="2">数量</td></tr>
<tr><td>本年度</td><td>历年累计</td></tr>
${consistentRows.map(cells).join('\n')}
</table></body></html>`;
    const data = parseReportText(html, 'report.html');
    expect(data.format).toBe('legacy-local');
    for (const [key, value] of expectedCells) expect(data.fields[key], key).toBe(value);
    expect(legacyFindings(data)).toEqual([]);
  });
});

describe('real template: 定西市政府信息公开情况统计报表 (2008), printed one cell per line', () => {
  const text = readFileSync('test/fixtures/reports/dingxi-2008-legacy-template-cell-per-line.txt', 'utf8');
  const data = readStructure({ text });
  it('the blank form is a legacy table whose every figure is blank: no number is invented', () => {
    expect(data.format).toBe('legacy-local');
    const figures = Object.entries(data.fields).filter(([, v]) => v !== null);
    expect(figures).toEqual([]);
    // 本期实际 (the period: the year) and 本年累计 (the year's running total, not 历年累计).
    expect(data.blankCells).toContain('主动公开信息数.本期实际');
    expect(data.blankCells).toContain('当面申请数.本年累计');
    // The 代码 column (01 … 35) and the column letters (甲 乙 丙 1 2) are not figures.
    expect(Object.keys(data.fields).some((k) => k.includes('代码') || k.startsWith('丙'))).toBe(false);
    expect(data.blankCells).toContain('其它原因.本期实际');
    // 网上咨询数 counts questions: it is not 网络申请数 (网上申请数 is).
    expect(data.warnings).not.toContain('地方表格“网上咨询数”按汇总指标“网络申请数”计入');
    expect(data.warnings).toContain('地方表格“网上申请数”按汇总指标“网络申请数”计入');
    expect(data.warnings).toContain('地方表格“申请总数”按汇总指标“收到申请数”计入');
    // The excerpt ends inside the last row (its 代码 35 and nothing after): that row is not read.
    expect(Object.keys(data.fields).some((k) => k.startsWith('对本部门首次处理'))).toBe(false);
  });
});
