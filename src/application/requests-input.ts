import { z } from 'zod';
import * as OpenCC from 'opencc-js/t2cn';
import { APPLICANT_TYPES, CHANNELS, DECISION_KINDS } from '../core/request/index.ts';
import { Problem } from '../http/errors.ts';

// Traditional-script input is converted, never refused (applicants from 港澳台 and overseas).
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Full-width digits and letters (common from Chinese IMEs) folded to ASCII, spaces trimmed. */
const folded = (value: string) => value.normalize('NFKC').trim();

/**
 * Free text keeps its Chinese punctuation (（七）、，。) exactly as typed — NFKC would turn it into
 * ASCII and silently alter what the applicant or officer wrote; only full-width letters and
 * digits are folded.
 */
const foldedText = (value: string) =>
  value
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .trim();

const text = (max: number, message: string) =>
  z
    .string({ error: message })
    .transform((v) => toSimplified(foldedText(v)))
    .pipe(
      z
        .string()
        .min(1, { error: message })
        .max(max, { error: `不能超过${max}个字符` }),
    );

const optionalText = (max: number) =>
  z
    .string()
    .transform((v) => toSimplified(foldedText(v)))
    .pipe(z.string().max(max, { error: `不能超过${max}个字符` }))
    .optional()
    .transform((v) => (v ? v : null));

export const idTypes = [
  '居民身份证',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '外国人永久居留身份证',
  '统一社会信用代码',
  '其他',
] as const;

/** GB 11643-1999: 17 digits and a mod-11 check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(value[i]), 0);
  return '10X98765432'[sum % 11] === value[17];
}

const uscAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100-2015 统一社会信用代码: 18 characters, mod-31 check character. */
export function isUnifiedSocialCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = weights.reduce((total, w, i) => total + w * uscAlphabet.indexOf(value[i] ?? ''), 0);
  return uscAlphabet[(31 - (sum % 31)) % 31] === value[17];
}

const mobile = /^1[3-9]\d{9}$/;
const landline = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const international = /^\+\d{6,15}$/;

export const deliveryForms = ['纸质', '电子邮件', '光盘', '磁盘', '其他'] as const;
export const accessForms = ['邮寄', '快递', '电子邮件', '传真', '自行领取', '当场阅读、抄录'] as const;

const applicantSchema = z
  .object({
    name: text(100, '请填写申请人姓名（名称）'),
    organisation: optionalText(200),
    idType: z.enum(idTypes, { error: `证件类型须为：${idTypes.join('、')}` }),
    idNumber: z
      .string({ error: '请填写证件号码' })
      .transform((v) => folded(v).toUpperCase().replace(/\s/g, ''))
      .pipe(z.string().min(1, { error: '请填写证件号码' }).max(40, { error: '证件号码不能超过40个字符' })),
    phone: z
      .string()
      .transform((v) => folded(v).replace(/[\s()（）]/g, ''))
      .refine((v) => v === '' || mobile.test(v) || landline.test(v) || international.test(v), {
        error: '联系电话格式有误（手机号11位，座机如0432-12345678）',
      })
      .optional()
      .transform((v) => (v ? v : null)),
    email: z
      .string()
      .transform(folded)
      .refine((v) => v === '' || z.email().safeParse(v).success, { error: '电子邮箱格式有误' })
      .optional()
      .transform((v) => (v ? v : null)),
    address: optionalText(300),
    postalCode: z
      .string()
      .transform(folded)
      .refine((v) => v === '' || /^\d{6}$/.test(v), { error: '邮政编码应为6位数字' })
      .optional()
      .transform((v) => (v ? v : null)),
  })
  .strict();

type ApplicantInput = z.output<typeof applicantSchema>;

/** Checks across fields that a per-field schema cannot see. */
function applicantIssues(
  applicantType: string,
  applicant: ApplicantInput,
  deliveryForm: string,
): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  if (applicant.idType === '居民身份证' && !isResidentIdNumber(applicant.idNumber)) {
    issues.push({ path: 'applicant.idNumber', message: '居民身份证号码有误（应为18位，末位校验码不符）' });
  }
  if (applicant.idType === '统一社会信用代码' && !isUnifiedSocialCreditCode(applicant.idNumber)) {
    issues.push({ path: 'applicant.idNumber', message: '统一社会信用代码有误（应为18位，末位校验码不符）' });
  }
  if (applicantType !== '自然人' && !applicant.organisation) {
    issues.push({ path: 'applicant.organisation', message: '法人或其他组织申请的，请填写单位名称' });
  }
  // Art. 29 (一): 联系方式 — at least one way to reach the applicant.
  if (!applicant.phone && !applicant.email && !applicant.address) {
    issues.push({ path: 'applicant.phone', message: '请至少填写一种联系方式（电话、电子邮箱或通信地址）' });
  }
  if (deliveryForm === '电子邮件' && !applicant.email) {
    issues.push({ path: 'applicant.email', message: '选择以电子邮件提供的，请填写电子邮箱' });
  }
  if (deliveryForm === '纸质' && !applicant.address) {
    issues.push({ path: 'applicant.address', message: '选择纸质提供的，请填写通信地址' });
  }
  return issues;
}

/** The content Art. 29 requires of every request, as the applicant fills it in. */
const requestContent = {
  applicantType: z.enum(APPLICANT_TYPES, { error: `申请人类型须为：${APPLICANT_TYPES.join('、')}` }),
  applicant: applicantSchema,
  description: text(5000, '请描述所需政府信息（名称、文号或便于查询的其他特征性描述）').pipe(
    z.string().min(4, { error: '所需信息的描述过短，请写明名称、文号或其他特征' }),
  ),
  deliveryForm: z.enum(deliveryForms, { error: `信息提供形式须为：${deliveryForms.join('、')}` }),
  accessForm: z
    .enum(accessForms, { error: `获取方式须为：${accessForms.join('、')}` })
    .optional()
    .transform((v) => v ?? null),
};

export const publicSubmissionSchema = z
  .object(requestContent)
  .strict()
  .superRefine((value, ctx) => {
    for (const issue of applicantIssues(value.applicantType, value.applicant, value.deliveryForm)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
export type PublicSubmission = z.output<typeof publicSubmissionSchema>;

const isoDate = z.iso.date({ error: '日期应为YYYY-MM-DD格式' });

/** A request that reached the office on paper, by fax, letter or in person (Art. 31 receipt date). */
export const loggedRequestSchema = z
  .object({
    ...requestContent,
    channel: z.enum(CHANNELS, { error: `申请渠道须为：${CHANNELS.join('、')}` }),
    receiptDate: isoDate,
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const issue of applicantIssues(value.applicantType, value.applicant, value.deliveryForm)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
export type LoggedRequest = z.output<typeof loggedRequestSchema>;

const on = isoDate.optional();
const required = (max: number, message: string) => text(max, message);

/**
 * The staff actions on a request, one per lifecycle event (the core decides whether it may
 * happen now). `on` is the legal date of the fact; it defaults to today.
 */
export const staffCommandSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.literal('correction-requested'),
      on,
      items: z.array(required(500, '请列明需要补正的事项')).min(1, { error: '请列明需要补正的事项' }).max(50),
      correctBy: isoDate,
    }),
    z.object({ type: z.literal('corrected'), on }),
    z.object({ type: z.literal('correction-lapsed'), on }),
    z.object({
      type: z.literal('third-party-consultation-started'),
      on,
      consulted: required(200, '请填写被征求意见的第三方'),
    }),
    z.object({ type: z.literal('third-party-consultation-ended'), on, opinion: optionalText(2000) }),
    z.object({
      type: z.literal('other-body-consultation-started'),
      on,
      consulted: required(200, '请填写被征求意见的机关'),
    }),
    z.object({ type: z.literal('other-body-consultation-ended'), on, opinion: optionalText(2000) }),
    z.object({ type: z.literal('extended'), on, reason: required(1000, '请填写延长答复期限的理由') }),
    z.object({
      type: z.literal('fee-notified'),
      on,
      amountYuan: z
        .number({ error: '收费金额须为数字（元）' })
        .positive({ error: '收费金额须大于0' })
        .max(10_000_000),
      reason: required(1000, '请说明收费理由'),
    }),
    z.object({ type: z.literal('fee-paid'), on }),
    z.object({ type: z.literal('fee-waived'), on, reason: required(1000, '请填写减免理由') }),
    z.object({ type: z.literal('fee-lapsed'), on }),
    z.object({
      type: z.literal('decided'),
      on,
      decision: z
        .object({
          kind: z.enum(DECISION_KINDS, { error: `答复类型须为：${DECISION_KINDS.join('、')}` }),
          ground: optionalText(2000),
          article: optionalText(100),
          publishedAt: optionalText(500),
          holderBody: optionalText(500),
          provisionForm: optionalText(200),
        })
        .strict()
        // the core expects absent details, not nulls
        .transform(
          (d) =>
            Object.fromEntries(Object.entries(d).filter(([, v]) => v !== null)) as {
              kind: (typeof DECISION_KINDS)[number];
            },
        ),
    }),
    z.object({
      type: z.literal('delivered'),
      on,
      method: required(100, '请填写送达方式'),
      receipt: optionalText(500),
    }),
    z.object({ type: z.literal('withdrawn'), on, reason: optionalText(1000) }),
  ],
  { error: '不认识的办理环节' },
);
export type StaffCommand = z.output<typeof staffCommandSchema>;

/** Stable codes per field so a form (portal, console, other systems) can point at the field. */
const codeOfField: Record<string, string> = {
  applicantType: 'REQUEST_APPLICANT_TYPE_INVALID',
  'applicant.name': 'REQUEST_APPLICANT_NAME_INVALID',
  'applicant.organisation': 'REQUEST_APPLICANT_ORGANISATION_INVALID',
  'applicant.idType': 'REQUEST_ID_TYPE_INVALID',
  'applicant.idNumber': 'REQUEST_ID_NUMBER_INVALID',
  'applicant.phone': 'REQUEST_CONTACT_INVALID',
  'applicant.email': 'REQUEST_EMAIL_INVALID',
  'applicant.address': 'REQUEST_ADDRESS_INVALID',
  'applicant.postalCode': 'REQUEST_POSTAL_CODE_INVALID',
  description: 'REQUEST_DESCRIPTION_INVALID',
  deliveryForm: 'REQUEST_DELIVERY_FORM_INVALID',
  accessForm: 'REQUEST_ACCESS_FORM_INVALID',
  channel: 'REQUEST_CHANNEL_INVALID',
  receiptDate: 'REQUEST_RECEIPT_DATE_INVALID',
  type: 'REQUEST_COMMAND_INVALID',
  on: 'REQUEST_DATE_INVALID',
};

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** Every problem at once (an error summary that links to each field), not just the first. */
export function requestInputProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.map((issue) => {
    const field = issue.path.join('.');
    const known = codeOfField[field];
    if (issue.code === 'unrecognized_keys') {
      return { field, code: 'REQUEST_UNKNOWN_FIELD', message: `不认识的字段：${issue.keys.join('、')}` };
    }
    const message =
      issue.code === 'invalid_type' && issue.input === undefined
        ? `${labelOf(field)}为必填项`
        : issue.message;
    return { field, code: known ?? 'REQUEST_INPUT_INVALID', message };
  });
}

const fieldLabels: Record<string, string> = {
  applicantType: '申请人类型',
  applicant: '申请人信息',
  'applicant.name': '申请人姓名（名称）',
  'applicant.idType': '证件类型',
  'applicant.idNumber': '证件号码',
  description: '所需信息描述',
  deliveryForm: '信息提供形式',
  channel: '申请渠道',
  receiptDate: '收到申请日期',
};

function labelOf(field: string): string {
  return fieldLabels[field] ?? field;
}

/** A 400 carrying the first problem as `{code, message, field}` and all of them in `problems`. */
export class RequestInputProblem extends Problem {
  constructor(readonly problems: FieldProblem[]) {
    const first = problems[0] ?? { code: 'REQUEST_INPUT_INVALID', message: '申请内容有误', field: '' };
    super(400, first.code, first.message, first.field || undefined);
    this.name = 'RequestInputProblem';
  }
}

export function parseRequestInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new RequestInputProblem(requestInputProblems(result.error.issues));
}
