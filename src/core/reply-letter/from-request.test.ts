import { describe, expect, it } from 'vitest';
import type { RequestEvent } from '../request/events.ts';
import { replay } from '../request/state.ts';
import { officialCalendar } from '../request/testing/official-calendar.ts';
import { sampleCommand } from '../request/testing/histories.ts';
import { letterForEvent, letterKindFor, type LetterContext } from './from-request.ts';
import { renderPlainText } from './letter.ts';

const calendar = officialCalendar();
const context: LetterContext = {
  bodyName: '蛟河市白石山镇人民政府',
  applicantName: '李四',
  trackingNumber: 'GK-2024-000088',
  description: '白石山镇2023年度财政预算执行情况',
  feeBreakdown: '按件计收：本月第11至13件，每件100元',
  affectedInterest: '贵公司与本机关签订的采购合同单价',
};

/** Every case's request, received 2024-09-13. */
const received = sampleCommand('received', '2024-09-13');

/**
 * Each event, what its letter must announce (dates from the real calendar), and the events recorded
 * between the receipt and it, if any.
 */
const cases: [string, RequestEvent, string[], RequestEvent[]?][] = [
  [
    'Art. 30 补正告知书: items and the correction deadline',
    {
      type: 'correction-requested',
      on: '2024-09-18',
      items: ['请说明所需信息的年度', '请提供身份证明'],
      correctBy: '2024-10-18',
    },
    ['（1）请说明所需信息的年度；（2）请提供身份证明', '2024年10月18日', '2024年9月13日'],
  ],
  [
    'Art. 33 ¶2 延期答复告知书: 2024-09-13 + 40 working days',
    sampleCommand('extended', '2024-10-15'),
    ['2024年11月14日', '需检索多年档案', '第三十三条第二款'],
  ],
  [
    '109号 收费通知书: pay within 20 working days of 2024-09-27 → 10-30 (09-29 and 10-12 worked, 国庆 skipped)',
    sampleCommand('fee-notified', '2024-09-27'),
    ['300元', '2024年10月30日', '按件计收：本月第11至13件'],
  ],
  [
    'Art. 32 征求第三方意见函: 15 working days from 2024-09-20 → 10-16',
    sampleCommand('third-party-consultation-started', '2024-09-20'),
    ['某某建材有限公司', '2024年10月16日', '采购合同单价'],
  ],
  [
    'Art. 15 不予公开: ground and article from the decision',
    sampleCommand('decided', '2024-10-10', {
      kind: 'refuse-trade-secret',
      ground: '第三方不同意公开其报价',
      article: '第十五条',
    }),
    ['第三方不同意公开其报价', '第十五条', '60日', '6个月'],
  ],
  [
    'Art. 30 逾期不补正: dates of the 补正 from the history',
    { type: 'correction-lapsed', on: '2024-10-21' },
    ['2024年9月18日', '2024年10月18日', '视为放弃申请'],
    [{ type: 'correction-requested', on: '2024-09-18', items: ['请说明年度'], correctBy: '2024-10-18' }],
  ],
  [
    '109号 逾期不缴费: notice and payment dates from the history',
    { type: 'fee-lapsed', on: '2024-11-04' },
    ['2024年9月27日', '2024年10月30日', '不再处理'],
    [sampleCommand('fee-notified', '2024-09-27')],
  ],
];

describe('letters filled from the request history', () => {
  it.each(cases)('%s', (_name, event, phrases, between = []) => {
    const state = replay([received, ...between, event]);
    const letter = letterForEvent(state, event, context, calendar);
    expect(letter?.kind).toBe(letterKindFor(event));
    const text = renderPlainText(letter!);
    for (const phrase of phrases) expect(text).toContain(phrase);
    expect(text).toContain('GK-2024-000088');
    expect(letter?.date).toBe(event.on);
  });
  it.each(['fee-paid', 'withdrawn', 'delivered', 'corrected'] as const)('%s needs no letter', (type) => {
    expect(letterKindFor(sampleCommand(type, '2024-10-01'))).toBeNull();
  });
});
