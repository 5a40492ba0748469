import { describe, expect, it } from 'vitest';
import { readDates } from './dates.ts';
import { readYearAndAgency } from './metadata-year.ts';
import { splitLines } from './segment.ts';

const dates = (text: string, publishedOn?: string) =>
  readDates(splitLines(text), text, publishedOn ? { publishedOn } : {});

// checks.md D-YEAR / D-DEADLINE / D-PERIOD read these dates.
describe('report dates', () => {
  it.each([
    ['正文。\n遂溪县洋青镇人民政府\n2025年1月16日', '2025-01-16'],
    ['正文。\n某某县人民政府\n二〇二五年一月十六日', '2025-01-16'],
    ['正文。\n某局\n二〇二四年十二月三十一日', '2024-12-31'],
    ['# 某县2025年报告\n(2026年1月23日)\n正文。', '2026-01-23'],
    ['正文。\n填报日期:2019年1月10日', '2019-01-10'],
  ])('signature of “%s” is %s', (text, signedOn) => {
    expect(dates(text).signedOn).toBe(signedOn);
  });

  it.each([
    ['本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止。', '2018-01-01', '2018-12-31'],
    ['统计时限为2023年1月1日至2023年12月31日。', '2023-01-01', '2023-12-31'],
    ['统计期限从2012年1月1日到12月31日止。', '2012-01-01', '2012-12-31'],
  ])('period of “%s”', (text, from, to) => {
    expect(dates(text).period).toMatchObject({ from, to });
  });

  it('a period printed blank (“自 至”) is reported as blank (D-PERIOD)', () => {
    expect(dates('本报告统计期限自 至 止。').period).toMatchObject({ blank: true });
  });

  it.each([
    ['发布日期:2016-01-18 点击数:', undefined, '2016-01-18'],
    ['正文', '2019-01-11 08:02:47', '2019-01-11'],
  ])('publication date of “%s”', (text, meta, publishedOn) => {
    expect(dates(text, meta).publishedOn).toBe(publishedOn);
  });
});

describe('report year and body', () => {
  it.each([
    ['蛟河市白石山镇2015年政府信息公开工作年度报告\n正文', 2015, '蛟河市白石山镇'],
    ['# 沐阳县人民政府 2025 年 政府信息公开工作年度报告', 2025, '沐阳县人民政府'],
    ['腾越镇结合工作实际，现公布腾越镇2018年政府信息公开工作年度报告。', 2018, '腾越镇'],
    ['现将2015年二七区政府信息公开工作开展情况报告如下。', 2015, '二七区'],
    ['根据要求，现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告。', 2023, '沭阳县发展和改革局'],
  ])('“%s” → %i, %s', (text, year, agency) => {
    expect(readYearAndAgency(splitLines(text), {}, {})).toEqual({ year, agency });
  });

  it('falls back to the statistic period and the page publisher', () => {
    const found = readYearAndAgency(
      splitLines('正文没有标题。'),
      { publisher: '某某局' },
      {
        period: { from: '2020-01-01', to: '2020-12-31', text: '' },
      },
    );
    expect(found).toEqual({ year: 2020, agency: '某某局' });
  });
});
