import { describe, expect, it } from 'vitest';
import { actionsNeeded, type ActionCode } from './action-needed.ts';
import type { RequestEvent, RequestEventType } from './events.ts';
import { replay } from './state.ts';
import { officialCalendar } from './testing/official-calendar.ts';
import { sampleCommand } from './testing/histories.ts';

const calendar = officialCalendar();
/** The sample online request of 2024-09-13, with the body's own promise of 10 working days. */
const received: RequestEvent = Object.assign(sampleCommand('received', '2024-09-13'), { promisedDays: 10 });
/** That request, then one step (its sample command) on `on`. */
const receivedThen = (type: RequestEventType, on: string): RequestEvent[] => [
  received,
  sampleCommand(type, on),
];
/** Received, then asked on 09-18 to correct by 09-30 (Art. 30). */
const askedToCorrect: RequestEvent[] = [
  received,
  { type: 'correction-requested', on: '2024-09-18', items: ['请说明年度'], correctBy: '2024-09-30' },
];

const cases: [string, RequestEvent[], string, ActionCode[], string?][] = [
  [
    'Art. 33: reply by 10-17, 5 working days left on 10-11 (10-12 is a 调休 Saturday)',
    [received],
    '2024-10-11',
    ['reply', 'promise-overdue'],
    '还剩5个工作日',
  ],
  ['Art. 33: overdue on 10-18', [received], '2024-10-18', ['reply-overdue', 'promise-overdue'], '1个工作日'],
  [
    'promise of 10 working days (09-29, a 调休 Sunday) not yet passed on 09-27',
    [received],
    '2024-09-27',
    ['reply'],
  ],
  [
    'Art. 30: correction period over → record the lapse',
    askedToCorrect,
    '2024-10-08',
    ['record-correction-lapse'],
    '2024-09-30',
  ],
  ['Art. 30: still inside the correction period → nothing to do', askedToCorrect, '2024-09-30', []],
  [
    'Art. 32: third party silent after 15 working days (09-20 → 10-16)',
    receivedThen('third-party-consultation-started', '2024-09-20'),
    '2024-10-17',
    ['consultation-period-over'],
    '第三十二条',
  ],
  [
    'Art. 34: other body within its 15 working days',
    receivedThen('other-body-consultation-started', '2024-09-20'),
    '2024-10-16',
    [],
  ],
  [
    '109号: payment period over (09-27 → 10-30)',
    receivedThen('fee-notified', '2024-09-27'),
    '2024-10-31',
    ['record-fee-lapse'],
    '2024-10-30',
  ],
  ['decided → deliver the letter', receivedThen('decided', '2024-10-10'), '2024-10-11', ['deliver-letter']],
  [
    'delivered → nothing',
    [...receivedThen('decided', '2024-10-10'), sampleCommand('delivered', '2024-10-11')],
    '2024-12-01',
    [],
  ],
];

describe('what staff must do now, computed from events and the calendar', () => {
  it.each(cases)('%s', (_name, events, today, codes, phrase) => {
    const actions = actionsNeeded(replay(events), calendar, today);
    expect(actions.map((a) => a.code)).toEqual(codes);
    if (phrase) expect(actions.map((a) => a.textZh).join('')).toContain(phrase);
  });
});
