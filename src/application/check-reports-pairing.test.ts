import { describe, expect, it } from 'vitest';
import { consistentGovReport } from '../core/checks/report-builder.ts';
import type { ReportData } from '../core/report-format/index.ts';
import { pairReports } from './check-reports-pairing.ts';

const gov = (agency: string, year: number, text = ''): ReportData => ({
  ...consistentGovReport('gov-2021', year),
  agency,
  text,
});

describe('pairing a batch (issue 5: year-over-year and parent/children rules)', () => {
  it('previous = the same body’s report of Y−1, names compared without spaces', () => {
    const a22 = gov('沭阳县发展和改革局', 2022);
    const a23 = gov('沭阳县 发展和改革局', 2023);
    const b22 = gov('沭阳县财政局', 2022);
    const [c22, c23, cb] = pairReports([a22, a23, b22]);
    expect(c22?.previous).toBeUndefined();
    expect(c23?.previous).toBe(a22);
    expect(cb?.previous).toBeUndefined();
  });

  it('a 汇总 report of a government gets the same year’s reports under its region as children', () => {
    const parent = gov('沭阳县人民政府', 2023, '沭阳县2023年政府信息公开工作年度报告（汇总）');
    const child1 = gov('沭阳县发展和改革局', 2023);
    const child2 = gov('沭阳县财政局', 2023);
    const other = gov('泗阳县财政局', 2023);
    const lastYear = gov('沭阳县财政局', 2022);
    const [ctx] = pairReports([parent, child1, child2, other, lastYear]);
    expect(ctx?.children).toEqual([child1, child2]);
  });

  it('children of last year’s 汇总 that did not report this year are expected (named as missing)', () => {
    const p22 = gov('沭阳县人民政府', 2022, '汇总');
    const p23 = gov('沭阳县人民政府', 2023, '汇总');
    const ctxs = pairReports([
      p22,
      p23,
      gov('沭阳县财政局', 2022),
      gov('沭阳县教育局', 2022),
      gov('沭阳县财政局', 2023),
    ]);
    expect(ctxs[1]?.expectedChildren).toEqual(['沭阳县财政局', '沭阳县教育局']);
  });

  it('a report that is not a 汇总 gets no children', () => {
    const [ctx] = pairReports([gov('沭阳县人民政府', 2023, '本报告'), gov('沭阳县财政局', 2023)]);
    expect(ctx?.children).toBeUndefined();
  });
});
