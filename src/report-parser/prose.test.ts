import { describe, expect, it } from 'vitest';
import { proseSentences, readNarrative } from './prose.ts';
import { splitLines } from './segment.ts';
import { readRows } from './tables.ts';

const figures = (text: string) => readNarrative(proseSentences(readRows(splitLines(text))));

// report-formats.md “Figures stated in prose”: narrative.<what> with the sentence it came from.
describe('figures stated in prose (narrative vocabulary)', () => {
  it.each<[sentence: string, key: `narrative.${string}`, value: number]>([
    ['2015年，我镇公开信息总数为136条。', 'narrative.主动公开政府信息数', 136],
    ['2018年，共发布各类信息1264条。', 'narrative.主动公开政府信息数', 1264],
    ['公开规范性文件类信息为70条，占51.47%。', 'narrative.主动公开政府信息数.主动公开规范性文件数', 70],
    ['我镇在蛟河信息公开网站发布信息47条。', 'narrative.公开渠道.政府网站', 47],
    ['全年共收到政府信息公开申请75件。', 'narrative.收到申请数', 75],
    ['共收到政府信息依申请公开申请2份。', 'narrative.收到申请数', 2],
    ['全年共受理政府信息公开申请 749 件。', 'narrative.受理申请数', 749],
    ['共办理 718 件，结转下一年 31 件。', 'narrative.申请答复数', 718],
    ['共办理 718 件，结转下一年 31 件。', 'narrative.结转下年度继续办理.总计', 31],
    ['其中予以公开26件。', 'narrative.予以公开.总计', 26],
    ['上年结转政府信息公开申请 2 件。', 'narrative.上年结转政府信息公开申请数量.总计', 2],
    ['引发行政复议4起。', 'narrative.行政复议数量', 4],
    ['信息公开引发的诉讼10起。', 'narrative.行政诉讼数量', 10],
    ['办结率达到了100%。', 'narrative.办结率', 100],
    ['2013-2017年，全街累计公开政府信息66条。', 'narrative.累计公开政府信息数', 66],
    ['本年制发规范性文件8件。', 'narrative.制发规范性文件总数', 8],
    // A channel figure that the sentence goes on to split (其中) is still the channel's whole.
    ['在政府网站发布信息226条，其中政策文件66条。', 'narrative.公开渠道.政府网站', 226],
    // A named account in an earlier clause, cut off by ；: the total after it is the body's.
    ['“某某发布”公众号推送信息30条；全年共发布各类信息1264条。', 'narrative.主动公开政府信息数', 1264],
  ])('“%s” → %s = %i', (text, key, value) => {
    const found = figures(text).filter((f) => f.key === key);
    expect(found.map((f) => f.value)).toEqual([value]);
    expect(found[0]!.text).toBe(text);
  });

  it.each([
    // Approximate figures cannot contradict a table.
    ['政府官方微博发布消息65余条。'],
    ['公开各类政府信息12200余条。'],
    ['约300件申请均已办结。'],
    // A count of something else.
    ['全年累计发布解读类信息 21 条。'],
    ['督促县直部门在信息公开页面发布信息3044条。'],
    ['全县共办理相关案件 74 件。'],
  ])('“%s” gives no figure of those keys', (text) => {
    const keys = figures(text).map((f) => f.key);
    expect(keys).not.toContain('narrative.主动公开政府信息数');
    expect(keys).not.toContain('narrative.申请答复数');
    expect(keys).not.toContain('narrative.公开渠道.政务微博');
    expect(keys).not.toContain('narrative.累计公开政府信息数');
  });

  it.each([
    // 上海 2025 lines 58–60: a named portal's items, the sentence wrapped over lines (the name too).
    [
      '提升规范性。“上\n海国际服务门户”新增意大利语网站，目前已覆盖 10 个语种，\n共发布各类信息 13528 条。',
      'narrative.主动公开政府信息数',
    ],
    ['依托“某某政务服务”平台，共发布各类信息300条。', 'narrative.主动公开政府信息数'],
    // 高平 2022 line 6: the website's count split over two clauses (226 + 66): no whole stated.
    ['在门户网站发布政务动态类信息226条,发布市政府文件及解读信息66条。', 'narrative.公开渠道.政府网站'],
    ['政务微博发布信息40条，\n发布图片信息15条。', 'narrative.公开渠道.政务微博'],
  ])('“%s” is no %s (another subject, or only a part of it)', (text, key) => {
    expect(figures(text).filter((f) => f.key === key)).toEqual([]);
  });

  // report-formats.md “Figures stated in prose”: a running total (累计, 以来) over one year is that
  // year's 主动公开政府信息数; only over several years is it the cumulative key that checks.md N-SUM
  // compares with one year's figure; when the sentence does not say which, no figure.
  const cumulative = 'narrative.累计公开政府信息数';
  const yearTotal = 'narrative.主动公开政府信息数';
  it.each<
    [sentence: string, year: number | null, key: typeof cumulative | typeof yearTotal | null, value: number]
  >([
    // 汉台徐望 2025: the year's total, not a cumulative one.
    ['2025年，徐望镇累计主动公开政务信息数145条。', 2025, yearTotal, 145],
    ['2025年全年累计公开政府信息100条。', 2025, yearTotal, 100],
    ['本年度累计公开政府信息320条。', null, yearTotal, 320],
    ['今年以来累计发布政府信息88条。', null, yearTotal, 88],
    ['2025年以来，累计公开政府信息90条。', 2025, yearTotal, 90],
    // A span of years, 历年, since a past year, or a count of years: cumulative (fixture 001).
    ['2013-2017年，全街累计公开政府信息66条。', 2017, cumulative, 66],
    ['2013年至2017年累计公开政府信息66条。', null, cumulative, 66],
    ['历年累计公开政府信息5000条。', 2017, cumulative, 5000],
    ['自2013年以来，累计公开政府信息3000条。', 2017, cumulative, 3000],
    ['五年来累计公开政府信息3000条。', 2017, cumulative, 3000],
    ['条例实施以来累计公开政府信息3000条。', 2017, cumulative, 3000],
    // Not said over what time: neither key.
    ['累计公开政府信息66条。', 2017, null, 66],
    ['截至2017年底，累计公开政府信息5000条。', 2017, null, 5000],
    ['自2013年以来，累计公开政府信息3000条。', null, null, 3000],
  ])('running total “%s” (report year %s) → %s = %i', (text, year, key, value) => {
    const found = readNarrative(proseSentences(readRows(splitLines(text))), year).filter(
      (f) => f.key === cumulative || f.key === yearTotal,
    );
    expect(found.map((f) => [f.key, f.value])).toEqual(key === null ? [] : [[key, value]]);
  });

  it('the figure span points at the number in the text', () => {
    const text = '一、总体情况\n全年共收到政府信息公开申请75件。';
    const [figure] = figures(text);
    expect(text.slice(figure!.span!.start, figure!.span!.end)).toBe('75');
  });
});
