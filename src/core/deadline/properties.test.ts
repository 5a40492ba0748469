import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCalendarDir, readCalendarYears } from '../../cli/calendar-files.ts';
import { addDays, buildCalendar, isWorkingDay } from '../calendar/index.ts';
import { replyDeadline } from './index.ts';

const calendar = buildCalendar(readCalendarYears(defaultCalendarDir));

// Receipt dates from the first day of the 2008 regulation to early November 2026, so that even
// extended deadlines stay inside the loaded calendar (2008–2026).
const FIRST = '2008-05-01';
const DAYS = 6_760; // 2008-05-01 + 6760 days = 2026-11-04
const receipt = fc.integer({ min: 0, max: DAYS }).map((offset) => addDays(FIRST, offset));

describe('deadline properties (fast-check over 2008–2026)', () => {
  it('a due date is always a working day, strictly after receipt', () => {
    fc.assert(
      fc.property(receipt, fc.boolean(), (receiptDate, extended) => {
        const result = replyDeadline(calendar, { receiptDate, extended });
        expect(isWorkingDay(calendar, result.dueDate)).toBe(true);
        expect(result.dueDate > receiptDate).toBe(true);
        expect(result.extendedDueDate! >= result.ordinaryDueDate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic in the receipt date (a later receipt never gives an earlier due date)', () => {
    fc.assert(
      fc.property(receipt, fc.integer({ min: 1, max: 40 }), (first, gap) => {
        const later = addDays(first, gap);
        if (later > addDays(FIRST, DAYS)) return;
        expect(
          replyDeadline(calendar, { receiptDate: later }).dueDate >=
            replyDeadline(calendar, { receiptDate: first }).dueDate,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a pause never brings the due date forward, and a promise is never after the statutory date', () => {
    fc.assert(
      fc.property(
        receipt,
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        (receiptDate, start, length, promised) => {
          const from = addDays(receiptDate, start);
          const pauses = [{ from, to: addDays(from, length), kind: 'third-party' as const }];
          const plain = replyDeadline(calendar, { receiptDate, promisedWorkingDays: promised });
          const paused = replyDeadline(calendar, { receiptDate, pauses, promisedWorkingDays: promised });
          expect(paused.dueDate >= plain.dueDate).toBe(true);
          expect(paused.promisedDueDate! <= paused.dueDate).toBe(true);
          expect(isWorkingDay(calendar, paused.dueDate)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
