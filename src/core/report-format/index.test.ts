import { describe, expect, it } from 'vitest';
import { cellKeys, formatForYear, formats, summaryFields } from './index.ts';

// Every expectation below is read off shared/domain/report-formats.md.
describe('report formats as data', () => {
  it.each([
    [2008, 'legacy-local'],
    [2013, 'legacy-local'],
    [2014, 'national-2014'],
    [2018, 'national-2014'],
    [2019, 'gov-2019'],
    [2020, 'gov-2019'],
    [2021, 'gov-2021'],
    [2025, 'gov-2021'],
  ])('report year %i uses %s', (year, id) => {
    expect(formatForYear(year).id).toBe(id);
  });

  it.each([
    // 表三 25 rows × 7 columns + 表四 3 × 5 + 表二 (2 rows × 3 + 4 single cells)
    ['gov-2021', 25 * 7 + 3 * 5 + (2 * 3 + 4), '其他处理.申请人逾期未按收费通知要求缴纳费用.商业企业'],
    // 表三 23 rows × 7 + 表四 3 × 5 + 表二 (6 rows × 3 + 收费 2 + 采购 2)
    ['gov-2019', 23 * 7 + 3 * 5 + (6 * 3 + 2 + 2), '其他处理.总计'],
  ] as const)('%s has %i cells, among them %s', (id, count, sample) => {
    const keys = cellKeys(formats[id]);
    expect(keys).toHaveLength(count);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(sample);
  });

  // Keys as shared/domain/report-formats.md spells them, one format per row.
  it.each([
    ['gov-2021', '不予公开.属于国家秘密.商业企业'],
    ['gov-2021', '办理结果总计.总计'],
    ['gov-2021', '行政诉讼.复议后起诉.尚未审结'],
    ['gov-2021', '行政规范性文件.现行有效件数'],
    ['gov-2021', '行政事业性收费.本年收费金额(万元)'],
    ['national-2014', '主动公开政府信息数.主动公开规范性文件数'],
    ['national-2014', '公开渠道.政府网站'],
    ['national-2014', '收到申请数.网络申请数'],
    ['national-2014', '申请答复数.1.属于已主动公开范围数'],
    ['national-2014', '申请答复数.4.不同意公开答复数.涉及个人隐私'],
    ['national-2014', '行政诉讼数量.维持具体行政行为或者驳回原告诉讼请求数'],
    ['national-2014', '从事政府信息公开工作人员数.兼职人员数'],
    ['national-2014', '接受培训人员数'],
  ] as const)('%s key %s exists', (format, key) => {
    expect(cellKeys(formats[format])).toContain(key);
  });

  it('summary keys of the new formats come from 表三 and 表四; a missing part gives null', () => {
    const summary = summaryFields('gov-2021', {
      '本年新收政府信息公开申请数量.总计': 74,
      '办理结果总计.总计': 70,
      '行政复议.总计': 2,
      '行政诉讼.未经复议直接起诉.总计': 1,
      '行政诉讼.复议后起诉.总计': 3,
    });
    expect(summary.收到申请数).toBe(74);
    expect(summary.申请答复数).toBe(70);
    expect(summary.行政诉讼数量).toBe(4);
    expect(summary.主动公开政府信息数).toBeNull();
    const partial = summaryFields('gov-2021', { '行政诉讼.未经复议直接起诉.总计': 1 });
    expect(partial.行政诉讼数量).toBeNull();
  });
});
