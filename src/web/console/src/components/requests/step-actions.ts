import { EVENT_LABELS } from '../../../../../core/request/events.ts';
import type { RequestEventType } from '../../../../../core/request/events.ts';
import type { Vocabulary } from '../../api.ts';
import type { FieldSpec } from './FormFields.tsx';

/** What a step's form may depend on: the decision kinds and the request's own 提供形式. */
export interface StepContext {
  words: Vocabulary | null;
  decisionKind: string | undefined;
  deliveryForm: string;
}

/** One lifecycle step as the console offers it (the server's transition table decides when). */
export interface StepAction {
  type: RequestEventType;
  label: string;
  /** Officers handle requests; an extension is the head's approval (条例第三十三条第二款). */
  role: 'officer' | 'head';
  fields(context: StepContext): FieldSpec[];
  /** The command when it is not the flat form payload. */
  command?(payload: Record<string, unknown>): Record<string, unknown>;
}

const on: FieldSpec = { name: 'on', label: '办理日期（不填为今天）', kind: 'date' };
const text = (name: string, label: string, required?: string): FieldSpec => ({
  name,
  label,
  kind: 'textarea',
  ...(required ? { required } : {}),
});

/** The details some replies must give beyond ground and article (条例第三十六条、第四十条). */
const DETAIL_FIELDS: Record<string, (context: StepContext) => FieldSpec[]> = {
  disclose: (c) => [provisionForm(c)],
  partial: (c) => [provisionForm(c)],
  'disclose-already-public': () => [
    text('publishedAt', '获取途径（公开位置）', '请写明获取该信息的方式和途径'),
  ],
  publication: () => [text('publishedAt', '获取途径（公开出版物名称、期号）', '请写明获取途径')],
  'not-held-other-body': () => [text('holderBody', '负责公开的机关及联系方式', '请写明负责公开的机关')],
};

function provisionForm(context: StepContext): FieldSpec {
  return {
    name: 'provisionForm',
    label: '提供形式（默认为申请人要求的形式）',
    kind: 'text',
    initial: context.deliveryForm,
  };
}

function decisionFields(context: StepContext): FieldSpec[] {
  const kinds = context.words?.decisionKinds ?? [];
  const chosen = kinds.find((k) => k.value === context.decisionKind);
  const specs: FieldSpec[] = [
    on,
    {
      name: 'kind',
      label: '答复类型（对应年度报告表三）',
      kind: 'select',
      required: '请选择答复类型',
      options: kinds.map(({ value, label }) => ({ value, label })),
    },
  ];
  if (!chosen) return specs;
  specs.push(
    text('ground', '具体理由（写入答复告知书）', chosen.groundRequired ? '请写明具体理由' : undefined),
  );
  if (chosen.articles.length > 0) {
    specs.push({
      name: 'article',
      label: '依据条款（《中华人民共和国政府信息公开条例》）',
      kind: 'select',
      options: chosen.articles.map((a) => ({ value: a, label: a })),
      ...(chosen.groundRequired ? { required: '请选择依据条款' } : {}),
    });
  }
  return [...specs, ...(DETAIL_FIELDS[chosen.value]?.(context) ?? [])];
}

const deliveryMethods = ['直接送达', '邮寄送达', '电子邮件送达', '传真送达', '留置送达'].map((m) => ({
  value: m,
  label: m,
}));

/** Art. 32 (third parties) and Art. 34 (other bodies): started with whom, ended with their opinion. */
function consultation(of: 'third-party' | 'other-body', whom: string): Array<Omit<StepAction, 'label'>> {
  return [
    {
      type: `${of}-consultation-started`,
      role: 'officer',
      fields: () => [
        on,
        { name: 'consulted', label: `被征求意见的${whom}`, kind: 'text', required: `请填写${whom}` },
      ],
    },
    { type: `${of}-consultation-ended`, role: 'officer', fields: () => [on, text('opinion', `${whom}意见`)] },
  ];
}

const steps: Array<Omit<StepAction, 'label'>> = [
  {
    type: 'correction-requested',
    role: 'officer',
    fields: () => [
      on,
      {
        name: 'items',
        label: '需要补正的事项（每行一项，一次性告知）',
        kind: 'lines',
        required: '请列明补正事项',
      },
      { name: 'correctBy', label: '补正期限', kind: 'date', required: '请选择补正期限' },
    ],
  },
  { type: 'corrected', role: 'officer', fields: () => [on] },
  { type: 'correction-lapsed', role: 'officer', fields: () => [on] },
  ...consultation('third-party', '第三方'),
  ...consultation('other-body', '机关'),
  {
    type: 'extended',
    role: 'head',
    fields: () => [on, text('reason', '延期理由（写入延期答复告知书）', '请填写延长答复期限的理由')],
  },
  {
    type: 'fee-notified',
    role: 'officer',
    fields: () => [
      on,
      { name: 'amountYuan', label: '收费金额（元）', kind: 'number', required: '请填写收费金额' },
      text('reason', '收费理由（国办函〔2020〕109号）', '请说明收费理由'),
    ],
  },
  { type: 'fee-paid', role: 'officer', fields: () => [on] },
  { type: 'fee-waived', role: 'officer', fields: () => [on, text('reason', '减免理由', '请填写减免理由')] },
  { type: 'fee-lapsed', role: 'officer', fields: () => [on] },
  {
    type: 'decided',
    role: 'officer',
    fields: decisionFields,
    command: ({ on: day, ...decision }) => ({ on: day, decision }),
  },
  {
    type: 'delivered',
    role: 'officer',
    fields: () => [
      on,
      {
        name: 'method',
        label: '送达方式',
        kind: 'select',
        required: '请选择送达方式',
        options: deliveryMethods,
      },
      { name: 'receipt', label: '送达回执（如邮件号、签收人）', kind: 'text' },
    ],
  },
  { type: 'withdrawn', role: 'officer', fields: () => [on, text('reason', '撤回理由')] },
];

export const STEP_ACTIONS: ReadonlyMap<string, StepAction> = new Map(
  steps.map((step) => [step.type, { ...step, label: EVENT_LABELS[step.type] }]),
);
