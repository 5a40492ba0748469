import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectBlankCells, itReadsCells } from '../../test/support/report-cells.ts';
import { checkReport } from '../core/checks/index.ts';
import { parseReportText } from './index.ts';

// Real reports of test/fixtures/reports (SOURCES.md gives each one's source). Every cell below was
// checked by hand against the line of the report it is printed on (quoted in the comment).
const read = (file: string) =>
  parseReportText(
    new Uint8Array(readFileSync(new URL(`../../test/fixtures/reports/${file}`, import.meta.url))),
    file,
  );
const codes = (data: ReturnType<typeof read>) => checkReport(data).map((f) => f.code);
/** Cells whose figures could not be placed: absent or null, never a guess. */
const expectUnplaced = (data: ReturnType<typeof read>, keys: readonly string[]) =>
  expect(Object.fromEntries(keys.map((k) => [k, data.fields[k] ?? null]))).toEqual(
    Object.fromEntries(keys.map((k) => [k, null])),
  );
const narrative = (data: ReturnType<typeof read>, key: string) =>
  data.narrative.filter((f) => f.key === key).map((f) => f.value);

describe('上海市人民政府办公厅 2019 — gov-2019, the report as HTML inside a bare .js data file', () => {
  const data = read('shanghai-office-2019-gov2019-html-in-script.js');
  it('is read as the report the script holds (format, year, body), not as code', () => {
    expect([data.format, data.year, data.agency]).toEqual(['gov-2019', 2019, '上海市人民政府办公厅']);
    expect(data.tablesFound).toEqual(expect.arrayContaining(['table2', 'table3', 'table4']));
    expect(data.text).not.toContain('secondMenu');
  });
  itReadsCells(data, [
    // 表二 <tr> 规章 | 13 | 13 | 524
    ['规章.本年新制作数量', 13],
    ['规章.对外公开总数量', 524],
    // 规范性文件 | 60 | 60 | 368
    ['规范性文件.本年新公开数量', 60],
    ['规范性文件.对外公开总数量', 368],
    // 政府集中采购 | 6 | 251000元
    ['政府集中采购.采购项目数量', 6],
    ['政府集中采购.采购总金额(元)', 251000],
    // 一、本年新收 | 821 | 35 | &nbsp; | &nbsp; | 2 | 1 | 859
    ['本年新收政府信息公开申请数量.自然人', 821],
    ['本年新收政府信息公开申请数量.商业企业', 35],
    ['本年新收政府信息公开申请数量.法律服务机构', 2],
    ['本年新收政府信息公开申请数量.其他', 1],
    ['本年新收政府信息公开申请数量.总计', 859],
    // 二、上年结转 | 18 | … | 18
    ['上年结转政府信息公开申请数量.自然人', 18],
    ['上年结转政府信息公开申请数量.总计', 18],
    // （一）予以公开 | 258 | 12 | | | 1 | 1 | (总计 blank)
    ['予以公开.自然人', 258],
    ['予以公开.商业企业', 12],
    ['予以公开.总计', null],
    ['部分公开.自然人', 3],
    ['不予公开.属于国家秘密.自然人', 14],
    ['不予公开.属于四类过程性信息.商业企业', 1],
    ['不予公开.属于行政查询事项.自然人', 10],
    ['无法提供.本机关不掌握相关政府信息.自然人', 252],
    ['无法提供.本机关不掌握相关政府信息.法律服务机构', 1],
    ['无法提供.补正后申请内容仍不明确.自然人', 25],
    ['不予处理.信访举报投诉类申请.自然人', 148],
    ['不予处理.重复申请.商业企业', 4],
    ['其他处理.自然人', null],
    // （七）总计 | 767 | 35 | | | 2 | 1 | 805
    ['办理结果总计.自然人', 767],
    ['办理结果总计.总计', 805],
    // 四、结转下年度继续办理 | 72 | … | 72
    ['结转下年度继续办理.自然人', 72],
    ['结转下年度继续办理.总计', 72],
    // 表四: 5 | | | 2 | 7 | 8 | | | 1 | 9 | (复议后起诉 all blank)
    ['行政复议.结果维持', 5],
    ['行政复议.尚未审结', 2],
    ['行政复议.总计', 7],
    ['行政诉讼.未经复议直接起诉.结果维持', 8],
    ['行政诉讼.未经复议直接起诉.总计', 9],
    ['行政诉讼.复议后起诉.总计', null],
    ['收到申请数', 859],
    ['申请答复数', 805],
  ]);
  it('`&nbsp;` cells are blank, not 0', () => {
    expectBlankCells(data, ['予以公开.总计', '其他处理.总计', '行政诉讼.复议后起诉.总计']);
    expect(data.blankCells).toHaveLength(135);
  });
  it('prose: 受理 859, 复议 7, 诉讼 9; “予以公开及部分公开258件” is no 部分公开 figure', () => {
    expect(narrative(data, 'narrative.受理申请数')).toEqual([859]);
    expect(narrative(data, 'narrative.行政复议数量')).toEqual([7]);
    expect(narrative(data, 'narrative.行政诉讼数量')).toEqual([9]);
    expect(narrative(data, 'narrative.部分公开.总计')).toEqual([]);
  });
  it('N-PERCENT: “答复政府信息公开申请805件…予以公开及部分公开258件，占33.9%” — 258/805 (表三 总计 805) = 32.05%', () => {
    // checks.md N-PERCENT; the other shares of that sentence hold (35/805 = 4.34% truncated, 265 → 32.9%, 158 → 19.6%).
    const found = checkReport(data).filter((f) => f.code === 'N-PERCENT');
    expect(found.map((f) => f.values)).toEqual([[258, 805, 33.9, 32.05]]);
  });
  it('findings: the blank 总计 column (S-TOTALS-BLANK), the blanks (T3-NONNEG); no section or sum error', () => {
    const found = codes(data);
    expect(found.filter((c) => c === 'S-TOTALS-BLANK')).toHaveLength(11);
    expect(found).toContain('T3-NONNEG');
    for (const code of ['S-SECTIONS', 'T3-BALANCE', 'T3-RESULTS', 'T3-ROWSUM', 'T4-SUM', 'N-TABLE'])
      expect(found).not.toContain(code);
  });
});

describe('上海市人民政府办公厅 2025 — gov-2021, PDF → Markdown with scrambled rows', () => {
  const data = read('shanghai-office-2025-pdf-markdown.md');
  it('format, year, body', () => {
    expect([data.format, data.year, data.agency]).toEqual(['gov-2021', 2025, '上海市人民政府办公厅']);
  });
  itReadsCells(data, [
    // | 一、本年新收政府信息公开申请数量 | 1259 | 36 | 0 | 0 | 0 | 0 | 1295 |
    ['本年新收政府信息公开申请数量.自然人', 1259],
    ['本年新收政府信息公开申请数量.总计', 1295],
    // | 二、上年结转政府信息公开申请数量 | 170 | 15 | 0 | 0 | 4 | 0 | 189 |
    ['上年结转政府信息公开申请数量.法律服务机构', 4],
    ['上年结转政府信息公开申请数量.总计', 189],
    ['予以公开.总计', 206],
    // | 予公开 | 5.属于三类内部事务信息 | 8 | 0 | 0 | 0 | 1 | 0 | 9 |
    ['不予公开.属于三类内部事务信息.法律服务机构', 1],
    ['不予公开.属于三类内部事务信息.总计', 9],
    ['无法提供.本机关不掌握相关政府信息.总计', 513],
    ['无法提供.没有现成信息需要另行制作.总计', 48],
    // | 予处理 | 4.无正当理由大量反复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
    ['不予处理.无正当理由大量反复申请.总计', 1],
    ['其他处理.其他.总计', 276],
    ['办理结果总计.总计', 1191],
    ['结转下年度继续办理.自然人', 290],
    ['结转下年度继续办理.总计', 293],
    // | 40 | 0 | 10 | 5 | 55 | 2 | 0 | 4 | 6 | 12 | 6 | 0 | 9 | 7 | 22 |
    ['行政复议.总计', 55],
    ['行政诉讼.未经复议直接起诉.尚未审结', 6],
    ['行政诉讼.复议后起诉.其他结果', 9],
    ['行政诉讼.复议后起诉.总计', 22],
    ['行政诉讼数量', 34],
  ]);
  it('figures torn from their labels are not guessed (null)', () => {
    expectUnplaced(data, [
      // 表二 figures torn from their rows (“| 规章 | 22 | 235 |”).
      '规章.本年制发件数',
      '规章.现行有效件数',
      // Label printed on the lines before its figures, and rows whose labels were split.
      '部分公开.总计',
      '其他处理.申请人无正当理由逾期不补正.总计',
      '不予处理.要求行政机关确认或重新出具已获取信息.总计',
    ]);
  });
  it('prose: “共发布各类信息 13528 条” (lines 58–60) counts the portal “上海国际服务门户”, not the body', () => {
    // report-formats.md “Figures stated in prose”: 主动公开政府信息数 is the body's whole disclosure.
    expect(narrative(data, 'narrative.主动公开政府信息数')).toEqual([]);
    expect(data.narrative.map((f) => f.value)).not.toContain(13528);
  });
  it('findings: the lost heading 五 (info) only; the sums that can be made all hold', () => {
    const found = checkReport(data);
    expect(found.map((f) => [f.code, f.severity])).toEqual([['S-SECTIONS', 'info']]);
  });
});

describe('遂溪县建新镇 2018 — township, prose only, signed on 31 December', () => {
  const data = read('suixi-jianxin-2018-township-prose.txt');
  it('narrative-only 2018, 建新镇; 主动公开政府信息数22条 read from the prose', () => {
    expect([data.format, data.year, data.agency]).toEqual(['narrative-only', 2018, '建新镇']);
    expect(narrative(data, 'narrative.主动公开政府信息数')).toEqual([22]);
  });
  it('findings: D-YEAR (signed 2018-12-31), S-SECTIONS (no 统计表)', () => {
    expect(codes(data).sort()).toEqual(['D-YEAR', 'S-SECTIONS']);
  });
});

describe('微山县两城镇 2020 — gov-2019 pipe rows, header rows on their own lines (excerpt)', () => {
  const data = read('weishan-liangcheng-2020-gov2019-pipes-excerpt.txt');
  it('gov-2019 2020; 表二 columns by position under the cut header “本年新 | 本年新”', () => {
    expect([data.format, data.year]).toEqual(['gov-2019', 2020]);
    expect(data.fields['规章.本年新制作数量']).toBe(0);
    expect(data.fields['规范性文件.对外公开总数量']).toBe(0);
    expect(data.fields['政府集中采购.采购总金额(元)']).toBe(0);
    expect(data.fields['本年新收政府信息公开申请数量.总计']).toBe(0);
    expect(data.fields['上年结转政府信息公开申请数量.自然人']).toBe(0);
  });
  it('the header “自然人 | 法人或其他组织 | 总计 | ||||” is not 表三 row （七）总计 left blank', () => {
    expect(data.blankCells).toEqual([]);
    expect(data.fields['办理结果总计.总计'] ?? null).toBeNull();
    expect(codes(data)).not.toContain('T3-NONNEG');
  });
  it('the excerpt stops inside 表三 (last line “三、本年度办理结果 | (一)予以公开 |”): P-TRUNCATED', () => {
    // P-TRUNCATED (rules.ts “表格完整”; report-formats.md 表三 rows). The header line read as a blank
    // （七）总计 row (fixed in 5f00986) made the table's last row look read and silenced the rule.
    const truncated = checkReport(data).filter((f) => f.code === 'P-TRUNCATED');
    expect(truncated.map((f) => f.keys.length)).toEqual([21]);
    expect(truncated[0]!.keys).toContain('办理结果总计');
  });
});

describe('汉台区徐望镇 2025 — gov-2021 one cell per line, 规章 label printed blank (excerpt)', () => {
  const data = read('hanta-xuwang-2025-gov2021-cell-per-line-excerpt.txt');
  itReadsCells(data, [
    ['行政规范性文件.本年制发件数', 0],
    ['行政许可.本年处理决定数量', 124],
    ['行政事业性收费.本年收费金额(万元)', 0],
    ['本年新收政府信息公开申请数量.总计', 0],
    ['予以公开.总计', 0],
  ]);
  it('the row under the blank label is not guessed to be 规章', () => {
    expectUnplaced(data, ['规章.本年制发件数', '规章.本年废止件数', '规章.现行有效件数']);
  });
  it('prose: 网站 8 + 微信 137 of 145; the cut table is reported (P-TRUNCATED)', () => {
    expect([data.format, data.year, data.agency]).toEqual(['gov-2021', 2025, '汉台区徐望镇人民政府']);
    expect(narrative(data, 'narrative.公开渠道.政府网站')).toEqual([8]);
    expect(narrative(data, 'narrative.公开渠道.政务微信')).toEqual([137]);
    expect(codes(data)).toContain('P-TRUNCATED');
  });
  it('prose: “2025年，徐望镇累计主动公开政务信息数145条” is the year’s 主动公开政府信息数, not a cumulative figure', () => {
    // report-formats.md “Figures stated in prose”: 累计 within one year is the year's running total.
    expect(narrative(data, 'narrative.主动公开政府信息数')).toEqual([145]);
    expect(narrative(data, 'narrative.累计公开政府信息数')).toEqual([]);
  });
});

describe('高平市人民政府办公室 2022 and 上海 2012 (traditional) — prose excerpts', () => {
  it('高平 2022: 收到 12, 予以公开 2, 部分公开 8 from the prose', () => {
    const data = read('gaoping-office-2022-prose-excerpt.txt');
    expect([data.year, data.agency]).toEqual([2022, '高平市人民政府办公室']);
    expect(narrative(data, 'narrative.收到申请数')).toEqual([12]);
    expect(narrative(data, 'narrative.予以公开.总计')).toEqual([2]);
    expect(narrative(data, 'narrative.部分公开.总计')).toEqual([8]);
  });
  it('高平 2022: the website figure split over two clauses (line 6: “…政务动态类信息226条,发布…解读信息66条”) is no 公开渠道.政府网站', () => {
    // report-formats.md “Figures stated in prose”: 226 is one part of the website's count, not the whole.
    const data = read('gaoping-office-2022-prose-excerpt.txt');
    expect(narrative(data, 'narrative.公开渠道.政府网站')).toEqual([]);
    expect(data.narrative.map((f) => f.value)).not.toContain(226);
    expect(narrative(data, 'narrative.公开渠道.政务微信')).toEqual([2901]);
  });
  it('上海 2012: traditional script converted, year 2012, no figure and no finding invented', () => {
    const data = read('shanghai-city-2012-traditional-excerpt.txt');
    expect([data.script, data.year]).toEqual(['traditional', 2012]);
    expect(data.text).toContain('上海市政府信息公开规定');
    expect(Object.values(data.fields).filter((v) => v !== null)).toEqual([]);
    expect(codes(data)).toEqual([]);
  });
});

describe('广州市人民政府 2012 — traditional script with pinyin after each character (excerpt)', () => {
  const data = read('guangzhou-city-2012-traditional-pinyin-excerpt.txt');
  it('the body from the cover (“廣州市人民政府” over “2013年3月”), year from the period', () => {
    expect([data.agency, data.year, data.script]).toEqual(['广州市人民政府', 2012, 'traditional']);
    expect(data.dates.period).toMatchObject({ from: '2012-01-01', to: '2012-12-31' });
  });
  it('reads through the pinyin: “本年度報(bào)告是根據(jù)” → “本年度报告是根据”; no finding invented', () => {
    expect(data.text).toContain('本年度报告是根据《中华人民共和国政府信息公开条例》');
    expect(codes(data)).toEqual([]);
  });
});

describe('a 乡 of 铜陵市郊区 2017 — prose only, no title', () => {
  const data = read('tongling-jiaoqu-township-2017-prose.txt');
  it('“收到有关政府信息公开行政复议申请0件” is 行政复议数量, not 收到申请数; “755多条” is approximate', () => {
    expect(narrative(data, 'narrative.行政复议数量')).toEqual([0]);
    expect(narrative(data, 'narrative.收到申请数')).toEqual([]);
    expect(narrative(data, 'narrative.主动公开政府信息数')).toEqual([]);
  });
  it('narrative-only 2017: S-SECTIONS (no 统计表) only', () => {
    expect([data.format, data.year]).toEqual(['narrative-only', 2017]);
    expect(codes(data)).toEqual(['S-SECTIONS']);
  });
});

describe('宿州市人民政府 2016 — title wrapped over two lines, a cited notice holding a report name', () => {
  const data = read('suzhou-anhui-2016-cover-excerpt.txt');
  it('body and year from the wrapped title, not from 《…关于做好2016年度政府信息公开年度报告…》', () => {
    expect([data.agency, data.year]).toEqual(['宿州市人民政府', 2016]);
    expect(data.dates.period).toMatchObject({ from: '2016-01-01', to: '2016-12-31' });
  });
});
