import { describe, expect, it } from 'vitest';
import { applicantColumns, findTable, formats, table4 } from '../core/report-format/index.ts';
import {
  expectBlankCells,
  expectTablesFound,
  itReadsCells,
  readLines,
} from '../../test/support/report-cells.ts';
import { readStructure } from './map-report.ts';

// Synthetic reports written from the declarations of report-formats.md: every cell gets a distinct
// value, the text is laid out in one of the shapes real reports use, and every cell must read back.
const table3 = findTable(formats['gov-2021'], 'table3')!;
const columnKeys = applicantColumns.map((c) => c.key);
/** Row r, column c → a distinct figure whose 总计 is the sum of the six parts (T3-ROWSUM holds). */
const cellValue = (r: number, c: number) =>
  c < 6 ? r * 7 + c + 1 : [0, 1, 2, 3, 4, 5].reduce((s, i) => s + r * 7 + i + 1, 0);
const rowValues = (r: number) => columnKeys.map((_, c) => cellValue(r, c));

const chapterHead = '三、收到和处理政府信息公开申请情况';
const header = `| 申请人情况 | ${columnKeys.join(' | ')} |`;

function expectTable3(fields: Record<string, number | null>) {
  table3.rows.forEach((row, r) => {
    columnKeys.forEach((col, c) =>
      expect(fields[`${row.key}.${col}`], `${row.key}.${col}`).toBe(cellValue(r, c)),
    );
  });
}

const shapes: Array<[string, () => string]> = [
  [
    'pipe rows `| label | … |` with a header',
    () =>
      [
        chapterHead,
        header,
        ...table3.rows.map((row, r) => `| ${row.label} | ${rowValues(r).join(' | ')} |`),
      ].join('\n'),
  ],
  [
    'pipe rows without edge pipes (scraped text)',
    () =>
      [chapterHead, ...table3.rows.map((row, r) => `${row.label} | ${rowValues(r).join(' | ')} |`)].join(
        '\n',
      ),
  ],
  [
    'tab-separated rows',
    () =>
      [chapterHead, ...table3.rows.map((row, r) => `${row.label}\t${rowValues(r).join('\t')}`)].join('\n'),
  ],
  [
    'label followed by space-separated numbers',
    () => [chapterHead, ...table3.rows.map((row, r) => `${row.label}  ${rowValues(r).join(' ')}`)].join('\n'),
  ],
  [
    'one cell per line (PDF text layer)',
    () =>
      [chapterHead, ...table3.rows.flatMap((row, r) => [row.label, ...rowValues(r).map(String)])].join('\n'),
  ],
  [
    'group cell before the row label (merged cells repeated)',
    () =>
      [
        chapterHead,
        header,
        ...table3.rows.map(
          (row, r) => `| ${row.group ?? row.label} | ${row.label} | ${rowValues(r).join(' | ')} |`,
        ),
      ].join('\n'),
  ],
  [
    'long labels wrapped over two lines (PDF): half, then the rest with the figures — or the other way',
    () =>
      [
        chapterHead,
        ...table3.rows.flatMap((row, r) => {
          const values = rowValues(r).join(' ');
          if (row.label.length <= 12) return [`${row.label} ${values}`];
          const cut = Math.floor(row.label.length / 2);
          const [head, tail] = [row.label.slice(0, cut), row.label.slice(cut)];
          return r % 2 === 0 ? [head, `${tail} ${values}`] : [`${head} ${values}`, tail];
        }),
      ].join('\n'),
  ],
  [
    'one small table per row with placeholder headers 数据1…数据6',
    () =>
      [
        chapterHead,
        ...table3.rows.flatMap((row, r) => [
          `### ${row.label}`,
          '| 类别 | 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 总计 |',
          '|---|---|---|---|---|---|---|---|',
          `| ${row.label} | ${rowValues(r).join(' | ')} |`,
        ]),
      ].join('\n'),
  ],
];

describe('gov-2021 表三 in every shape (report-formats.md 表三)', () => {
  it.each(shapes)('%s', (_shape, make) => {
    const data = readStructure({ text: make() });
    expect(data.format).toBe('gov-2021');
    expect(data.tablesFound).toContain('table3');
    expectTable3(data.fields);
    expect(data.fields['收到申请数']).toBe(cellValue(0, 6));
  });

  it('column order comes from the header when it differs from the form (总计 first)', () => {
    const reordered = ['总计', ...columnKeys.slice(0, 6)];
    const text = [
      chapterHead,
      `| 申请人情况 | ${reordered.join(' | ')} |`,
      ...table3.rows.map(
        (row, r) => `| ${row.label} | ${[cellValue(r, 6), ...rowValues(r).slice(0, 6)].join(' | ')} |`,
      ),
    ].join('\n');
    expectTable3(readStructure({ text }).fields);
  });

  it('a header that names none of the columns is ignored and the form order used (extra fixture 02)', () => {
    const text = [
      chapterHead,
      '| 项目 | 本年新收件数 | 上年结转件数 | 予以公开 | 部分公开 | 不予公开 | 结转下年度 | 总计 |',
      ...table3.rows.map((row, r) => `| ${row.label} | ${rowValues(r).join(' | ')} |`),
    ].join('\n');
    expectTable3(readStructure({ text }).fields);
  });
});

describe('blank and invalid cells (T3-NONNEG, L-BLANK)', () => {
  it.each([
    ['-', 'blank'],
    ['—', 'blank'],
    ['/', 'blank'],
    ['', 'blank'],
    ['1O', 'invalid'],
    ['abc', 'invalid'],
  ])('a 表三 cell printed “%s” is null and listed as %s', (printed, kind) => {
    const text = `${chapterHead}\n| 一、本年新收政府信息公开申请数量 | 5 | ${printed} | 0 | 0 | 0 | 0 | 5 |\n| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |`;
    const data = readStructure({ text });
    const key = '本年新收政府信息公开申请数量.商业企业';
    expect(data.fields[key]).toBeNull();
    expect(data.fields['本年新收政府信息公开申请数量.自然人']).toBe(5);
    if (kind === 'blank') expect(data.blankCells).toContain(key);
    else expect(data.invalidCells[key]).toBe(printed);
  });
});

describe('letters in number cells of a space-separated row', () => {
  it('“予以公开 12 O 0 0 0 0 12”: the O is an invalid cell, the others are read', () => {
    const text = `${chapterHead}\n（一）予以公开 12 O 0 0 0 0 12\n（二）部分公开 1 0 0 0 0 0 1`;
    const data = readStructure({ text });
    expect(data.fields['予以公开.自然人']).toBe(12);
    expect(data.fields['予以公开.商业企业']).toBeNull();
    expect(data.invalidCells['予以公开.商业企业']).toBe('O');
    expect(data.fields['予以公开.总计']).toBe(12);
  });
});

describe('cells run together with no separator (issue 5)', () => {
  it.each([
    // gov-2021 表三: 总计 = Σ parts leaves one way to cut 260000026 into 26 | 0 | 0 | 0 | 0 | 0 | 26.
    [
      '表三 row, arithmetic',
      `${chapterHead}\n一、本年新收政府信息公开申请数量260000026\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0`,
      '本年新收政府信息公开申请数量',
      [26, 0, 0, 0, 0, 0, 26],
    ],
    // gov-2021 表二: no arithmetic; the prose states 88 and 698.
    [
      '表二 row, prose figures',
      '本年制发规范性文件88件，现行有效698件。\n二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n行政规范性文件8855698\n规章 0 0 0',
      '行政规范性文件',
      [88, 55, 698],
    ],
  ] as const)('%s', (_name, text, row, parts) => {
    const data = readStructure({ text });
    const keys = Object.keys(data.fields).filter((k) => k.startsWith(`${row}.`));
    expect(keys.map((k) => data.fields[k])).toEqual(parts);
    expect(data.warnings.some((w) => w.includes('粘连'))).toBe(true);
  });

  it('a run with one way to cut (`000` into three columns) is certain', () => {
    const text =
      '二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章000\n行政规范性文件 1 0 5';
    const data = readStructure({ text });
    expect(['本年制发件数', '本年废止件数', '现行有效件数'].map((c) => data.fields[`规章.${c}`])).toEqual([
      0, 0, 0,
    ]);
  });

  it('with no figure in the prose the split is not guessed: null + warning', () => {
    const text =
      '二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n行政规范性文件8855698\n规章 0 0 0';
    const data = readStructure({ text });
    expect(data.fields['行政规范性文件.本年制发件数']).toBeNull();
    expect(data.fields['行政规范性文件.现行有效件数']).toBeNull();
    expect(data.warnings.join()).toMatch(/8855698.*无法确定/);
  });
});

describe('表四 layouts (report-formats.md 表四)', () => {
  const values = Array.from({ length: 15 }, (_, i) => (i % 5 === 4 ? 0 : i + 1)).map((v, i, all) =>
    i % 5 === 4 ? all.slice(i - 4, i).reduce((a, b) => a + b, 0) : v,
  );
  const keys = table4.rows.flatMap((row) => table4.columns.map((c) => `${row.key}.${c.key}`));
  it.each([
    [
      'one unlabelled row of 15 under the group headers',
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '| 行政复议 | 行政诉讼 |',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
        `| ${values.join(' | ')} |`,
      ],
    ],
    [
      'one table per group under a heading',
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        ...['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'].flatMap((h, g) => [
          `### ${h}`,
          '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
          '|---|---|---|---|---|',
          `| ${values.slice(g * 5, g * 5 + 5).join(' | ')} |`,
        ]),
      ],
    ],
    [
      'one cell per line: group and column names, then the 15 figures',
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '行政复议',
        '行政诉讼',
        '未经复议直接起诉',
        '复议后起诉',
        ...Array.from({ length: 3 }, () => ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat(),
        ...values.map(String),
      ],
    ],
    [
      'labelled rows',
      [
        '四、政府信息公开行政复议、行政诉讼情况',
        '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
        ...table4.rows.map(
          (row, g) => `| ${row.group ?? ''} | ${row.label} | ${values.slice(g * 5, g * 5 + 5).join(' | ')} |`,
        ),
      ],
    ],
  ])('%s', (_name, lines) => {
    const data = readStructure({ text: [...lines, '五、存在的主要问题及改进情况'].join('\n') });
    expect(keys.map((k) => data.fields[k])).toEqual(values);
    expect(data.tablesFound).toContain('table4');
  });
});

describe('format detection from the structure, not the year (S-FORMAT)', () => {
  const rows2019 = findTable(formats['gov-2019'], 'table3')!.rows.map(
    (row, r) => `| ${row.label} | ${rowValues(r).join(' | ')} |`,
  );
  it.each([
    [
      'gov-2019 表三 (one 其他处理 row) in a 2022 report',
      `2022年政府信息公开工作年度报告\n${chapterHead}\n${rows2019.join('\n')}`,
      'gov-2019',
    ],
    [
      'gov-2021 表三 in a 2020 report',
      `某某局2020年政府信息公开工作年度报告\n${chapterHead}\n${table3.rows.map((row, r) => `| ${row.label} | ${rowValues(r).join(' | ')} |`).join('\n')}`,
      'gov-2021',
    ],
    [
      'national-2014 统计表',
      '统计指标 | 单位 | 统计数 |\n(一)收到申请数 | 件 | 3 |\n1.当面申请数 | 件 | 3 |\n(二)申请办结数 | 件 | 3 |',
      'national-2014',
    ],
    [
      'legacy 本年度/历年累计 table',
      '指标 | 单位 | 本年度 | 历年累计 |\n主动公开信息数 | 条 | 425 | 1516 |\n受理依申请公开信息总数 | 件 | 3 | 20 |',
      'legacy-local',
    ],
    [
      'six chapters of the 2021 format and no table (S-SECTIONS)',
      '某镇2024年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n六、其他需要报告的事项',
      'gov-2021',
    ],
    [
      'prose only',
      '某镇2015年政府信息公开工作年度报告\n一、基本工作情况\n我镇公开信息总数为136条。',
      'narrative-only',
    ],
  ])('%s → %s', (_name, text, format) => {
    expect(readStructure({ text }).format).toBe(format);
  });
});

describe('national-2014 统计表 (统计指标 | 单位 | 统计数)', () => {
  const data = readLines(
    '统 计 指 标 | 单位 | 统计数 |',
    '一、主动公开情况 | —— | - |',
    '(一)主动公开政府信息数 (不同渠道和方式公开相同信息计1条) | 条 | - |',
    '其中:主动公开规范性文件数 | 条 | 36 |',
    '2.政府网站公开政府信息数 | 条 | 12 |',
    '四、行政复议数量 | 件 | 4 |',
    '(二)被依法纠错数 | 件 | 1 |',
    '五、行政诉讼数量 | 件 | 2 |',
    '(二)被依法纠错数 | 件 | 2 |',
    '3.网路申请数 | 件 | 7 |',
  );
  itReadsCells(data, [
    ['主动公开政府信息数', null],
    ['主动公开政府信息数.主动公开规范性文件数', 36],
    ['公开渠道.政府网站', 12],
    ['行政复议数量', 4],
    // The same label under two sections lands in its own section (ordered matching).
    ['行政复议数量.被依法纠错数', 1],
    ['行政诉讼数量.被依法纠错数', 2],
    // Taiwan phrasing left by 繁→简 conversion (網路 → 网路) still names 网络申请数.
    ['收到申请数.网络申请数', 7],
  ]);
  it('a `-` cell is blank, not 0 (L-BLANK); sections found are listed', () => {
    expectBlankCells(data, ['主动公开政府信息数']);
    expectTablesFound(
      data,
      ['statistics', 'statistics.一', 'statistics.四', 'statistics.五'],
      ['statistics.六'],
    );
  });
});

describe('legacy-local 本年度/历年累计 (report-formats.md legacy)', () => {
  it('cells keyed <label>.<column>, summary keys mapped with a note, run-together split by the prose', () => {
    const data = readLines(
      '全年主动公开信息425条。',
      '指标 | 单位 | 本年度 | 历年累计 |',
      '一、主动公开信息数 | 条 | 425 | 1516 |',
      '二、网上申请数 | 件 | 4 | 30 |',
      '主动公开信息数条4251516',
    );
    expect(data.format).toBe('legacy-local');
    expect(data.fields['主动公开信息数.本年度']).toBe(425);
    expect(data.fields['主动公开信息数.历年累计']).toBe(1516);
    expect(data.fields['网上申请数.本年度']).toBe(4);
    expect(data.fields['网络申请数']).toBe(4);
    expect(data.fields['主动公开政府信息数']).toBe(425);
    expect(data.warnings.join()).toContain('网上申请数');
  });
  it('a run-together legacy row is split by the prose figure', () => {
    const data = readLines(
      '全年主动公开信息425条。',
      '指标 单位 本年度 历年累计',
      '主动公开信息数条4251516',
      '受理申请数 件 3 20',
    );
    expect(data.fields['主动公开信息数.本年度']).toBe(425);
    expect(data.fields['主动公开信息数.历年累计']).toBe(1516);
  });
});

describe('a report cut off mid-table (P-TRUNCATED)', () => {
  it('keeps the cells that are there, nulls the rest and says so', () => {
    const text = `${chapterHead}\n| 一、本年新收政府信息公开申请数量 | 5 | 0 | 0 | 0 | 0 | 0 | 5 |\n| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0`;
    const data = readStructure({ text });
    expect(data.fields['上年结转政府信息公开申请数量.自然人']).toBe(1);
    expect(data.fields['上年结转政府信息公开申请数量.总计']).toBeNull();
    expect(data.problems?.map((p) => p.code)).toContain('P-TRUNCATED');
  });
  it('a short row in the middle of a table is not placed by guess', () => {
    const text = `${chapterHead}\n| 一、本年新收政府信息公开申请数量 | 5 | 5 |\n| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |`;
    const data = readStructure({ text });
    expect(data.fields['本年新收政府信息公开申请数量.自然人']).toBeNull();
    expect(data.warnings.join()).toContain('本年新收政府信息公开申请数量.总计');
  });
});

describe('gov-2019 表二 values (report-formats.md gov-2019 表二)', () => {
  it.each([
    ['+3', 3],
    ['-2', -2],
    ['增加3', 3],
    ['减少2', -2],
  ])('本年增/减 printed “%s” = %s', (printed, value) => {
    const text = `二、主动公开政府信息情况\n| 内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| 行政许可 | 10 | ${printed} | 40 |\n| 行政处罚 | 1 | 0 | 2 |`;
    const data = readStructure({ text: `2019年\n${text}` });
    expect(data.fields['行政许可.本年增/减']).toBe(value);
  });
  it.each([
    ['12万元', 120000],
    ['3500元', 3500],
  ])('采购总金额 printed “%s” is kept in 元: %s', (printed, value) => {
    const text = `二、主动公开政府信息情况\n| 内容 | 采购项目数量 | 采购总金额 |\n| 政府集中采购 | 2 | ${printed} |\n| 行政许可 | 10 | 0 | 40 |`;
    expect(readStructure({ text }).fields['政府集中采购.采购总金额(元)']).toBe(value);
  });
});

describe('national-2014 printed one cell per line (PDF text layer)', () => {
  it('label, unit and figure on three lines', () => {
    // Each row of the 统计表, its three cells printed one per line.
    const data = readLines(
      ...[
        ['统计指标', '单位', '统计数'],
        ['（一）收到申请数', '件', '86'],
        ['1.当面申请数', '件', '6'],
        ['（二）申请办结数', '件', '80'],
      ].flat(),
    );
    expect(data.format).toBe('national-2014');
    expect([
      data.fields['收到申请数'],
      data.fields['收到申请数.当面申请数'],
      data.fields['申请办结数'],
    ]).toEqual([86, 6, 80]);
  });
});

describe('a row name in a short prose line does not take the row', () => {
  it('“（一）予以公开 26件” before the table leaves the table row to be read', () => {
    const text = [
      '（一）予以公开 26件',
      chapterHead,
      header,
      ...table3.rows.map((row, r) => `| ${row.label} | ${rowValues(r).join(' | ')} |`),
    ].join('\n');
    expectTable3(readStructure({ text }).fields);
  });
});
