import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.ts';
import { readCalendarYears, defaultCalendarDir } from '../../cli/calendar-files.ts';
import type { ReplyDeadlineInput } from './index.ts';
import { correctionNoticeDueDate, replyDeadline } from './index.ts';

// The official calendar as committed in data/calendar (the same data the CLI uses).
const calendar = buildCalendar(readCalendarYears(defaultCalendarDir));

interface Case {
  name: string;
  /** The rule the case exercises. */
  article: string;
  input: ReplyDeadlineInput;
  regime: '2008' | '2019';
  due: string;
  ordinary?: string;
  extended?: string | null;
  promised?: string | null;
  explains?: string[];
  warns?: RegExp;
}

const A33 = '2019 Art. 33 (20 working days, +20 extension)';
const A24 = '2008 Art. 24 (15 working days, +15 extension)';
const A30 = '2019 Art. 30 (补正: the period counts from the corrected application)';
const A32 = '2019 Art. 32–33 (third-party consultation not counted)';
const A34 = '2019 Art. 34 (other bodies consulted, not counted)';
const FEE = '国办函〔2020〕109号 (fee-payment period not counted)';

/**
 * Received on `receiptDate`, nothing else recorded: due on `due` under `article` and so its `regime`
 * (2019 Art. 33, 2008 Art. 24), the explanation saying each of `explains`.
 */
const receivedUnder =
  (article: string, regime: Case['regime']) =>
  (name: string, receiptDate: string, due: string, explains?: string[]): Case => ({
    name,
    article,
    input: { receiptDate },
    regime,
    due,
    explains,
  });
const art33 = receivedUnder(A33, '2019');
const art24 = receivedUnder(A24, '2008');

// Expected dates were worked out by hand against the State Council notices (and cross-checked
// with an independent script over the chinese-days source data), never copied from this code.
const cases: Case[] = [
  {
    name: 'the issue example: 中秋 and 国庆 2024 with three make-up workdays',
    article: A33,
    input: { receiptDate: '2024-09-13' },
    regime: '2019',
    due: '2024-10-17',
    extended: '2024-11-14',
    explains: [
      '自次日起算20个工作日',
      '跳过中秋09-15至09-17、国庆10-01至10-07',
      '计入调休上班日09-14、09-29、10-12',
    ],
  },
  {
    name: 'same request, extended once',
    article: A33,
    input: { receiptDate: '2024-09-13', extended: true },
    regime: '2019',
    due: '2024-11-14',
    ordinary: '2024-10-17',
    explains: ['延长20个工作日（共40个）'],
  },
  {
    name: 'last day of the 2008 regime: 2019-05-14',
    article: A24,
    input: { receiptDate: '2019-05-14' },
    regime: '2008',
    due: '2019-06-04',
    extended: '2019-06-26',
    explains: ['自次日起算15个工作日'],
  },
  {
    name: 'first day of the 2019 regime: 2019-05-15 (端午 06-07 skipped)',
    article: A33,
    input: { receiptDate: '2019-05-15' },
    regime: '2019',
    due: '2019-06-13',
    extended: '2019-07-11',
    explains: ['跳过端午06-07'],
  },
  {
    name: '2008 regime extension is 15 working days',
    article: A24,
    input: { receiptDate: '2019-05-14', extended: true },
    regime: '2008',
    due: '2019-06-26',
  },
  {
    name: 'an extension shorter than the maximum (10 of the 20 working days)',
    article: A33,
    input: { receiptDate: '2024-09-13', extended: true, extensionWorkingDays: 10 },
    regime: '2019',
    due: '2024-10-31',
    ordinary: '2024-10-17',
    explains: ['延长10个工作日（共30个）'],
  },
  {
    name: '2019 regime extension is 20 working days',
    article: A33,
    input: { receiptDate: '2019-05-15', extended: true },
    regime: '2019',
    due: '2019-07-11',
  },
  art33('Spring Festival 2024: 02-10..17 off, 02-04 and 02-18 worked', '2024-02-01', '2024-03-05', [
    '跳过春节02-10至02-17',
    '计入调休上班日02-04、02-18',
  ]),
  art33('Spring Festival 2025 (first year with 4 statutory days)', '2025-01-20', '2025-02-21', [
    '计入调休上班日01-26、02-08',
  ]),
  art33('Spring Festival 2023', '2023-01-13', '2023-02-15'),
  art33(
    'Spring Festival 2020 extended to 02-02 by 国办发明电〔2020〕1号 (02-01 no longer worked)',
    '2020-01-20',
    '2020-02-25',
    ['跳过春节01-24至02-02'],
  ),
  art33('Spring Festival 2026: nine days off, 02-14 and 02-28 worked', '2026-02-06', '2026-03-12', [
    '计入调休上班日02-14、02-28',
  ]),
  art24('Spring Festival 2013 under the 2008 regime', '2013-02-01', '2013-02-27'),
  art33('中秋·国庆 2023 joined (09-29..10-06), 10-07 and 10-08 worked', '2023-09-20', '2023-10-24', [
    '计入调休上班日10-07、10-08',
  ]),
  art33('国庆·中秋 2025 (10-01..08), 09-28 and 10-11 worked', '2025-09-22', '2025-10-24', [
    '计入调休上班日09-28、10-11',
  ]),
  art33('国庆 2019: first autumn of the 2019 regime', '2019-09-20', '2019-10-23'),
  art24('中秋 and 国庆 2010 under the 2008 regime, four make-up weekend days', '2010-09-15', '2010-10-12', [
    '计入调休上班日09-19、09-25、09-26、10-09',
  ]),
  art24('中秋·国庆 2017 (10-01..08), Saturday 09-30 worked', '2017-09-25', '2017-10-20'),
  art33('received on a make-up Saturday: that day is still not counted', '2024-09-14', '2024-10-18'),
  art33('received on a Sunday before 端午 Monday', '2024-06-09', '2024-07-08'),
  {
    name: 'received during 国庆 (online, confirmed on a holiday)',
    article: A33,
    input: { receiptDate: '2024-10-03', channel: 'online' },
    regime: '2019',
    due: '2024-11-01',
  },
  art33('清明 and 劳动节 2024: 04-07, 04-28 and 05-11 worked', '2024-04-03', '2024-05-06', [
    '跳过清明04-04至04-06、劳动节05-01至05-05',
  ]),
  art33('劳动节 2024 then 端午-free May', '2024-04-25', '2024-05-24'),
  art33('year end 2024 → 2025 (元旦 shown with its year)', '2024-12-20', '2025-01-20', ['元旦2025-01-01']),
  art33('year end 2022 → 2023 (元旦 12-31..01-02)', '2022-12-20', '2023-01-18'),
  art24('year end 2018 → 2019: Saturday 2018-12-29 worked for 元旦 2019', '2018-12-20', '2019-01-11', [
    '计入调休上班日12-29',
  ]),
  art24('year end 2011 → 2012: Saturday 2011-12-31 worked', '2011-12-20', '2012-01-11'),
  {
    name: 'year end 2026: due date inside 2026; the extension, into 2027, is unknown, not guessed',
    article: A33,
    input: { receiptDate: '2026-12-01' },
    regime: '2019',
    due: '2026-12-29',
    extended: null,
    warns: /缺少2027年的工作日历/,
  },
  art24('first day of the 2008 regulation, itself a holiday (劳动节 2008)', '2008-05-01', '2008-05-22'),
  art24(
    'the one-off holiday of 2015-09-03 (抗战胜利70周年), Sunday 09-06 worked',
    '2015-08-28',
    '2015-09-21',
    ['抗战胜利70周年纪念日09-03至09-04', '计入调休上班日09-06'],
  ),
  {
    name: '2008 extension across 国庆 2015',
    article: A24,
    input: { receiptDate: '2015-09-28', extended: true },
    regime: '2008',
    due: '2015-11-13',
    ordinary: '2015-10-23',
  },
  art24('Spring Festival 2016', '2016-02-01', '2016-02-25'),
  {
    name: '补正: the period restarts from the corrected application',
    article: A30,
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-20', correctedOn: '2024-09-25' },
    },
    regime: '2019',
    due: '2024-10-28',
    explains: ['09-20告知补正', '09-25收到补正后的申请'],
  },
  {
    name: '补正 notice after the 7 working days is flagged',
    article: '2019 Art. 30 (notice within 7 working days)',
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-26', correctedOn: '2024-09-27' },
    },
    regime: '2019',
    due: '2024-10-30',
    warns: /晚于第三十条规定的7个工作日（应不迟于2024-09-25）/,
  },
  {
    name: '补正 under 2008 (no 7-day rule), restart from the correction',
    article: '2008 Art. 21(4)',
    input: {
      receiptDate: '2018-03-01',
      correction: { requestedOn: '2018-03-05', correctedOn: '2018-03-12' },
    },
    regime: '2008',
    due: '2018-04-02',
  },
  {
    name: 'third-party consultation 09-20..09-27 (6 working days) not counted',
    article: A32,
    input: {
      receiptDate: '2024-09-13',
      pauses: [{ from: '2024-09-20', to: '2024-09-27', kind: 'third-party' }],
    },
    regime: '2019',
    due: '2024-10-25',
    ordinary: '2024-10-25',
    explains: ['不计入征求第三方意见09-20至09-27（共6个工作日）'],
  },
  {
    name: 'third-party consultation across 国庆: only its working days are left out',
    article: A32,
    input: {
      receiptDate: '2024-09-13',
      pauses: [{ from: '2024-09-26', to: '2024-10-10', kind: 'third-party' }],
    },
    regime: '2019',
    due: '2024-10-28',
  },
  {
    name: 'overlapping consultations are left out once',
    article: A34,
    input: {
      receiptDate: '2024-09-13',
      pauses: [
        { from: '2024-09-20', to: '2024-09-27', kind: 'third-party' },
        { from: '2024-09-25', to: '2024-10-09', kind: 'other-body' },
      ],
    },
    regime: '2019',
    due: '2024-10-31',
  },
  {
    name: 'a consultation begun after the due date does not move it',
    article: A32,
    input: {
      receiptDate: '2024-09-13',
      pauses: [{ from: '2024-10-21', to: '2024-10-25', kind: 'third-party' }],
    },
    regime: '2019',
    due: '2024-10-17',
    extended: '2024-11-21',
  },
  {
    name: 'fee-payment period not counted; longer than 20 working days is flagged',
    article: FEE,
    input: {
      receiptDate: '2021-06-01',
      pauses: [{ from: '2021-06-10', to: '2021-07-09', kind: 'fee-payment' }],
    },
    regime: '2019',
    due: '2021-07-29',
    warns: /缴纳信息处理费期间 2021-06-10..2021-07-09 共21个工作日，超过规定的20个工作日/,
  },
  {
    name: 'fee-payment period of exactly 20 working days (端午 2021 inside) raises no flag',
    article: FEE,
    input: {
      receiptDate: '2021-06-01',
      pauses: [{ from: '2021-06-10', to: '2021-07-08', kind: 'fee-payment' }],
    },
    regime: '2019',
    due: '2021-07-28',
  },
  {
    name: 'third party given more than its 15 working days is flagged',
    article: A32,
    input: {
      receiptDate: '2024-09-13',
      pauses: [{ from: '2024-09-18', to: '2024-10-18', kind: 'third-party' }],
    },
    regime: '2019',
    due: '2024-11-14',
    warns: /超过规定的15个工作日/,
  },
  {
    name: '补正, consultation and extension together',
    article: `${A30}; ${A32}; ${A33}`,
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-20', correctedOn: '2024-09-25' },
      pauses: [{ from: '2024-10-08', to: '2024-10-10', kind: 'third-party' }],
      extended: true,
    },
    regime: '2019',
    due: '2024-11-28',
    ordinary: '2024-10-31',
  },
  {
    name: 'a body promising 10 working days: tracked beside the statutory date',
    article: 'regulation.md (promised shorter limit), Art. 33',
    input: { receiptDate: '2024-09-13', promisedWorkingDays: 10 },
    regime: '2019',
    due: '2024-10-17',
    promised: '2024-09-29',
    explains: ['承诺期限为2024-09-29（法定期限仍为2024-10-17）'],
  },
  {
    name: 'promised limit also skips paused days and restarts after 补正',
    article: 'regulation.md (promised shorter limit), Art. 30, Art. 33',
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-20', correctedOn: '2024-09-25' },
      pauses: [{ from: '2024-10-08', to: '2024-10-10', kind: 'third-party' }],
      promisedWorkingDays: 10,
    },
    regime: '2019',
    due: '2024-10-31',
    promised: '2024-10-17',
  },
];

describe('reply deadline (table of cases, each naming its article)', () => {
  it.each(cases)('$name — $article', (c) => {
    const result = replyDeadline(calendar, c.input);
    expect(result.regime).toBe(c.regime);
    expect(result.dueDate).toBe(c.due);
    if (c.ordinary !== undefined) expect(result.ordinaryDueDate).toBe(c.ordinary);
    if (c.extended !== undefined) expect(result.extendedDueDate).toBe(c.extended);
    if (c.input.extended) expect(result.extendedDueDate).toBe(result.dueDate);
    expect(result.promisedDueDate).toBe(c.promised ?? null);
    for (const text of c.explains ?? []) expect(result.explanation).toContain(text);
    if (c.warns) expect(result.warnings.join('\n')).toMatch(c.warns);
    else expect(result.warnings).toEqual([]);
  });

  it('a body closure day is skipped like a holiday', () => {
    const withClosure = buildCalendar(readCalendarYears(defaultCalendarDir), [
      { date: '2024-10-16', reason: '办公楼停电检修' },
    ]);
    const result = replyDeadline(withClosure, { receiptDate: '2024-09-13' });
    expect(result.dueDate).toBe('2024-10-18');
    expect(result.explanation).toContain('本机关不办公（办公楼停电检修）10-16');
  });

  it('the 补正 notice is due 7 working days after receipt (Art. 30), none under 2008', () => {
    expect(correctionNoticeDueDate(calendar, '2024-09-13')).toBe('2024-09-25');
    expect(correctionNoticeDueDate(calendar, '2026-02-06')).toBe('2026-02-24');
    expect(correctionNoticeDueDate(calendar, '2019-05-14')).toBeNull();
  });
});

interface ErrorCase {
  name: string;
  article: string;
  input: ReplyDeadlineInput;
  code: string;
}

const errors: ErrorCase[] = [
  {
    name: 'deadline running into a year with no calendar',
    article: 'regulation.md (working days: refuse, never guess)',
    input: { receiptDate: '2026-12-10' },
    code: 'CALENDAR_YEAR_MISSING',
  },
  {
    name: 'extension running into a year with no calendar',
    article: 'regulation.md (working days: refuse, never guess)',
    input: { receiptDate: '2026-12-01', extended: true },
    code: 'CALENDAR_YEAR_MISSING',
  },
  {
    name: 'a year before the calendar data begins',
    article: 'regulation.md (working days: refuse, never guess)',
    input: { receiptDate: '2007-12-20' },
    code: 'REGULATION_NOT_IN_FORCE',
  },
  {
    name: 'before the regulation took effect (2008-05-01)',
    article: '2008 Art. 38',
    input: { receiptDate: '2008-04-30' },
    code: 'REGULATION_NOT_IN_FORCE',
  },
  { name: 'not a date', article: 'input', input: { receiptDate: '2024-02-30' }, code: 'DATE_INVALID' },
  {
    name: 'correction received before it was asked for',
    article: A30,
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-20', correctedOn: '2024-09-19' },
    },
    code: 'CORRECTION_ORDER',
  },
  {
    name: 'correction asked before the request arrived',
    article: A30,
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-12', correctedOn: '2024-09-19' },
    },
    code: 'CORRECTION_BEFORE_RECEIPT',
  },
  {
    name: 'pause ending before it starts',
    article: A32,
    input: { receiptDate: '2024-09-13', pauses: [{ from: '2024-09-27', to: '2024-09-20' }] },
    code: 'PAUSE_INVALID',
  },
  {
    name: 'pause before the clock started (before the corrected application)',
    article: A30,
    input: {
      receiptDate: '2024-09-13',
      correction: { requestedOn: '2024-09-16', correctedOn: '2024-09-25' },
      pauses: [{ from: '2024-09-18', to: '2024-09-20' }],
    },
    code: 'PAUSE_BEFORE_CLOCK',
  },
  {
    name: 'promised limit longer than the statutory one',
    article: A33,
    input: { receiptDate: '2024-09-13', promisedWorkingDays: 25 },
    code: 'PROMISED_DAYS_NOT_SHORTER',
  },
  {
    name: 'extension longer than the 2008 maximum of 15 working days',
    article: A24,
    input: { receiptDate: '2019-05-14', extended: true, extensionWorkingDays: 20 },
    code: 'EXTENSION_DAYS_INVALID',
  },
  {
    name: 'other bodies’ consultation is not left out under 2008 (no Art. 34 then)',
    article: A24,
    input: {
      receiptDate: '2018-03-01',
      pauses: [{ from: '2018-03-05', to: '2018-03-09', kind: 'other-body' }],
    },
    code: 'PAUSE_NOT_ALLOWED',
  },
  {
    name: 'no fee-payment hold before 109号 (2021-01-01)',
    article: FEE,
    input: {
      receiptDate: '2020-12-01',
      pauses: [{ from: '2020-12-03', to: '2020-12-09', kind: 'fee-payment' }],
    },
    code: 'PAUSE_NOT_ALLOWED',
  },
  {
    name: 'promised limit of zero days',
    article: A33,
    input: { receiptDate: '2024-09-13', promisedWorkingDays: 0 },
    code: 'PROMISED_DAYS_INVALID',
  },
];

describe('reply deadline refusals (coded, in Chinese)', () => {
  it.each(errors)('$name — $article', (c) => {
    let thrown: unknown;
    try {
      replyDeadline(calendar, c.input);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: c.code });
    expect((thrown as Error).message).toMatch(/[\u4e00-\u9fff]/);
  });
});
