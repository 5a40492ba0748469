import { describe, expect, it } from 'vitest';
import { requestDeadline, type ClockStage } from './deadline.ts';
import type { RequestEvent, RequestEventType } from './events.ts';
import { replay } from './state.ts';
import { officialCalendar } from './testing/official-calendar.ts';
import { sampleCommand } from './testing/histories.ts';

const calendar = officialCalendar();
const received = (on: string, promisedDays?: number): RequestEvent =>
  promisedDays === undefined
    ? sampleCommand('received', on)
    : { type: 'received', on, channel: 'in-person', applicantType: '自然人', promisedDays };
/** Received on `on`, then each [type, date] step as its sample command. */
const history = (on: string, ...steps: [RequestEventType, string][]): RequestEvent[] => [
  received(on),
  ...steps.map(([type, date]) => sampleCommand(type, date)),
];

interface DeadlineCase {
  name: string;
  events: RequestEvent[];
  today: string;
  stage: ClockStage;
  dueDate: string | null;
  promisedDueDate?: string;
  overdue?: boolean;
  workingDaysRemaining?: number;
}

const cases: DeadlineCase[] = [
  {
    name: 'Art. 33: 20 working days, skipping 中秋 and 国庆, counting 调休 09-14, 09-29, 10-12',
    events: history('2024-09-13'),
    today: '2024-09-13',
    stage: 'running',
    dueDate: '2024-10-17',
  },
  {
    name: 'Art. 33 ¶2: extended once → 20 + 20 working days',
    events: history('2024-09-13', ['extended', '2024-10-10']),
    today: '2024-10-10',
    stage: 'running',
    dueDate: '2024-11-14',
  },
  {
    name: 'Art. 30: the clock restarts on the corrected application (清明, 04-07 worked)',
    events: history('2024-03-01', ['correction-requested', '2024-03-04'], ['corrected', '2024-03-08']),
    today: '2024-03-08',
    stage: 'running',
    dueDate: '2024-04-08',
  },
  {
    name: 'Art. 30: no due date while waiting for the 补正',
    events: history('2024-03-01', ['correction-requested', '2024-03-04']),
    today: '2024-03-06',
    stage: 'awaiting-correction',
    dueDate: null,
  },
  {
    name: 'Art. 32/33: a finished third-party consultation (5 working days) is not counted',
    events: history(
      '2024-03-01',
      ['third-party-consultation-started', '2024-03-05'],
      ['third-party-consultation-ended', '2024-03-11'],
    ),
    today: '2024-03-12',
    stage: 'running',
    dueDate: '2024-04-08',
  },
  {
    name: '109号: an open fee pause counts up to today (03-05…03-07)',
    events: history('2024-03-01', ['fee-notified', '2024-03-05']),
    today: '2024-03-07',
    stage: 'paused',
    dueDate: '2024-04-03',
  },
  {
    name: 'Art. 33: overdue one working day after 03-29',
    events: history('2024-03-01'),
    today: '2024-04-01',
    stage: 'running',
    dueDate: '2024-03-29',
    overdue: true,
  },
  {
    name: 'Art. 33: 4 working days left on 03-25',
    events: history('2024-03-01'),
    today: '2024-03-25',
    stage: 'running',
    dueDate: '2024-03-29',
    overdue: false,
    workingDaysRemaining: 4,
  },
  {
    name: 'Art. 33: decided on the due date is on time, however late today is',
    events: history('2024-03-01', ['decided', '2024-03-29']),
    today: '2024-06-01',
    stage: 'closed',
    dueDate: '2024-03-29',
    overdue: false,
  },
  {
    name: 'a body’s promise of 10 working days, beside the statutory 20',
    events: [received('2024-03-01', 10)],
    today: '2024-03-01',
    stage: 'running',
    dueDate: '2024-03-29',
    promisedDueDate: '2024-03-15',
  },
  {
    name: 'a withdrawn request has no deadline',
    events: history('2024-03-01', ['withdrawn', '2024-03-04']),
    today: '2024-04-30',
    stage: 'closed',
    dueDate: null,
  },
  {
    name: '2008 Art. 24: received 2019-05-14 → 15 working days',
    events: history('2019-05-14'),
    today: '2019-05-14',
    stage: 'running',
    dueDate: '2019-06-04',
  },
  {
    name: '2019 Art. 33: received 2019-05-15 → 20 working days, 端午 06-07 skipped',
    events: history('2019-05-15'),
    today: '2019-05-15',
    stage: 'running',
    dueDate: '2019-06-13',
  },
];

describe('due date and overdue-ness derived from the events (via the deadline engine)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const view = requestDeadline(replay(c.events), calendar, c.today);
    expect(view.stage).toBe(c.stage);
    expect(view.deadline?.dueDate ?? null).toBe(c.dueDate);
    if (c.promisedDueDate) expect(view.deadline?.promisedDueDate).toBe(c.promisedDueDate);
    if (c.overdue !== undefined) expect(view.timeliness?.overdue).toBe(c.overdue);
    if (c.workingDaysRemaining !== undefined) {
      expect(view.timeliness?.workingDaysRemaining).toBe(c.workingDaysRemaining);
    }
  });
});
