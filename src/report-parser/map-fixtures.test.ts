import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectBlankCells, expectTablesFound, itReadsCells } from '../../test/support/report-cells.ts';
import { parseReportText } from './index.ts';

// Real published reports (shared/fixtures, read-only): what FINDINGS.md says must be extracted.
const fixture = (path: string) => new URL(`../../../shared/fixtures/${path}`, import.meta.url);
const read = (path: string, name = path) =>
  parseReportText(new Uint8Array(readFileSync(fixture(path))), name);

const r000 = read('published-reports/000_0a37c811800a0b9d.txt');
const r002 = read('published-reports/002_6ef0028b77f66cbd.txt');
const r003 = read('published-reports/003_093147b4580a26b8.txt');
const r004 = read('published-reports/004_d56b836ff3b8aa47.txt');
const x01 = read('published-reports-extra/01_2021fmt_jiangsu-shuyang-fgj_2023.txt', '01.html');
const x02 = read('published-reports-extra/02_2021fmt_jiangsu-shuyang-county_2025.txt');

const narrative = (data: typeof r000, key: string) =>
  data.narrative.filter((f) => f.key === key).map((f) => f.value);

describe('FINDINGS.md 000 — 蛟河市白石山镇 2015, prose only', () => {
  it('is narrative-only, year 2015, body from the title', () => {
    expect([r000.format, r000.year, r000.agency]).toEqual(['narrative-only', 2015, '蛟河市白石山镇']);
    expect(r000.tablesFound).toEqual([]);
  });
  it.each([
    ['narrative.主动公开政府信息数', 136],
    ['narrative.主动公开政府信息数.主动公开规范性文件数', 70],
    ['narrative.公开渠道.政府网站', 47],
  ])('%s = %i from the prose', (key, value) => {
    expect(narrative(r000, key)).toContain(value);
  });
});

describe('FINDINGS.md 002 — 遂溪县洋青镇 2024, gov-2021 chapters without tables', () => {
  it('reads through the pinyin noise and the traditional script', () => {
    expect(r002.text).toContain('根据《中华人民共和国政府信息公开条例》');
    expect(r002.script).toBe('traditional');
  });
  it('is gov-2021 by its chapters, with no table found (S-SECTIONS)', () => {
    expect(r002.format).toBe('gov-2021');
    expect(r002.year).toBe(2024);
    expect(r002.chapters.map((c) => c.number)).toEqual(['一', '二', '三', '四', '五', '六']);
    for (const table of ['table2', 'table3', 'table4']) expect(r002.tablesFound).not.toContain(table);
  });
  it('dates: signed 2025-01-16, period 2024-01-01 – 2024-12-31', () => {
    expect(r002.dates.signedOn).toBe('2025-01-16');
    expect(r002.dates.period).toMatchObject({ from: '2024-01-01', to: '2024-12-31' });
  });
});

describe('FINDINGS.md 003 — 郑州市二七区 2015, national-2014 pipe table in traditional script', () => {
  itReadsCells(r003, [
    ['收到申请数', 86],
    ['收到申请数.当面申请数', 0],
    ['收到申请数.传真申请数', 0],
    ['收到申请数.网络申请数', 0],
    ['收到申请数.信函申请数', 86],
    ['申请办结数', 86],
    ['申请办结数.按时办结数', 86],
    ['申请办结数.延期办结数', 0],
    ['申请答复数', 86],
    ['申请答复数.1.属于已主动公开范围数', 5],
    ['申请答复数.2.同意公开答复数', 81],
    ['申请答复数.3.同意部分公开答复数', 0],
    ['申请答复数.4.不同意公开答复数', 0],
    ['申请答复数.4.不同意公开答复数.涉及个人隐私', 3],
    ['申请答复数.5.不属于本行政机关公开数', 4],
    ['申请答复数.6.申请信息不存在数', 2],
    ['申请答复数.7.告知作出更改补充数', 4],
    ['申请答复数.8.告知通过其他途径办理数', 0],
    ['行政复议数量', 4],
    ['行政复议数量.维持具体行政行为数', 0],
    ['行政复议数量.被依法纠错数', 0],
    ['行政复议数量.其他情形数', 0],
    ['行政诉讼数量', 10],
    ['行政诉讼数量.维持具体行政行为或者驳回原告诉讼请求数', 0],
    ['行政诉讼数量.被依法纠错数', 0],
    ['行政诉讼数量.其他情形数', 1],
  ]);
  it('`-` cells are blank (L-BLANK), not 0', () => {
    expect(r003.format).toBe('national-2014');
    expect(r003.script).toBe('traditional');
    expectBlankCells(r003, [
      '主动公开政府信息数',
      '公开渠道.政府公报',
      '公开渠道.政府网站',
      '回应公众关注热点或重大舆情数',
    ]);
  });
  it('lists the sections of the 统计表 it found', () => {
    expectTablesFound(r003, ['statistics', 'statistics.三', 'statistics.五']);
  });
});

describe('FINDINGS.md 004 — 腾冲市腾越镇 2018, national-2014 with a page metadata header', () => {
  it('page header', () => {
    expect(r004.metadata).toMatchObject({
      indexNumber: '01526078-8-/2019-0111001',
      publisher: '腾冲市腾越街道办事处',
      catalogue: '政府信息公开报告',
    });
    expect(r004.dates.publishedOn).toBe('2019-01-11');
  });
  itReadsCells(r004, [
    ['主动公开政府信息数', 1264],
    ['公开渠道.政府公报', 0],
    ['公开渠道.政府网站', 240],
    ['公开渠道.政务微博', 65],
    ['公开渠道.政务微信', 202],
    ['公开渠道.其他方式', 757],
    ['从事政府信息公开工作人员数', 15],
    ['从事政府信息公开工作人员数.专职人员数', 0],
    ['从事政府信息公开工作人员数.兼职人员数', 15],
    ['收到申请数', 2],
  ]);
  it('year and body from the text (the page says 街道办事处, the report 腾越镇)', () => {
    expect([r004.format, r004.year, r004.agency]).toEqual(['national-2014', 2018, '腾越镇']);
    expect(narrative(r004, 'narrative.收到申请数')).toEqual([2]);
  });
});

describe('extra 01 — 沭阳县发展和改革局 2023 (HTML, gov-2021)', () => {
  const parts = ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'];
  it.each([
    ['本年新收政府信息公开申请数量', 26],
    ['予以公开', 26],
    ['办理结果总计', 26],
    ['结转下年度继续办理', 0],
  ])('表三 %s: 自然人 and 总计 = %i, the legal-person columns blank', (row, value) => {
    expect(x01.fields[`${row}.自然人`]).toBe(value);
    expect(x01.fields[`${row}.总计`]).toBe(value);
    for (const p of parts) {
      expect(x01.fields[`${row}.${p}`]).toBeNull();
      expect(x01.blankCells).toContain(`${row}.${p}`);
    }
  });
  it('表四: 行政复议 尚未审结 1, 总计 1; 诉讼 all 0', () => {
    expect(x01.fields['行政复议.尚未审结']).toBe(1);
    expect(x01.fields['行政复议.总计']).toBe(1);
    expect(x01.fields['行政诉讼.未经复议直接起诉.总计']).toBe(0);
    expect(x01.fields['行政诉讼.复议后起诉.结果维持']).toBe(0);
  });
  it('表二 row printed 规范性文件 is 行政规范性文件', () => {
    expect(x01.fields['行政规范性文件.本年制发件数']).toBe(8);
    expect(x01.fields['行政规范性文件.现行有效件数']).toBe(18);
    expect([x01.format, x01.year, x01.agency]).toEqual(['gov-2021', 2023, '沭阳县发展和改革局']);
  });
});

describe('extra 02 — 沭阳县人民政府 2025 (Markdown from PDF, 表三 one small table per row)', () => {
  it.each([
    ['本年新收政府信息公开申请数量', [705, 3, 0, 0, 5, 0, 713]],
    ['上年结转政府信息公开申请数量', [36, 0, 0, 0, 0, 0, 36]],
    ['予以公开', [290, 1, 0, 0, 3, 0, 294]],
    ['不予处理.重复申请', [6, 1, 0, 0, 0, 0, 7]],
    // Under the wrong header row (本年新收件数 | 上年结转件数 …): still the applicant columns.
    ['其他处理.其他', [142, 1, 0, 0, 0, 0, 143]],
    ['办理结果总计', [710, 3, 0, 0, 5, 0, 718]],
    ['结转下年度继续办理', [31, 0, 0, 0, 0, 0, 31]],
  ])('表三 %s', (row, values) => {
    const cols = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'];
    expect(cols.map((c) => x02.fields[`${row}.${c}`])).toEqual(values);
  });
  it('表四 from one table per group', () => {
    expect(x02.fields['行政复议.总计']).toBe(61);
    expect(x02.fields['行政诉讼.复议后起诉.尚未审结']).toBe(1);
    expect(x02.fields['行政诉讼数量']).toBe(13);
  });
});

describe('test/fixtures/reports: 上海市科委 2024 (PDF → Markdown, labels and figures scrambled)', () => {
  const data = parseReportText(
    new Uint8Array(
      readFileSync(
        new URL('../../test/fixtures/reports/shanghai-kewei-2024-pdf-markdown.md', import.meta.url),
      ),
    ),
    'kewei.md',
  );
  // Truth from the official table (the prose confirms: 收到 34, 同意公开 9, 无法提供 10 …).
  it.each([
    ['本年新收政府信息公开申请数量.自然人', 32],
    ['本年新收政府信息公开申请数量.商业企业', 2],
    ['本年新收政府信息公开申请数量.总计', 34],
    ['予以公开.总计', 9],
    ['不予公开.属于四类过程性信息.总计', 1],
    ['其他处理.其他.总计', 4],
    ['办理结果总计.总计', 35],
    ['结转下年度继续办理.自然人', 1],
    ['行政复议.结果维持', 1],
    ['行政复议.总计', 1],
    ['行政诉讼.复议后起诉.总计', 0],
    ['行政许可.本年处理决定数量', 97],
    ['行政规范性文件.现行有效件数', 55],
  ])('%s = %i', (key, value) => {
    expect(data.fields[key]).toBe(value);
  });
  it.each([
    // Printed after two stacked labels (属于三类内部事务信息, 本机关不掌握相关政府信息): not placed.
    '不予公开.属于三类内部事务信息.总计',
    '无法提供.本机关不掌握相关政府信息.总计',
    '无法提供.没有现成信息需要另行制作.总计',
    '无法提供.补正后申请内容仍不明确.总计',
    // 总计 printed empty.
    '结转下年度继续办理.总计',
  ])('%s is not guessed (null)', (key) => {
    expect(data.fields[key] ?? null).toBeNull();
  });
  it('says which figures could not be placed', () => {
    expect(
      data.warnings.some((w) => w.includes('无法确定属于哪一行') && w.includes('本机关不掌握相关政府信息')),
    ).toBe(true);
    expect([data.format, data.year, data.agency]).toEqual(['gov-2021', 2024, '上海市科委']);
  });
});
