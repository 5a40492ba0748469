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

/**
 * One table of cases for one step of the normaliser: each row says why, what goes in and what
 * must come out. Every step below is a pure text function, so one shape serves them all. A row of
 * two, [why, text], is text the step must leave as it is: written once, it is both what goes in
 * and what must come out.
 */
function describeCases<Input, Output>(
  title: string,
  apply: (input: Input) => Output,
  cases: ReadonlyArray<[why: string, input: Input, expected: Output] | [why: string, text: Input & Output]>,
) {
  describe(title, () => {
    it.each(cases.map((c) => [c[0], c[1], c.length === 3 ? c[2] : c[1]]))('%s', (_why, input, expected) => {
      expect(apply(input as Input)).toEqual(expected);
    });
  });
}

describeCases(
  'removePinyinNoise — annotation spam like 據(jù) (fixture 002)',
  (t: string) => removePinyinNoise(t).text,
  [
    [
      'fixture 002 opening',
      '根據(jù)《中華人民共和國政府信息公開條例》',
      '根據《中華人民共和國政府信息公開條例》',
    ],
    ['fixture 002 town name', '洋青鎮(zhèn)2024年', '洋青鎮2024年'],
    ['third tone with ǎ (網(wǎng))', '政府網(wǎng)站', '政府網站'],
    ['ü with tone (於(yú) / 綠(lǜ))', '於(yú)是，綠(lǜ)色', '於是，綠色'],
    ['full-width parentheses', '報（bào）告', '報告'],
    ['a lone toneless letter after a character is text', '方案(a)与方案(b)'],
    ['a parenthesised word is text', '条例(试行)和办法(草案)'],
    ['an English gloss is text', '网站(website)'],
    ['toneless readings go when the page has toned noise', '鎮(zhèn)務(wù)進(jìn)的(de)', '鎮務進的'],
  ],
);

describeCases(
  'toSimplified — OpenCC traditional → simplified, script detection',
  (t: string) => {
    const { text, script } = toSimplified(t);
    return { text, script };
  },
  [
    [
      'standard traditional (fixture 003)',
      '二七區政府信息公開工作',
      { text: '二七区政府信息公开工作', script: 'traditional' },
    ],
    ['Hong Kong variant 衞', '衞生健康委員會', { text: '卫生健康委员会', script: 'traditional' }],
    [
      'simplified text is left as it is',
      '主动公开政府信息136条',
      { text: '主动公开政府信息136条', script: 'simplified' },
    ],
    [
      'one stray traditional character does not make a report traditional',
      `${'政府信息公开工作年度报告'.repeat(5)}據`,
      { text: `${'政府信息公开工作年度报告'.repeat(5)}据`, script: 'simplified' },
    ],
    [
      'table rows are converted too',
      '| 申請人情況 | 總計 |',
      { text: '| 申请人情况 | 总计 |', script: 'traditional' },
    ],
  ],
);

describeCases('foldFullWidth — figures read as numbers', foldFullWidth, [
  ['full-width digits', '１２６件', '126件'],
  ['full-width per cent', '办结率１００％', '办结率100%'],
  ['full-width letters', 'Ｗｏｒｄ文件', 'Word文件'],
  ['Chinese punctuation is kept', '（一）总体情况：'],
]);

describeCases(
  'foldCompatibilityIdeographs — PDF fonts mapping glyphs to look-alike code points',
  foldCompatibilityIdeographs,
  [
    ['Kangxi radical ONE (Chromium PDF text layer)', '\u2f00、总体情况', '一、总体情况'],
    ['Kangxi radicals WORK and MAN', '\u2f2f作\u2f08员', '工作人员'],
    ['CJK compatibility ideograph', '\uf967', '不'],
    ['radical supplement 民 (Chromium PDF text layer)', '中华人\u2ea0共和国', '中华人民共和国'],
    ['radical supplement 长', '增\u2ed3', '增长'],
    ['ordinary characters unchanged', '一、总体情况'],
  ],
);

describeCases('isChromeLine — whole lines of page chrome only', isChromeLine, [
  ['login links (fixtures 000, 001)', '登录 注册', true],
  ['crawler header with a view counter', '发布日期:2016-01-18    点击数:', true],
  ['breadcrumb', '首页 > 政务公开 > 政府信息公开年报', true],
  ['breadcrumb with its label', '当前位置：首页 > 信息公开', true],
  ['print/close buttons', '【打印】【关闭】', true],
  ['font size switch', '字号：大 中 小', true],
  ['share bar', '分享到：', true],
  ['accessibility toolbar', '无障碍 关怀版 繁體版', true],
  ['article navigation', '上一篇：关于印发某某办法的通知', true],
  ['footer', '版权所有：某县人民政府 苏ICP备12345678号', true],
  ['page number of a PDF converted to text (上海 2025 report)', '— 4 —', true],
  ['page number', '第 3 页 共 12 页', true],
  ['a bare number can be a table cell printed one per line', '22', false],
  ['chapter heading', '一、总体情况', false],
  ['a figure of the report, no header beside it', '政府网站访问量：1234567人次', false],
  ['chrome words inside prose', '通过政府网站首页、微信公众号发布信息85条，打印资料200份。', false],
  ['a sentence, not a toolbar', '欢迎注册登录政务服务网办理', false],
]);

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
});

describeCases(
  'extractMetadata — fields of the header lines',
  (lines: string[]) => extractMetadata(lines).metadata,
  [
    [
      'label：value pairs on one line',
      ['索引号：11320000/2024-00012 发布机构：某市司法局 发布日期：2024年1月20日 文号：'],
      { indexNumber: '11320000/2024-00012', publisher: '某市司法局', publishedOn: '2024-01-20' },
    ],
    [
      'one field per line, full-width colons',
      ['标题：某镇2022年政府信息公开工作年度报告', '文号：某政发〔2023〕1号', '主题分类：综合政务'],
      {
        title: '某镇2022年政府信息公开工作年度报告',
        documentNumber: '某政发〔2023〕1号',
        catalogue: '综合政务',
      },
    ],
    ['nothing below the first chapter heading is header', ['一、总体情况', '发布机构：某局'], {}],
  ],
);

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
