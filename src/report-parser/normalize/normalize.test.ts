import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isChromeLine } from './chrome.ts';
import { extractMetadata } from './metadata.ts';
import { normalize } from './index.ts';
import { removePinyinNoise } from './pinyin.ts';
import { toSimplified } from './script.ts';
import { foldCompatibilityIdeographs, foldFullWidth } from './width.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../../../../shared/fixtures/published-reports/${name}`, import.meta.url), 'utf8');

describe('removePinyinNoise — annotation spam like 據(jù) (fixture 002)', () => {
  const cases: { name: string; input: string; output: string }[] = [
    {
      name: 'fixture 002 opening',
      input: '根據(jù)《中華人民共和國政府信息公開條例》',
      output: '根據《中華人民共和國政府信息公開條例》',
    },
    { name: 'fixture 002 town name', input: '洋青鎮(zhèn)2024年', output: '洋青鎮2024年' },
    { name: 'third tone with ǎ (網(wǎng))', input: '政府網(wǎng)站', output: '政府網站' },
    { name: 'ü with tone (於(yú) / 綠(lǜ))', input: '於(yú)是，綠(lǜ)色', output: '於是，綠色' },
    { name: 'full-width parentheses', input: '報（bào）告', output: '報告' },
    {
      name: 'a lone toneless letter after a character is text',
      input: '方案(a)与方案(b)',
      output: '方案(a)与方案(b)',
    },
    {
      name: 'a parenthesised word is text',
      input: '条例(试行)和办法(草案)',
      output: '条例(试行)和办法(草案)',
    },
    { name: 'an English gloss is text', input: '网站(website)', output: '网站(website)' },
    {
      name: 'toneless readings go when the page has toned noise',
      input: '鎮(zhèn)務(wù)進(jìn)的(de)',
      output: '鎮務進的',
    },
  ];
  it.each(cases)('$name', ({ input, output }) => {
    expect(removePinyinNoise(input).text).toBe(output);
  });
});

describe('toSimplified — OpenCC traditional → simplified, script detection', () => {
  const cases: { name: string; input: string; output: string; script: string }[] = [
    {
      name: 'standard traditional (fixture 003)',
      input: '二七區政府信息公開工作',
      output: '二七区政府信息公开工作',
      script: 'traditional',
    },
    {
      name: 'Hong Kong variant 衞',
      input: '衞生健康委員會',
      output: '卫生健康委员会',
      script: 'traditional',
    },
    {
      name: 'simplified text is left as it is',
      input: '主动公开政府信息136条',
      output: '主动公开政府信息136条',
      script: 'simplified',
    },
    {
      name: 'one stray traditional character does not make a report traditional',
      input: `${'政府信息公开工作年度报告'.repeat(5)}據`,
      output: `${'政府信息公开工作年度报告'.repeat(5)}据`,
      script: 'simplified',
    },
    {
      name: 'table rows are converted too',
      input: '| 申請人情況 | 總計 |',
      output: '| 申请人情况 | 总计 |',
      script: 'traditional',
    },
  ];
  it.each(cases)('$name', ({ input, output, script }) => {
    const result = toSimplified(input);
    expect(result.text).toBe(output);
    expect(result.script).toBe(script);
  });
});

describe('foldFullWidth — figures read as numbers', () => {
  it.each([
    ['１２６件', '126件'],
    ['办结率１００％', '办结率100%'],
    ['Ｗｏｒｄ文件', 'Word文件'],
    ['（一）总体情况：', '（一）总体情况：'],
  ])('%s → %s', (input, output) => {
    expect(foldFullWidth(input)).toBe(output);
  });
});

describe('foldCompatibilityIdeographs — PDF fonts mapping glyphs to look-alike code points', () => {
  it.each([
    ['\u2f00、总体情况', '一、总体情况', 'Kangxi radical ONE (Chromium PDF text layer)'],
    ['\u2f2f作\u2f08员', '工作人员', 'Kangxi radicals WORK and MAN'],
    ['\uf967', '不', 'CJK compatibility ideograph'],
    ['中华人\u2ea0共和国', '中华人民共和国', 'radical supplement 民 (Chromium PDF text layer)'],
    ['增\u2ed3', '增长', 'radical supplement 长'],
    ['一、总体情况', '一、总体情况', 'ordinary characters unchanged'],
  ])('%s → %s (%s)', (input, output) => {
    expect(foldCompatibilityIdeographs(input)).toBe(output);
  });
});

describe('isChromeLine — whole lines of page chrome only', () => {
  const cases: { line: string; chrome: boolean; why: string }[] = [
    { line: '登录 注册', chrome: true, why: 'login links (fixtures 000, 001)' },
    { line: '发布日期:2016-01-18    点击数:', chrome: true, why: 'crawler header with a view counter' },
    { line: '首页 > 政务公开 > 政府信息公开年报', chrome: true, why: 'breadcrumb' },
    { line: '当前位置：首页 > 信息公开', chrome: true, why: 'breadcrumb with its label' },
    { line: '【打印】【关闭】', chrome: true, why: 'print/close buttons' },
    { line: '字号：大 中 小', chrome: true, why: 'font size switch' },
    { line: '分享到：', chrome: true, why: 'share bar' },
    { line: '无障碍 关怀版 繁體版', chrome: true, why: 'accessibility toolbar' },
    { line: '上一篇：关于印发某某办法的通知', chrome: true, why: 'article navigation' },
    { line: '版权所有：某县人民政府 苏ICP备12345678号', chrome: true, why: 'footer' },
    { line: '— 4 —', chrome: true, why: 'page number of a PDF converted to text (上海 2025 report)' },
    { line: '第 3 页 共 12 页', chrome: true, why: 'page number' },
    { line: '22', chrome: false, why: 'a bare number can be a table cell printed one per line' },
    { line: '一、总体情况', chrome: false, why: 'chapter heading' },
    {
      line: '政府网站访问量：1234567人次',
      chrome: false,
      why: 'a figure of the report, no header beside it',
    },
    {
      line: '通过政府网站首页、微信公众号发布信息85条，打印资料200份。',
      chrome: false,
      why: 'chrome words inside prose',
    },
    { line: '欢迎注册登录政务服务网办理', chrome: false, why: 'a sentence, not a toolbar' },
  ];
  it.each(cases)('$line ($why)', ({ line, chrome }) => {
    expect(isChromeLine(line)).toBe(chrome);
  });
});

describe('extractMetadata — the page header table', () => {
  it('reads the pipe-table header of fixture 004', () => {
    const lines = fixture('004_d56b836ff3b8aa47.txt').split('\n');
    const result = extractMetadata(lines);
    expect(result.metadata).toEqual({
      indexNumber: '01526078-8-/2019-0111001',
      publisher: '腾冲市腾越街道办事处',
      catalogue: '政府信息公开报告',
      publishedOn: '2019-01-11',
    });
    expect([...result.lines]).toEqual([0, 1, 2]);
  });
  it.each([
    {
      name: 'label：value pairs on one line',
      lines: ['索引号：11320000/2024-00012 发布机构：某市司法局 发布日期：2024年1月20日 文号：'],
      metadata: { indexNumber: '11320000/2024-00012', publisher: '某市司法局', publishedOn: '2024-01-20' },
    },
    {
      name: 'one field per line, full-width colons',
      lines: ['标题：某镇2022年政府信息公开工作年度报告', '文号：某政发〔2023〕1号', '主题分类：综合政务'],
      metadata: {
        title: '某镇2022年政府信息公开工作年度报告',
        documentNumber: '某政发〔2023〕1号',
        catalogue: '综合政务',
      },
    },
    {
      name: 'nothing below the first chapter heading is header',
      lines: ['一、总体情况', '发布机构：某局'],
      metadata: {},
    },
  ])('$name', ({ lines, metadata }) => {
    expect(extractMetadata(lines).metadata).toEqual(metadata);
  });
});

describe('normalize — the five published fixtures', () => {
  it('002: traditional with pinyin noise reads 根据《中华人民共和国政府信息公开条例》', () => {
    const result = normalize(fixture('002_6ef0028b77f66cbd.txt'));
    expect(result.script).toBe('traditional');
    expect(result.text.startsWith('根据《中华人民共和国政府信息公开条例》')).toBe(true);
    expect(result.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/);
  });
  it('000: chrome lines go, the crawler date becomes metadata, the prose stays', () => {
    const raw = fixture('000_0a37c811800a0b9d.txt');
    const result = normalize(raw);
    expect(result.script).toBe('simplified');
    expect(result.metadata.publishedOn).toBe('2016-01-18');
    expect(result.text).not.toContain('登录 注册');
    expect(result.text).not.toContain('点击数');
    expect(result.text).toContain('http://http://www.jhcity.gov.cn');
    expect(result.text.length).toBeGreaterThan(raw.length - 80);
  });
  it('003: traditional 統計表 pipe rows come out simplified', () => {
    const result = normalize(fixture('003_093147b4580a26b8.txt'));
    expect(result.script).toBe('traditional');
    expect(result.text).toMatch(/^其中:主动公开规范性档案数 \| 条 \| 36 \|$/m);
    expect(result.text).not.toMatch(/[請區與條]/);
  });
  it('keeps metadata passed in unless the text says otherwise', () => {
    const result = normalize('发布机构：某局\n正文', { publisher: '网页', title: '某报告' });
    expect(result.metadata).toEqual({ publisher: '某局', title: '某报告' });
  });
});
