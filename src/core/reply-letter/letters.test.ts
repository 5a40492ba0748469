import { describe, expect, it } from 'vitest';
import { RuleError } from '../calendar/errors.ts';
import { DECISION_KINDS, OUTCOMES, type Decision, type DecisionKind } from '../request/decisions.ts';
import { replay } from '../request/state.ts';
import { sampleCommand } from '../request/testing/histories.ts';
import type { LetterFields } from './fields.ts';
import { buildLetter, fieldsFromRequest, renderPlainText } from './letter.ts';
import { LETTER_TEMPLATES, NOTICE_KINDS, placeholdersOf, type LetterKind } from './templates.ts';

const request: LetterFields = {
  bodyName: '蛟河市白石山镇人民政府',
  applicantName: '张三',
  trackingNumber: 'GK-2024-000123',
  description: '2023年白石山镇农村危房改造补助资金发放名单',
  letterDate: '2024-03-20',
  reviewBody: '蛟河市人民政府',
  court: '蛟河市人民法院',
};

/** A decision of each kind, with the ground and the first article its reply type allows. */
function decisionOf(kind: DecisionKind): Decision {
  return {
    kind,
    ground: `（${kind}的具体理由）该信息涉及第三方`,
    article: OUTCOMES[kind].articles[0],
    publishedAt: '白石山镇人民政府网站“政府信息公开专栏—法定主动公开内容”',
    holderBody: '蛟河市住房和城乡建设局（电话0432-00000000）',
    provisionForm: '电子文档',
  };
}

const receivedAndCorrected = [
  sampleCommand('received', '2024-03-01'),
  sampleCommand('correction-requested', '2024-03-04'),
  { type: 'corrected', on: '2024-03-08' },
] as const;

const extraFields: LetterFields = {
  previousReply: '2024年2月1日作出的答复，申请编号GK-2024-000101',
  reason: '申请人一个月内提出申请35件，且所需信息需检索多年档案',
  payBy: '2024-04-16',
  feeNotifiedOn: '2024-03-15',
  extendedDueDate: '2024-04-26',
  amountYuan: '300',
  feeBreakdown: '按件计收：本月第11至13件，每件100元',
  thirdPartyName: '某某建材有限公司',
  affectedInterest: '贵公司2023年投标文件中的报价明细',
  replyBy: '2024-04-01',
};

function fieldsFor(kind: LetterKind): LetterFields {
  const state = replay([...receivedAndCorrected]);
  const decision = (DECISION_KINDS as readonly string[]).includes(kind)
    ? decisionOf(kind as DecisionKind)
    : null;
  return { ...request, ...extraFields, ...fieldsFromRequest(state, decision) };
}

const allKinds = Object.keys(LETTER_TEMPLATES) as LetterKind[];

describe('every letter template states ground, article and remedies (Art. 36–39, Art. 51)', () => {
  it.each(allKinds)('%s', (kind) => {
    const fields = fieldsFor(kind);
    const letter = buildLetter(kind, fields);
    const text = renderPlainText(letter);
    const template = LETTER_TEMPLATES[kind];
    expect(text).toContain(template.title);
    expect(text).not.toMatch(/\{\w+\}|undefined/);
    expect(letter.signature).toBe(request.bodyName);
    expect(letter.dateZh).toBe('2024年3月20日');
    expect(letter.reference).toContain('〔2024〕');
    if (kind in OUTCOMES) {
      const outcome = OUTCOMES[kind as keyof typeof OUTCOMES];
      // The article of the reply type (Art. 36–39, 42) is printed.
      expect(text).toContain(outcome.articles[0]);
      if (outcome.groundRequired) expect(text).toContain(fields.ground);
      expect(text).toContain('收到本告知书之日起60日内向蛟河市人民政府申请行政复议');
      expect(text).toContain('6个月内向蛟河市人民法院提起行政诉讼');
      expect(text).toContain('GK-2024-000123');
      expect(text).toContain('2024年3月1日');
    }
    if (placeholdersOf(template).includes('ground')) expect(text).toContain(fields.ground);
  });
});

describe('notices carry their own article and period', () => {
  it.each([
    [
      'correction-notice',
      ['第三十条', '2024年3月18日', '（1）请写明所需信息的名称、文号或者便于检索的特征', '视为放弃申请'],
    ],
    ['extension-notice', ['第三十三条第二款', '负责人同意', '2024年4月26日']],
    ['fee-notice', ['第四十二条', '国办函〔2020〕109号', '300元', '20个工作日', '2024年4月16日', '行政复议']],
    [
      'third-party-consultation',
      ['第三十二条', '15个工作日', '2024年4月1日', '某某建材有限公司', '报价明细'],
    ],
  ] as const)('%s', (kind, phrases) => {
    const text = renderPlainText(buildLetter(kind, fieldsFor(kind)));
    for (const phrase of phrases) expect(text).toContain(phrase);
  });
  it('the third party never sees the applicant’s name (Art. 32 protects both sides)', () => {
    const letter = buildLetter('third-party-consultation', fieldsFor('third-party-consultation'));
    expect(letter.addressee).toBe('某某建材有限公司');
    expect(renderPlainText(letter)).not.toContain('张三');
  });
  it('covers every notice kind', () => {
    for (const kind of NOTICE_KINDS) expect(LETTER_TEMPLATES[kind].title).toMatch(/书|函/);
  });
});

describe('a letter with a gap is refused, never sent', () => {
  it.each([
    ['refuse-privacy', 'ground', '具体理由'],
    ['partial', 'article', '依据条款'],
    ['disclose-already-public', 'publishedAt', '获取途径'],
    ['not-held-other-body', 'holderBody', '负责公开的机关'],
    ['correction-notice', 'correctBy', '补正期限'],
    ['disclose', 'applicantName', '申请人姓名或名称'],
  ] as const)('%s without %s', (kind, field, label) => {
    const fields = { ...fieldsFor(kind), [field]: '  ' };
    try {
      buildLetter(kind, fields);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).code).toBe('LETTER_FIELD_MISSING');
      expect((error as RuleError).message).toContain(label);
    }
  });
  it('a ground typed with its own full stop does not print “。。”', () => {
    const text = renderPlainText(
      buildLetter('refuse-privacy', { ...fieldsFor('refuse-privacy'), ground: '涉及他人病历。' }),
    );
    expect(text).toContain('涉及他人病历。根据');
    expect(text).not.toContain('。。');
  });
  it('an invalid date is refused', () => {
    expect(() => buildLetter('disclose', { ...fieldsFor('disclose'), letterDate: '2024-02-30' })).toThrow(
      /不是有效日期/,
    );
  });
  it('remedies fall back to a neutral authority when none is configured', () => {
    const { reviewBody: _r, court: _c, ...rest } = fieldsFor('not-held');
    const text = renderPlainText(buildLetter('not-held', rest));
    expect(text).toContain('有管辖权的行政复议机关申请行政复议');
    expect(text).toContain('有管辖权的人民法院提起行政诉讼');
  });
});
