import { describe, expect, it } from 'vitest';
import {
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
  parseRequestInput,
  publicSubmissionSchema,
  RequestInputProblem,
  staffCommandSchema,
} from './requests-input.ts';

const valid = {
  applicantType: '自然人',
  applicant: { name: '张三', idType: '居民身份证', idNumber: '11010519491231002X', phone: '13812345678' },
  description: '白石山镇2024年农村危房改造补助资金发放名单',
  deliveryForm: '电子邮件',
};
const withEmail = { ...valid, applicant: { ...valid.applicant, email: 'zhangsan@example.cn' } };
/** Changes to the complete request's applicant, field by field. */
const applicant = (changes: Record<string, unknown>) => ({
  applicant: { ...withEmail.applicant, ...changes },
});

function problemOf(input: unknown): { code: string; field: string | undefined } {
  try {
    parseRequestInput(publicSubmissionSchema, input);
  } catch (error) {
    if (error instanceof RequestInputProblem) return { code: error.code, field: error.field };
    throw error;
  }
  throw new Error('input was accepted');
}

describe('Art. 29 request content', () => {
  it('accepts a complete request and keeps every field', () => {
    const parsed = parseRequestInput(publicSubmissionSchema, withEmail);
    expect(parsed.applicant).toMatchObject({
      name: '张三',
      idNumber: '11010519491231002X',
      email: 'zhangsan@example.cn',
    });
    expect(parsed.description).toBe(valid.description);
  });

  it('converts traditional script and full-width digits instead of refusing them', () => {
    const parsed = parseRequestInput(publicSubmissionSchema, {
      ...withEmail,
      applicant: {
        ...withEmail.applicant,
        name: '張三',
        phone: '１３８１２３４５６７８',
        idNumber: '11010519491231002x',
      },
      description: '請公開鄉鎮政府關於垃圾處理的資訊',
    });
    expect(parsed.applicant.name).toBe('张三');
    expect(parsed.applicant.phone).toBe('13812345678');
    expect(parsed.applicant.idNumber).toBe('11010519491231002X');
    expect(parsed.description).toBe('请公开乡镇政府关于垃圾处理的资讯');
  });

  // Each case changes the complete request (withEmail) in one respect.
  it.each([
    [
      'Art. 29 (一) name missing',
      applicant({ name: ' ' }),
      'REQUEST_APPLICANT_NAME_INVALID',
      'applicant.name',
    ],
    [
      'Art. 29 (一) ID checksum (GB 11643)',
      applicant({ idNumber: '110105194912310021' }),
      'REQUEST_ID_NUMBER_INVALID',
      'applicant.idNumber',
    ],
    [
      'Art. 29 (一) contact missing',
      { deliveryForm: '其他', ...applicant({ phone: undefined, email: undefined }) },
      'REQUEST_CONTACT_INVALID',
      'applicant.phone',
    ],
    ['Art. 29 (二) description missing', { description: '' }, 'REQUEST_DESCRIPTION_INVALID', 'description'],
    [
      'Art. 29 (三) delivery form unknown',
      { deliveryForm: '飞鸽' },
      'REQUEST_DELIVERY_FORM_INVALID',
      'deliveryForm',
    ],
    [
      '表三 applicant type unknown',
      { applicantType: '法人' },
      'REQUEST_APPLICANT_TYPE_INVALID',
      'applicantType',
    ],
    [
      '表三 organisation needs its name',
      { applicantType: '商业企业' },
      'REQUEST_APPLICANT_ORGANISATION_INVALID',
      'applicant.organisation',
    ],
    [
      'e-mail delivery needs an e-mail',
      applicant({ email: undefined }),
      'REQUEST_EMAIL_INVALID',
      'applicant.email',
    ],
    ['phone format', applicant({ phone: '12345' }), 'REQUEST_CONTACT_INVALID', 'applicant.phone'],
    ['unknown field', { extra: 1 }, 'REQUEST_UNKNOWN_FIELD', ''],
  ])('%s → %s', (_case, change, code, field) => {
    const problem = problemOf({ ...withEmail, ...change });
    expect(problem.code).toBe(code);
    expect(problem.field ?? '').toBe(field);
  });

  it('reports every problem at once, each with its field', () => {
    try {
      parseRequestInput(publicSubmissionSchema, { applicantType: 'x', applicant: {}, deliveryForm: '纸质' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RequestInputProblem);
      const fields = (error as RequestInputProblem).problems.map((p) => p.field);
      expect(fields).toEqual(
        expect.arrayContaining(['applicantType', 'applicant.name', 'applicant.idNumber', 'description']),
      );
    }
  });
});

describe('identity numbers', () => {
  it.each([
    ['11010519491231002X', true],
    ['110105194912310021', false],
    ['11010519491231002', false],
  ])('GB 11643 居民身份证 %s → %s', (id, ok) => expect(isResidentIdNumber(id)).toBe(ok));

  it.each([
    ['91350100M000100Y43', true],
    ['91350100M000100Y44', false],
    ['91350100M000100Y4', false],
  ])('GB 32100 统一社会信用代码 %s → %s', (code, ok) => expect(isUnifiedSocialCreditCode(code)).toBe(ok));
});

describe('free text is kept as typed (nothing accepted is silently altered)', () => {
  it.each([
    ['第三十六条第（七）项', '第三十六条第（七）项'],
    ['所需信息：２０２４年预算，共３份。', '所需信息：2024年预算，共3份。'],
    ['關於ＡＢＣ項目', '关于ABC项目'],
  ])('%s → %s', (typed, stored) => {
    const parsed = parseRequestInput(staffCommandSchema, {
      type: 'decided',
      on: '2024-10-15',
      decision: { kind: 'partial', ground: typed, article: typed },
    }) as { decision: { ground?: string; article?: string } };
    expect(parsed.decision.article).toBe(stored);
    expect(parsed.decision.ground).toBe(stored);
  });
});
