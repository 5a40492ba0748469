import type { FeeAssessment, Waiver } from '../../core/fee/index.ts';
import { applyWaiver, feePaymentDueDate, perApplicantFee, perVolumeFee } from '../../core/fee/index.ts';
import type { IsoDate } from '../../core/calendar/index.ts';
import { loadCalendarWithWarning } from '../calendar-files.ts';
import { CliError } from '../io.ts';
import { calculationCommand, readDateArg, readWholeNumberArg } from '../options.ts';

const HELP = `用法：
  gongkai fee --method per-applicant --count 件数 [--received 日期] [--json]
  gongkai fee --method per-volume --pages 页数 [--received 日期] [--json]
  可加 --waive 金额|all --waiver-reason 理由 记录减免；加 --notice-received 日期 给出缴费期限（收到收费通知次日起20个工作日）。

按国办函〔2020〕109号计算信息处理费（超额累进）。按件计收：同一申请人一个自然月内累计件数，1—10件免费，
11—30件每件100元，此后每10件一档、每档每件加100元；按量计收：单件申请提供的页数，1—30页免费，
31—100页10元/页，101—200页20元/页，200页以上40元/页。2021-01-01前收到的申请不收取信息处理费。
JSON：{"amountYuan":数字,"breakdown":[…]}`;

type Quantity = 'count' | 'pages';

/** The two charging methods of 109号: each counts one quantity and refuses the other. */
const FEE_METHODS: ReadonlyArray<{
  names: readonly string[];
  quantity: Quantity;
  quantityLabel: string;
  other: Quantity;
  mismatch: string;
  assess(units: number, receivedOn?: IsoDate): FeeAssessment;
}> = [
  {
    names: ['per-applicant', '按件计收'],
    quantity: 'count',
    quantityLabel: '--count（本自然月累计申请件数）',
    other: 'pages',
    mismatch: '按件计收按件数计算，不能同时给出 --pages（同一申请只能适用一种标准）。',
    assess: perApplicantFee,
  },
  {
    names: ['per-volume', '按量计收'],
    quantity: 'pages',
    quantityLabel: '--pages（提供信息的页数）',
    other: 'count',
    mismatch: '按量计收按页数计算，不能同时给出 --count（同一申请只能适用一种标准）。',
    assess: perVolumeFee,
  },
];

function assessFee(
  methodText: string | undefined,
  quantities: Record<Quantity, string | undefined>,
  receivedOn: IsoDate | undefined,
): FeeAssessment {
  const name = methodText?.normalize('NFKC').trim() ?? '';
  const method = FEE_METHODS.find((m) => m.names.includes(name));
  if (!method) {
    throw new CliError(
      'FEE_METHOD_INVALID',
      `--method 应为 per-applicant（按件计收）或 per-volume（按量计收），收到“${methodText ?? ''}”。`,
    );
  }
  if (quantities[method.other] !== undefined) throw new CliError('FEE_ARGUMENT_MISMATCH', method.mismatch);
  return method.assess(readWholeNumberArg(quantities[method.quantity], method.quantityLabel), receivedOn);
}

export const run = calculationCommand(
  HELP,
  {
    method: { type: 'string' },
    count: { type: 'string' },
    pages: { type: 'string' },
    received: { type: 'string' },
    waive: { type: 'string' },
    'waiver-reason': { type: 'string' },
    'notice-received': { type: 'string' },
  },
  ({ values }) => {
    const receivedOn = values.received === undefined ? undefined : readDateArg(values.received, '--received');
    const result = assessFee(values.method, { count: values.count, pages: values.pages }, receivedOn);
    let waiver: Waiver | null = null;
    if (values.waive !== undefined || values['waiver-reason'] !== undefined) {
      const amount =
        values.waive?.trim() === 'all' ? 'all' : readWholeNumberArg(values.waive, '--waive（减免金额）');
      waiver = { amount, reason: values['waiver-reason'] ?? '' };
    }
    const charged = waiver ? applyWaiver(result, waiver) : null;
    const paymentDueDate =
      values['notice-received'] === undefined
        ? undefined
        : feePaymentDueDate(
            loadCalendarWithWarning(),
            readDateArg(values['notice-received'], '--notice-received（收到收费通知之日）'),
            receivedOn,
          );
    const lines = [`信息处理费：${result.amountYuan}元`, result.explanation];
    if (paymentDueDate)
      lines.push(`缴费期限：${paymentDueDate}（逾期未缴纳视为放弃申请，缴费期间不计入答复期限）。`);
    if (charged)
      lines.push(
        `减免${charged.waivedYuan}元（理由：${charged.waiverReason}），应缴${charged.chargedYuan}元。`,
      );
    return {
      json: {
        amountYuan: result.amountYuan,
        breakdown: result.breakdown,
        method: result.method,
        rule: result.rule,
        explanation: result.explanation,
        ...(paymentDueDate !== undefined ? { paymentDueDate } : {}),
        ...(charged
          ? {
              waivedYuan: charged.waivedYuan,
              chargedYuan: charged.chargedYuan,
              waiverReason: charged.waiverReason,
            }
          : {}),
      },
      text: lines.join('\n'),
    };
  },
);
