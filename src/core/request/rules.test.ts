import { describe, expect, it } from 'vitest';
import { decide, decideAll, type RequestCommand } from './decide.ts';
import type { Decision } from './decisions.ts';
import type { RequestErrorCode } from './errors.ts';
import { replay } from './state.ts';
import { officialCalendar } from './testing/official-calendar.ts';
import { sampleCommand } from './testing/histories.ts';

const calendar = officialCalendar();
const received = (on: string) => sampleCommand('received', on);
const decided = (on: string, decision: Decision) => sampleCommand('decided', on, decision);

interface RuleCase {
  name: string;
  history: RequestCommand[];
  command: RequestCommand;
  /** null = accepted. */
  refused: RequestErrorCode | null;
}

const correction = (on: string, correctBy = '2024-12-31'): RequestCommand => ({
  type: 'correction-requested',
  on,
  items: ['请写明所需信息的名称'],
  correctBy,
});

/**
 * A period's edge: one history, the same command on consecutive days, each day its own case
 * ([date, refusal or null for accepted, what the day is]).
 */
function onDays(
  rule: string,
  history: RequestCommand[],
  command: (on: string) => RequestCommand,
  days: Array<[on: string, refused: RequestErrorCode | null, day: string]>,
): RuleCase[] {
  return days.map(([on, refused, day]) => ({
    name: `${rule} ${day}`,
    history,
    command: command(on),
    refused,
  }));
}

/** Decisions recorded on `on` after one history, each its own case ([name, decision, refusal or null]). */
function decisions(
  history: RequestCommand[],
  on: string,
  rows: Array<[name: string, decision: Decision, refused: RequestErrorCode | null]>,
): RuleCase[] {
  return rows.map(([name, decision, refused]) => ({
    name,
    history,
    command: decided(on, decision),
    refused,
  }));
}

const cases: RuleCase[] = [
  ...onDays(
    'Art. 30: 补正 after receipt (国庆: 09-30 → 10-15, 10-12 a 调休 workday)',
    [received('2024-09-30')],
    correction,
    [
      ['2024-10-15', null, 'on the 7th working day'],
      ['2024-10-16', 'REQUEST_CORRECTION_TOO_LATE', 'on the 8th working day is too late'],
    ],
  ),
  {
    name: 'Art. 30: 补正 only once',
    history: [received('2024-03-01'), correction('2024-03-04'), { type: 'corrected', on: '2024-03-06' }],
    command: correction('2024-03-07'),
    refused: 'REQUEST_CORRECTION_ALREADY_REQUESTED',
  },
  {
    name: '2008 Art. 21(四): no once-only rule and no 7-day limit before 2019-05-15',
    history: [received('2019-05-14'), correction('2019-05-15'), { type: 'corrected', on: '2019-05-20' }],
    command: correction('2019-06-28'),
    refused: null,
  },
  {
    name: 'Art. 30: a 补正 notice must list the items',
    history: [received('2024-03-01')],
    command: { type: 'correction-requested', on: '2024-03-04', items: [], correctBy: '2024-03-18' },
    refused: 'REQUEST_INVALID_EVENT',
  },
  ...onDays(
    'Art. 30: a 补正 lapses',
    [received('2024-03-01'), correction('2024-03-04', '2024-03-18')],
    (on) => ({ type: 'correction-lapsed', on }),
    [
      ['2024-03-18', 'REQUEST_CORRECTION_PERIOD_NOT_OVER', 'only after the correction period'],
      ['2024-03-19', null, 'the day after the correction period'],
    ],
  ),
  {
    name: 'Art. 33 ¶2: an extension only once',
    history: [received('2024-03-01'), sampleCommand('extended', '2024-03-20')],
    command: sampleCommand('extended', '2024-03-21'),
    refused: 'REQUEST_EXTENSION_ALREADY_USED',
  },
  ...onDays('Art. 33 ¶2: an extension', [received('2024-09-13')], (on) => sampleCommand('extended', on), [
    ['2024-10-17', null, 'on the last day of the ordinary period (2024-09-13 → 10-17)'],
    ['2024-10-18', 'REQUEST_EXTENSION_TOO_LATE', 'not once the ordinary period has run out'],
  ]),
  {
    name: 'Art. 33 ¶2: an extension needs the head’s approval',
    history: [received('2024-03-01')],
    command: { type: 'extended', on: '2024-03-20', approvedBy: ' ', reason: '档案量大' },
    refused: 'REQUEST_EXTENSION_APPROVAL_REQUIRED',
  },
  {
    name: '109号: no fee for a request received 2020-12-31',
    history: [received('2020-12-31')],
    command: sampleCommand('fee-notified', '2021-01-05'),
    refused: 'REQUEST_FEE_NOT_APPLICABLE',
  },
  {
    name: '109号: fee for a request received 2021-01-01',
    history: [received('2021-01-01')],
    command: sampleCommand('fee-notified', '2021-01-05'),
    refused: null,
  },
  {
    name: '109号: one fee notice per request',
    history: [
      received('2024-03-01'),
      sampleCommand('fee-notified', '2024-03-04'),
      sampleCommand('fee-paid', '2024-03-05'),
    ],
    command: sampleCommand('fee-notified', '2024-03-06'),
    refused: 'REQUEST_FEE_NOT_APPLICABLE',
  },
  ...onDays(
    '109号: a fee notice lapses',
    [received('2024-03-01'), sampleCommand('fee-notified', '2024-03-15')],
    (on) => ({ type: 'fee-lapsed', on }),
    [
      [
        '2024-04-15',
        'REQUEST_FEE_PERIOD_NOT_OVER',
        'not on the 20th working day after it (清明 04-04…06, 04-07 worked)',
      ],
      ['2024-04-16', null, 'the day after the 20th working day'],
    ],
  ),
  {
    name: '109号: a waiver records its reason',
    history: [received('2024-03-01'), sampleCommand('fee-notified', '2024-03-04')],
    command: { type: 'fee-waived', on: '2024-03-05', reason: '' },
    refused: 'REQUEST_INVALID_EVENT',
  },
  ...decisions([received('2024-03-01')], '2024-03-20', [
    [
      'Art. 36(三): a refusal needs its ground',
      { kind: 'refuse-privacy', article: '第十五条' },
      'REQUEST_DECISION_GROUND_REQUIRED',
    ],
    [
      'Art. 37: partial disclosure needs the article for the withheld part',
      { kind: 'partial', ground: '含有他人身份证号码' },
      'REQUEST_DECISION_ARTICLE_REQUIRED',
    ],
    [
      'Art. 14: a state-secret refusal cannot cite Art. 16',
      { kind: 'refuse-state-secret', ground: '已定密', article: '第十六条第二款' },
      'REQUEST_DECISION_ARTICLE_NOT_APPLICABLE',
    ],
    [
      'Art. 15: a privacy refusal with ground and article',
      { kind: 'refuse-privacy', ground: '涉及他人病历', article: '第十五条' },
      null,
    ],
    [
      'Art. 36(一): already public — say where',
      { kind: 'disclose-already-public' },
      'REQUEST_DECISION_DETAIL_REQUIRED',
    ],
    [
      'Art. 36(五): held by another body — name it',
      { kind: 'not-held-other-body' },
      'REQUEST_DECISION_DETAIL_REQUIRED',
    ],
    [
      'Art. 30: “still unclear after correction” needs a correction',
      { kind: 'unclear-after-correction' },
      'REQUEST_DECISION_NEEDS_CORRECTION',
    ],
  ]),
  {
    name: 'Art. 30: “still unclear after correction” once corrected',
    history: [received('2024-03-01'), correction('2024-03-04'), { type: 'corrected', on: '2024-03-08' }],
    command: decided('2024-03-20', { kind: 'unclear-after-correction' }),
    refused: null,
  },
  {
    name: 'Art. 35 is new in 2019: no “excessive” refusal for a request received 2019-05-14',
    history: [received('2019-05-14')],
    command: decided('2019-05-20', { kind: 'excessive' }),
    refused: 'REQUEST_DECISION_NOT_IN_REGIME',
  },
  {
    name: 'Art. 35: “excessive” for a request received 2019-05-15',
    history: [received('2019-05-15')],
    command: decided('2019-05-20', { kind: 'excessive' }),
    refused: null,
  },
  {
    name: 'events are recorded in date order',
    history: [received('2024-03-01')],
    command: sampleCommand('third-party-consultation-started', '2024-02-29'),
    refused: 'REQUEST_DATE_BEFORE_PREVIOUS',
  },
  {
    name: 'a date must be a real date',
    history: [],
    command: received('2024-02-30'),
    refused: 'REQUEST_DATE_INVALID',
  },
  {
    name: 'Art. 29: the applicant type is one of the 表三 columns',
    history: [],
    command: { type: 'received', on: '2024-03-01', channel: 'online', applicantType: '个人' as '自然人' },
    refused: 'REQUEST_INVALID_EVENT',
  },
  {
    name: 'a promised time limit is a whole number of working days',
    history: [],
    command: {
      type: 'received',
      on: '2024-03-01',
      channel: 'post',
      applicantType: '商业企业',
      promisedDays: 0,
    },
    refused: 'REQUEST_INVALID_EVENT',
  },
  {
    name: 'Art. 33 ¶2: no extension computed over a year without calendar data',
    history: [received('2099-03-02')],
    command: sampleCommand('extended', '2099-03-20'),
    refused: 'REQUEST_CALENDAR_UNAVAILABLE',
  },
  {
    name: '109号: no fee lapse computed over a year without calendar data',
    history: [received('2099-03-02'), sampleCommand('fee-notified', '2099-03-03')],
    command: { type: 'fee-lapsed', on: '2099-05-01' },
    refused: 'REQUEST_CALENDAR_UNAVAILABLE',
  },
  {
    name: '2008 条例 in force from 2008-05-01: nothing to apply to an earlier receipt',
    history: [],
    command: received('2008-04-30'),
    refused: 'REQUEST_DATE_INVALID',
  },
  {
    name: 'a promise can only shorten the period: 16 > 15 working days under 2008 Art. 24',
    history: [],
    command: {
      type: 'received',
      on: '2019-05-14',
      channel: 'fax',
      applicantType: '科研机构',
      promisedDays: 16,
    },
    refused: 'REQUEST_INVALID_EVENT',
  },
  {
    name: 'a promise of 16 working days is shorter than 20 under Art. 33',
    history: [],
    command: {
      type: 'received',
      on: '2019-05-15',
      channel: 'fax',
      applicantType: '科研机构',
      promisedDays: 16,
    },
    refused: null,
  },
  {
    name: 'a year without calendar data is refused, never guessed',
    history: [received('2099-03-02')],
    command: correction('2099-03-03', '2099-03-20'),
    refused: 'REQUEST_CALENDAR_UNAVAILABLE',
  },
];

describe('rules checked by decide beyond the table', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const before = decideAll(replay([]), c.history, calendar);
    expect(before.ok).toBe(true);
    const state = replay(before.ok ? before.events : []);
    const result = decide(state, c.command, calendar);
    if (c.refused === null) {
      expect(result).toEqual({ ok: true, events: [c.command] });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(c.refused);
        expect(result.error.messageZh).toMatch(/[\u4e00-\u9fff]/u);
      }
    }
  });
});

describe('outcome of endings (Art. 30, 109号)', () => {
  it.each([
    [
      'correction-lapsed',
      [
        received('2024-03-01'),
        correction('2024-03-04', '2024-03-18'),
        { type: 'correction-lapsed', on: '2024-03-19' },
      ],
    ],
    [
      'fee-lapsed',
      [
        received('2024-03-01'),
        sampleCommand('fee-notified', '2024-03-15'),
        { type: 'fee-lapsed', on: '2024-04-15' },
      ],
    ],
    ['withdrawn', [received('2024-03-01'), sampleCommand('withdrawn', '2024-03-02')]],
  ] as const)('%s', (outcome, history) => {
    const state = replay(history as unknown as RequestCommand[]);
    expect(state.outcome).toBe(outcome);
    expect(state.closedOn).toBe(history.at(-1)?.on);
  });
});
