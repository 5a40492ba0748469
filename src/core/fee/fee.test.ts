import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.ts';
import { defaultCalendarDir, readCalendarYears } from '../../cli/calendar-files.ts';
import {
  applyWaiver,
  assessFee,
  feePaymentDueDate,
  perApplicantFee,
  perApplicantFeeForRequest,
  perVolumeFee,
} from './index.ts';

const ART4 = '109号 Art. 4 (按件计收, per applicant per calendar month)';
const ART5 = '109号 Art. 5 (按量计收, per request by pages)';

// Amounts worked out by hand from the tiers (超额累进: each unit pays its own band's rate).
const perApplicant: { count: number; yuan: number; thisRequest: number; note: string }[] = [
  { count: 1, yuan: 0, thisRequest: 0, note: 'first request free' },
  { count: 10, yuan: 0, thisRequest: 0, note: '10th still free' },
  { count: 11, yuan: 100, thisRequest: 100, note: '11th: first 100元 request' },
  { count: 12, yuan: 200, thisRequest: 100, note: '12th' },
  { count: 30, yuan: 2000, thisRequest: 100, note: '30th: 20 × 100' },
  { count: 31, yuan: 2200, thisRequest: 200, note: '31st: first 200元 request' },
  { count: 40, yuan: 4000, thisRequest: 200, note: '40th: 2000 + 10 × 200' },
  { count: 41, yuan: 4300, thisRequest: 300, note: '41st: first 300元 request' },
  { count: 50, yuan: 7000, thisRequest: 300, note: '50th: 4000 + 10 × 300' },
  { count: 51, yuan: 7400, thisRequest: 400, note: '51st: +100 per further band of 10' },
  { count: 0, yuan: 0, thisRequest: 0, note: 'no request yet this month' },
];

const perVolume: { pages: number; yuan: number; note: string }[] = [
  { pages: 0, yuan: 0, note: 'nothing provided' },
  { pages: 1, yuan: 0, note: 'one page free' },
  { pages: 30, yuan: 0, note: '30 pages free' },
  { pages: 31, yuan: 10, note: '31st page 10元' },
  { pages: 100, yuan: 700, note: '70 × 10' },
  { pages: 101, yuan: 720, note: '700 + 20' },
  { pages: 200, yuan: 2700, note: '700 + 100 × 20' },
  { pages: 201, yuan: 2740, note: '2700 + 40' },
  { pages: 250, yuan: 4700, note: '2700 + 50 × 40' },
];

describe('信息处理费 按件计收 — every tier edge', () => {
  it.each(perApplicant)(
    '$count requests in a month → $yuan元 ($note) — ' + ART4,
    ({ count, yuan, thisRequest }) => {
      const result = perApplicantFee(count, '2024-03-15');
      expect(result.amountYuan).toBe(yuan);
      expect(result.breakdown.reduce((sum, line) => sum + line.subtotalYuan, 0)).toBe(yuan);
      expect(result.breakdown.reduce((sum, line) => sum + line.units, 0)).toBe(count);
      if (count > 0) expect(perApplicantFeeForRequest(count, '2024-03-15')).toBe(thisRequest);
    },
  );
});

describe('信息处理费 按量计收 — every tier edge', () => {
  it.each(perVolume)('$pages pages → $yuan元 ($note) — ' + ART5, ({ pages, yuan }) => {
    const result = perVolumeFee(pages, '2024-03-15');
    expect(result.amountYuan).toBe(yuan);
    expect(result.breakdown.reduce((sum, line) => sum + line.units, 0)).toBe(pages);
  });
});

describe('信息处理费 in time (109号 in force from 2021-01-01)', () => {
  it.each([
    { received: '2020-12-31', applies: false },
    { received: '2021-01-01', applies: true },
    { received: '2019-06-01', applies: false },
  ])('received $received → fee rule applies: $applies', ({ received, applies }) => {
    const volume = perVolumeFee(201, received);
    const applicant = perApplicantFee(41, received);
    expect(volume.amountYuan).toBe(applies ? 2740 : 0);
    expect(applicant.amountYuan).toBe(applies ? 4300 : 0);
    expect(volume.rule).toBe(applies ? 'fee-2021' : null);
    if (!applies) expect(volume.explanation).toContain('不适用信息处理费');
  });

  it('the breakdown explains each band', () => {
    expect(perApplicantFee(41, '2021-01-01').explanation).toBe(
      '按件计收（超额累进）：同一申请人本自然月累计申请41件。第1—10件：免费；第11—30件：20件×100元=2000元；第31—40件：10件×200元=2000元；第41件：1件×300元=300元；合计4300元。',
    );
  });
});

describe('one method per body, waivers, payment period', () => {
  it('a per-volume body cannot charge per applicant (109号 Art. 3)', () => {
    expect(() => assessFee({ method: 'per-volume' }, { method: 'per-applicant', count: 12 })).toThrow(
      expect.objectContaining({ code: 'FEE_METHOD_NOT_BODYS' }),
    );
    expect(
      assessFee({ method: 'per-volume' }, { method: 'per-volume', pages: 31 }, '2022-01-01').amountYuan,
    ).toBe(10);
  });

  it.each([
    { waiver: { amount: 'all' as const, reason: '申请人为低保户' }, charged: 0, waived: 2740 },
    { waiver: { amount: 740, reason: '部分信息已主动公开' }, charged: 2000, waived: 740 },
  ])('waiver $waiver.amount → charged $charged', ({ waiver, charged, waived }) => {
    const result = applyWaiver(perVolumeFee(201, '2022-01-01'), waiver);
    expect(result).toMatchObject({ chargedYuan: charged, waivedYuan: waived, waiverReason: waiver.reason });
  });

  it.each([
    { waiver: { amount: 10, reason: '  ' }, code: 'FEE_WAIVER_REASON_MISSING' },
    { waiver: { amount: 3000, reason: '困难' }, code: 'FEE_WAIVER_TOO_LARGE' },
    { waiver: { amount: -5, reason: '困难' }, code: 'FEE_WAIVER_INVALID' },
  ])('waiver refused: $code', ({ waiver, code }) => {
    expect(() => applyWaiver(perVolumeFee(201, '2022-01-01'), waiver)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it.each([
    { pages: -1, code: 'FEE_QUANTITY_INVALID' },
    { pages: 2.5, code: 'FEE_QUANTITY_INVALID' },
  ])('pages $pages refused', ({ pages, code }) => {
    expect(() => perVolumeFee(pages)).toThrow(expect.objectContaining({ code }));
  });

  it('payment is due 20 working days after the 收费通知 is received (Spring Festival 2024 skipped)', () => {
    const calendar = buildCalendar(readCalendarYears(defaultCalendarDir));
    // 02-01 → 02-02, 02-04 (make-up Sunday), 02-05..09, 02-18 (make-up Sunday), 02-19..23, 02-26..03-01, 03-04..05.
    expect(feePaymentDueDate(calendar, '2024-02-01')).toBe('2024-03-05');
    expect(feePaymentDueDate(calendar, '2020-12-01')).toBeNull();
  });
});
