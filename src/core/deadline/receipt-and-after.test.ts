import { describe, expect, it } from 'vitest';
import { defaultCalendarDir, readCalendarYears } from '../../cli/calendar-files.ts';
import { buildCalendar } from '../calendar/index.ts';
import { ruleOn } from '../statutes/index.ts';
import { feeRules, replyPeriodRules } from '../statutes/index.ts';
import type { ReceiptFacts } from './index.ts';
import { assessTimeliness, proactivePublicationDueDate, receiptDate, remedyDeadlines } from './index.ts';

const calendar = buildCalendar(readCalendarYears(defaultCalendarDir));

describe('receipt date per channel (2019 Art. 31)', () => {
  it.each<{ facts: ReceiptFacts; date: string; clause: string }>([
    { facts: { channel: 'in-person', handedInOn: '2024-09-13' }, date: '2024-09-13', clause: '（一）' },
    {
      facts: { channel: 'post', signedForOn: '2024-09-14', confirmedOn: '2024-09-16' },
      date: '2024-09-14',
      clause: '（二）',
    },
    { facts: { channel: 'post', confirmedOn: '2024-09-16' }, date: '2024-09-16', clause: '（二）' },
    { facts: { channel: 'online', confirmedOn: '2024-09-18' }, date: '2024-09-18', clause: '（三）' },
    { facts: { channel: 'fax', confirmedOn: '2024-09-18' }, date: '2024-09-18', clause: '（三）' },
    { facts: { channel: 'email', confirmedOn: '2024-09-19' }, date: '2024-09-19', clause: '（三）' },
  ])('$facts.channel → $date (Art. 31$clause)', ({ facts, date, clause }) => {
    const result = receiptDate(facts);
    expect(result.date).toBe(date);
    expect(result.reasonZh).toContain(clause);
    expect(result.citation.article).toBe('第三十一条');
  });
  it.each<ReceiptFacts>([
    { channel: 'in-person' },
    { channel: 'post' },
    { channel: 'online', handedInOn: '2024-09-13' },
  ])('missing the date that counts for $channel is refused', (facts) => {
    expect(() => receiptDate(facts)).toThrow(expect.objectContaining({ code: 'RECEIPT_DATE_MISSING' }));
  });
});

describe('statutes as dated data (ruleOn)', () => {
  it.each([
    { date: '2008-04-30', regime: undefined },
    { date: '2008-05-01', regime: '2008' },
    { date: '2019-05-14', regime: '2008' },
    { date: '2019-05-15', regime: '2019' },
    { date: '2026-11-27', regime: '2019' },
  ])('reply period on $date → $regime', ({ date, regime }) => {
    expect(ruleOn(replyPeriodRules, date)?.value.regime).toBe(regime);
  });
  it.each([
    { date: '2020-12-31', fee: undefined },
    { date: '2021-01-01', fee: 'fee-2021' },
  ])('fee rule on $date → $fee', ({ date, fee }) => {
    expect(ruleOn(feeRules, date)?.id).toBe(fee);
  });
  it('every rule carries its citation', () => {
    for (const rule of [...replyPeriodRules, ...feeRules]) {
      expect(rule.citation.law).toMatch(/条例|办法/);
      expect(rule.citation.article).not.toBe('');
      expect(rule.citation.text.length).toBeGreaterThan(20);
    }
  });
});

describe('overdue is computed, never stored', () => {
  it.each([
    { today: '2024-10-16', replied: null, state: 'pending', remaining: 1, late: 0 },
    { today: '2024-10-17', replied: null, state: 'due-today', remaining: 0, late: 0 },
    { today: '2024-10-21', replied: null, state: 'overdue', remaining: 0, late: 2 },
    { today: '2024-10-30', replied: '2024-10-17', state: 'replied-on-time', remaining: 0, late: 0 },
    { today: '2024-10-30', replied: '2024-10-18', state: 'replied-late', remaining: 0, late: 1 },
    { today: '2024-09-30', replied: null, state: 'pending', remaining: 9, late: 0 },
  ])(
    'due 2024-10-17, today $today, replied $replied → $state',
    ({ today, replied, state, remaining, late }) => {
      const result = assessTimeliness(calendar, '2024-10-17', today, replied);
      expect(result).toMatchObject({ state, workingDaysRemaining: remaining, workingDaysLate: late });
      expect(result.overdue).toBe(state === 'overdue' || state === 'replied-late');
    },
  );
});

describe('proactive publication (2019 Art. 26, 2008 Art. 18)', () => {
  it.each([
    { made: '2024-09-13', due: '2024-10-17', article: '第二十六条' },
    { made: '2018-12-20', due: '2019-01-18', article: '第十八条' },
  ])('made $made → publish by $due ($article)', ({ made, due, article }) => {
    const result = proactivePublicationDueDate(calendar, made);
    expect(result.dueDate).toBe(due);
    expect(result.citation.article).toBe(article);
  });
});

describe('remedies: 行政复议 60 days, 行政诉讼 6 months (calendar time)', () => {
  it.each([
    // 2024-09-13 + 60 days = 2024-11-12 (Tue); + 6 months = 2025-03-13 (Thu).
    { known: '2024-09-13', review: '2024-11-12', litigation: '2025-03-13' },
    // 2024-08-03 + 60 = 2024-10-02 (国庆) → first working day after: 2024-10-08; +6 months = 2025-02-03 (春节) → 2025-02-05.
    { known: '2024-08-03', review: '2024-10-08', litigation: '2025-02-05' },
    // 2024-08-31 + 6 months → 2025-02-28 (no 31 February).
    { known: '2024-08-31', review: '2024-10-30', litigation: '2025-02-28' },
  ])('known $known → review by $review, litigation by $litigation', ({ known, review, litigation }) => {
    const [r, l] = remedyDeadlines(calendar, known);
    expect(r?.lastDay).toBe(review);
    expect(l?.lastDay).toBe(litigation);
  });
});
