import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/date.ts';
import { decide } from './decide.ts';
import { OUTCOMES } from './decisions.ts';
import { REQUEST_EVENT_TYPES, type RequestEvent } from './events.ts';
import { INITIAL_STATE, evolve, replay, type RequestState } from './state.ts';
import { CLOSED_STATUSES, REQUEST_STATUSES } from './status.ts';
import { officialCalendar } from './testing/official-calendar.ts';
import { sampleCommand } from './testing/histories.ts';

const calendar = officialCalendar();

/** Random attempts: an event type and a gap in days since the last attempt. */
const attempts = fc.array(
  fc.record({
    type: fc.constantFrom(...REQUEST_EVENT_TYPES),
    gap: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 20, max: 40 })),
  }),
  { maxLength: 30 },
);

describe('whatever staff try, the recorded history stays lawful (fast-check)', () => {
  it('accepted events replay to the same state; Art. 30 and Art. 33 limits hold; one outcome once closed', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom('2019-05-10', '2021-01-04', '2024-09-13'), attempts, (start, tries) => {
        let state: RequestState = INITIAL_STATE;
        const accepted: RequestEvent[] = [];
        let on: string = start;
        for (const attempt of tries) {
          on = addDays(on, attempt.gap);
          const command =
            attempt.type === 'correction-requested'
              ? { type: attempt.type, on, items: ['请说明所需信息'], correctBy: addDays(on, 10) }
              : sampleCommand(attempt.type, on);
          const result = decide(state, command, calendar);
          if (!result.ok) {
            expect(result.error.code).toMatch(/^REQUEST_[A-Z_]+$/);
            expect(result.error.messageZh.length).toBeGreaterThan(5);
            continue;
          }
          accepted.push(...result.events);
          state = result.events.reduce(evolve, state);
        }
        for (const event of accepted) reached.add(event.type);
        expect(replay(accepted)).toEqual(state);
        expect(REQUEST_STATUSES).toContain(state.status);
        const count = (type: string) => accepted.filter((e) => e.type === type).length;
        expect(count('received')).toBeLessThanOrEqual(1);
        expect(count('extended')).toBeLessThanOrEqual(1);
        expect(count('decided')).toBeLessThanOrEqual(1);
        if (state.regime === '2019') expect(count('correction-requested')).toBeLessThanOrEqual(1);
        // Dates never go backwards.
        expect(accepted.map((e) => e.on)).toEqual([...accepted.map((e) => e.on)].sort());
        // Closed or decided ⇔ exactly one outcome, which has a 表三 row.
        const ended = CLOSED_STATUSES.includes(state.status) || state.status === 'decided';
        expect(state.outcome !== null).toBe(ended);
        if (state.outcome) expect(OUTCOMES[state.outcome].table3Row).toBeTruthy();
      }),
      { numRuns: 400 },
    );
    // The random walk really explores the table, not just refusals.
    expect(reached.size).toBeGreaterThanOrEqual(10);
  });
});
