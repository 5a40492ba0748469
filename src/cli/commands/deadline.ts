import type { PausedInterval, PauseKind, ReceiptChannel } from '../../core/deadline/index.ts';
import { CHANNEL_LABELS, RECEIPT_CHANNELS, replyDeadline } from '../../core/deadline/index.ts';
import { loadCalendarWithWarning } from '../calendar-files.ts';
import { CliError } from '../io.ts';
import { calculationCommand, readDateArg, readOptionalWholeNumberArg } from '../options.ts';

const HELP = `用法：gongkai deadline --received 日期 [--channel online|in-person|post|fax|email]
        [--correction-requested 日期 --corrected 日期] [--paused 起..止]… [--extended]
        [--promised-days 天数] [--json]

按条例计算答复期限（收到申请之日不计入，自次日起算工作日）：2019-05-15 前收到的申请适用2008年条例
（15+15个工作日），此后适用2019年条例（20+20个工作日）。
  --received            收到申请之日（条例第三十一条：当面为提交之日，邮寄为签收之日，网络/传真/电子邮件为双方确认之日）
  --correction-requested / --corrected  告知补正之日与收到补正申请之日；答复期限自收到补正之日重新计算
  --paused 起..止        不计入期限的期间（征求第三方或其他机关意见、缴费期间），起止两日均含；
                        可写成 third-party:起..止、other-body:起..止、fee-payment:起..止；可重复
  --extended            已经批准延长答复期限（仅一次，按最长期限计算）
  --extended-days N     实际批准延长的工作日数（不超过20，2008年条例不超过15）
  --promised-days N     本机关承诺的较短办理时限（工作日）
  --json                输出 JSON：{"regime","receiptDate","dueDate","extendedDueDate","promisedDueDate","explanation"}`;

const CHANNEL_ALIASES: Record<string, ReceiptChannel> = {
  当面: 'in-person',
  当面提交: 'in-person',
  现场: 'in-person',
  邮寄: 'post',
  信函: 'post',
  网络: 'online',
  在线: 'online',
  网上: 'online',
  传真: 'fax',
  电子邮件: 'email',
  邮件: 'email',
  // Traditional forms, typed as they come (繁体 input is converted, not refused).
  當面: 'in-person',
  郵寄: 'post',
  網絡: 'online',
  網路: 'online',
  傳真: 'fax',
  電子郵件: 'email',
};

function readChannel(value: string | undefined): ReceiptChannel | undefined {
  if (value === undefined) return undefined;
  const text = value.normalize('NFKC').trim();
  const channel = (RECEIPT_CHANNELS as readonly string[]).includes(text.toLowerCase())
    ? (text.toLowerCase() as ReceiptChannel)
    : CHANNEL_ALIASES[text];
  if (!channel) {
    throw new CliError(
      'CHANNEL_INVALID',
      `--channel“${value}”无法识别，应为 ${RECEIPT_CHANNELS.join('、')} 之一。`,
    );
  }
  return channel;
}

const PAUSE_KINDS: readonly PauseKind[] = ['third-party', 'other-body', 'fee-payment'];

function readPause(value: string): PausedInterval {
  const text = value.normalize('NFKC').trim();
  const colon = text.indexOf(':');
  const kindText = colon > 0 ? text.slice(0, colon) : undefined;
  const range = colon > 0 ? text.slice(colon + 1) : text;
  if (kindText !== undefined && !(PAUSE_KINDS as readonly string[]).includes(kindText)) {
    throw new CliError(
      'PAUSE_INVALID',
      `--paused 的类型“${kindText}”无法识别，应为 ${PAUSE_KINDS.join('、')} 之一。`,
    );
  }
  const parts = range.split(/\.\.|至|~/);
  if (parts.length !== 2) {
    throw new CliError('PAUSE_INVALID', `--paused“${value}”应写成 起..止，如 2024-09-20..2024-09-27。`);
  }
  const pause: PausedInterval = {
    from: readDateArg(parts[0]?.trim(), '--paused 的起始日'),
    to: readDateArg(parts[1]?.trim(), '--paused 的截止日'),
  };
  if (kindText !== undefined) pause.kind = kindText as PauseKind;
  return pause;
}

export const run = calculationCommand(
  HELP,
  {
    received: { type: 'string' },
    channel: { type: 'string' },
    'correction-requested': { type: 'string' },
    corrected: { type: 'string' },
    paused: { type: 'string', multiple: true },
    extended: { type: 'boolean' },
    'extended-days': { type: 'string' },
    'promised-days': { type: 'string' },
  },
  ({ values }) => {
    const receiptDate = readDateArg(values.received, '--received（收到申请之日）');
    const channel = readChannel(values.channel);
    const requested = values['correction-requested'];
    const corrected = values.corrected;
    if ((requested === undefined) !== (corrected === undefined)) {
      throw new CliError(
        'CORRECTION_INCOMPLETE',
        requested === undefined
          ? '给出 --corrected 时须同时给出 --correction-requested（告知补正之日）。'
          : '已告知补正但尚未收到补正的申请，答复期限暂不起算（条例第三十条）；收到补正后请同时给出 --corrected。',
      );
    }
    const calendar = loadCalendarWithWarning();
    const result = replyDeadline(calendar, {
      receiptDate,
      channel,
      correction:
        requested !== undefined && corrected !== undefined
          ? {
              requestedOn: readDateArg(requested, '--correction-requested'),
              correctedOn: readDateArg(corrected, '--corrected'),
            }
          : undefined,
      pauses: (values.paused ?? []).map(readPause),
      extended: values.extended === true || values['extended-days'] !== undefined,
      extensionWorkingDays: readOptionalWholeNumberArg(values['extended-days'], '--extended-days'),
      promisedWorkingDays: readOptionalWholeNumberArg(values['promised-days'], '--promised-days'),
    });
    const lines = [
      `适用：${result.regime}年条例`,
      channel ? `提交渠道：${CHANNEL_LABELS[channel]}` : null,
      `答复期限：${result.dueDate}${result.extended ? '（已延长）' : ''}`,
      result.extended || result.extendedDueDate === null ? null : `如经批准延长：${result.extendedDueDate}`,
      result.promisedDueDate ? `承诺期限：${result.promisedDueDate}` : null,
      result.correctionNoticeDueDate ? `补正告知最迟：${result.correctionNoticeDueDate}` : null,
      `说明：${result.explanation}`,
      ...result.warnings.map((w) => `注意：${w}`),
    ];
    return {
      json: {
        regime: result.regime,
        receiptDate: result.receiptDate,
        dueDate: result.dueDate,
        extendedDueDate: result.extendedDueDate,
        promisedDueDate: result.promisedDueDate,
        explanation: result.explanation,
        ordinaryDueDate: result.ordinaryDueDate,
        correctionNoticeDueDate: result.correctionNoticeDueDate,
        warnings: result.warnings,
      },
      text: lines.filter((l) => l !== null).join('\n'),
    };
  },
);
