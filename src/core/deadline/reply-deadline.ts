import type { IsoDate } from '../calendar/date.ts';
import { fromDayNumber, isIsoDate, shortDate, toDayNumber, yearOf } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import {
  addWorkingDayNumbers,
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
} from '../calendar/working-calendar.ts';
import type { Citation } from '../statutes/citation.ts';
import { ruleOn } from '../statutes/dated-rule.ts';
import type { RegimeId, ReplyPeriod } from '../statutes/rules.ts';
import { feeRules, REGIME_2008_FROM, replyPeriodRules } from '../statutes/rules.ts';
import { describeWindow } from './explain.ts';
import type { ReceiptChannel } from './receipt.ts';
import { CHANNEL_RECEIPT_RULES } from './receipt.ts';

export type PauseKind = 'third-party' | 'other-body' | 'fee-payment' | 'unspecified';

const PAUSE_LABELS: Record<PauseKind, string> = {
  'third-party': '征求第三方意见',
  'other-body': '征求其他机关意见',
  'fee-payment': '缴纳信息处理费',
  unspecified: '不计入期限的期间',
};

/**
 * Time not counted in the reply period (2019 Art. 33 ¶2; fee payment per 109号). Every working
 * day from `from` to `to`, both included, is left out: the day the consultation letter went out
 * to the day the answer (or payment) came in.
 */
export interface PausedInterval {
  from: IsoDate;
  to: IsoDate;
  kind?: PauseKind;
}

export interface ReplyDeadlineInput {
  /** 收到申请之日 (see receiptDate for how each channel fixes it). */
  receiptDate: IsoDate;
  channel?: ReceiptChannel;
  /** 补正: the notice's date and the day the corrected application arrived. */
  correction?: { requestedOn: IsoDate; correctedOn: IsoDate };
  pauses?: readonly PausedInterval[];
  /** The one extension, approved by the head of the 工作机构 and told to the applicant. */
  extended?: boolean;
  /** Working days actually granted when shorter than the maximum ("最长不得超过20个工作日"). */
  extensionWorkingDays?: number | null;
  /** A shorter time limit the body promises (e.g. 10 working days), tracked beside the statutory one. */
  promisedWorkingDays?: number | null;
}

export interface ReplyDeadline {
  regime: RegimeId;
  receiptDate: IsoDate;
  /** The day the reply period counts from (the day after it is day 1): receipt, or the corrected application. */
  clockStartsOn: IsoDate;
  /** 补正 notice due date (2019 Art. 30); null under 2008, which set no period. */
  correctionNoticeDueDate: IsoDate | null;
  correctionNoticeLate: boolean;
  ordinaryDueDate: IsoDate;
  /**
   * The latest date if the one extension is (or were) granted. Null only when not extended and
   * that date would fall in a year whose calendar is not loaded yet (a warning says so).
   */
  extendedDueDate: IsoDate | null;
  /** The statutory date in force: extendedDueDate when extended, else ordinaryDueDate. */
  dueDate: IsoDate;
  extended: boolean;
  promisedDueDate: IsoDate | null;
  pausedWorkingDays: number;
  explanation: string;
  warnings: string[];
  citations: Citation[];
}

function checkDate(value: IsoDate, field: string, label: string): void {
  if (!isIsoDate(value))
    throw new RuleError('DATE_INVALID', `${label}“${value}”不是有效日期（应为YYYY-MM-DD）。`, field);
}

export function replyPeriodOn(receipt: IsoDate): ReplyPeriod {
  const rule = ruleOn(replyPeriodRules, receipt);
  if (!rule) {
    throw new RuleError(
      'REGULATION_NOT_IN_FORCE',
      `收到申请之日 ${receipt} 早于《政府信息公开条例》施行之日（${REGIME_2008_FROM}），没有法定答复期限。`,
      'receiptDate',
    );
  }
  return rule.value;
}

interface PauseWindow {
  from: number;
  to: number;
  kind: PauseKind;
}

/**
 * Only time the law leaves out may be left out: other bodies' consultation exists from the 2019
 * revision (Art. 34), the fee-payment hold from 109号 (requests received from 2021-01-01).
 */
function checkPauseAllowed(kind: PauseKind, period: ReplyPeriod, receipt: IsoDate, field: string): void {
  if (kind === 'other-body' && period.otherBodyWorkingDays === null) {
    throw new RuleError(
      'PAUSE_NOT_ALLOWED',
      '2008年条例没有“征求其他机关意见的时间不计入答复期限”的规定（见2019年修订条例第三十三条、第三十四条），不能扣除该期间。',
      field,
    );
  }
  if (kind === 'fee-payment' && !ruleOn(feeRules, receipt)) {
    throw new RuleError(
      'PAUSE_NOT_ALLOWED',
      `${receipt} 收到的申请不适用信息处理费（国办函〔2020〕109号自2021-01-01起施行），没有可扣除的缴费期间。`,
      field,
    );
  }
}

function readPauses(input: ReplyDeadlineInput, clockStartsOn: IsoDate, period: ReplyPeriod): PauseWindow[] {
  return (input.pauses ?? []).map((pause, index) => {
    const field = `pauses[${index}]`;
    checkDate(pause.from, field, '暂停计算的起始日');
    checkDate(pause.to, field, '暂停计算的截止日');
    if (pause.to < pause.from) {
      throw new RuleError(
        'PAUSE_INVALID',
        `暂停计算期间 ${pause.from}..${pause.to} 的截止日早于起始日。`,
        field,
      );
    }
    if (pause.from < clockStartsOn) {
      throw new RuleError(
        'PAUSE_BEFORE_CLOCK',
        `暂停计算期间 ${pause.from}..${pause.to} 早于答复期限起算之日 ${clockStartsOn}，不能从期限中扣除。`,
        field,
      );
    }
    const kind = pause.kind ?? 'unspecified';
    checkPauseAllowed(kind, period, input.receiptDate, field);
    return { from: toDayNumber(pause.from), to: toDayNumber(pause.to), kind };
  });
}

/** Statutory limits on how long each kind of pause may last, to warn (not cut) when exceeded. */
function pauseLimit(period: ReplyPeriod, kind: PauseKind, receipt: IsoDate): number | null {
  if (kind === 'third-party') return period.thirdPartyWorkingDays;
  if (kind === 'other-body') return period.otherBodyWorkingDays;
  if (kind === 'fee-payment') return ruleOn(feeRules, receipt)?.value.paymentWorkingDays ?? null;
  return null;
}

/**
 * The reply due date(s) of a request, explained. Day of receipt not counted (the period runs
 * "自收到申请之日起" and its first day is the next one); only working days of the calendar count;
 * paused intervals are left out; the regime is fixed by the receipt date (ruleOn).
 */
export function replyDeadline(calendar: WorkingCalendar, input: ReplyDeadlineInput): ReplyDeadline {
  checkDate(input.receiptDate, 'receiptDate', '收到申请之日');
  const period = replyPeriodOn(input.receiptDate);
  const receipt = input.receiptDate;
  const year = yearOf(receipt);
  const warnings: string[] = [];
  const citations: Citation[] = [period.citations.reply];
  const story: string[] = [];
  story.push(
    input.channel
      ? `${receipt} 收到申请（${CHANNEL_RECEIPT_RULES[input.channel]}，第三十一条）`
      : `${receipt} 收到申请`,
  );

  let clockStartsOn = receipt;
  let correctionNoticeDueDate: IsoDate | null = null;
  let correctionNoticeLate = false;
  if (period.correctionNoticeWorkingDays !== null) {
    const days = period.correctionNoticeWorkingDays;
    correctionNoticeDueDate = input.correction
      ? addWorkingDays(calendar, receipt, days)
      : unlessYearMissing(() => addWorkingDays(calendar, receipt, days), warnings, '补正告知期限');
  }
  if (input.correction) {
    const { requestedOn, correctedOn } = input.correction;
    checkDate(requestedOn, 'correction.requestedOn', '补正告知日期');
    checkDate(correctedOn, 'correction.correctedOn', '收到补正日期');
    if (requestedOn < receipt) {
      throw new RuleError(
        'CORRECTION_BEFORE_RECEIPT',
        `补正告知日期 ${requestedOn} 早于收到申请之日 ${receipt}。`,
      );
    }
    if (correctedOn < requestedOn) {
      throw new RuleError(
        'CORRECTION_ORDER',
        `收到补正日期 ${correctedOn} 早于补正告知日期 ${requestedOn}。`,
      );
    }
    citations.push(period.citations.correction);
    if (correctionNoticeDueDate !== null && requestedOn > correctionNoticeDueDate) {
      correctionNoticeLate = true;
      warnings.push(
        `补正告知（${requestedOn}）晚于第三十条规定的7个工作日（应不迟于${correctionNoticeDueDate}）。`,
      );
    }
    clockStartsOn = correctedOn;
    story.push(
      `${shortDate(requestedOn, year)}告知补正` +
        (correctionNoticeDueDate ? `（最迟应于${shortDate(correctionNoticeDueDate, year)}告知）` : '') +
        `，${shortDate(correctedOn, year)}收到补正后的申请，答复期限自该日起重新计算`,
    );
  }

  const pauses = readPauses(input, clockStartsOn, period);
  const startDay = toDayNumber(clockStartsOn);
  const pausedDay = (day: number): boolean => pauses.some((p) => day >= p.from && day <= p.to);
  const after = (workingDays: number): IsoDate =>
    fromDayNumber(
      addWorkingDayNumbers(calendar, startDay, workingDays, pauses.length > 0 ? pausedDay : undefined),
    );
  const ordinaryDueDate = after(period.replyWorkingDays);
  const extended = input.extended === true;
  const extensionDays = grantedExtension(input, period);
  const extendedTotal = period.replyWorkingDays + extensionDays;
  // Extended: the date is in force and must be computed. Not extended: it is only a "what if", so
  // a missing next-year calendar must not block the answer that matters.
  const extendedDueDate = extended
    ? after(extendedTotal)
    : unlessYearMissing(() => after(extendedTotal), warnings, '延长后的期限');
  const dueDate = extended && extendedDueDate !== null ? extendedDueDate : ordinaryDueDate;

  let pausedWorkingDays = 0;
  for (const pause of input.pauses ?? []) {
    const kind = pause.kind ?? 'unspecified';
    const days =
      countWorkingDays(calendar, pause.from, pause.to) + (isWorkingDay(calendar, pause.from) ? 1 : 0);
    pausedWorkingDays += days;
    const limit = pauseLimit(period, kind, receipt);
    if (limit !== null && days > limit) {
      warnings.push(
        `${PAUSE_LABELS[kind]}期间 ${pause.from}..${pause.to} 共${days}个工作日，超过规定的${limit}个工作日。`,
      );
    }
    if (kind === 'third-party') citations.push(period.citations.thirdParty);
    if (kind === 'other-body' && period.citations.otherBody) citations.push(period.citations.otherBody);
  }

  const total = period.replyWorkingDays + (extended ? extensionDays : 0);
  const counting = extended
    ? `自次日起算${period.replyWorkingDays}个工作日并延长${extensionDays}个工作日（共${total}个）`
    : `自次日起算${period.replyWorkingDays}个工作日`;
  const window = describeWindow(calendar, clockStartsOn, dueDate, year);
  const pauseText = (input.pauses ?? [])
    .filter((p) => p.from <= dueDate)
    .map(
      (p) => `${PAUSE_LABELS[p.kind ?? 'unspecified']}${shortDate(p.from, year)}至${shortDate(p.to, year)}`,
    );
  const pausePart =
    pauseText.length > 0 ? [`不计入${pauseText.join('、')}（共${pausedWorkingDays}个工作日）`] : [];
  const regimeText =
    period.regime === '2019' ? '适用2019年修订的条例第三十三条' : '适用2008年施行的条例第二十四条';
  story.push(`${regimeText}：${[counting, ...window, ...pausePart].join('，')}，答复期限为${dueDate}`);
  if (!extended && extendedDueDate !== null) story.push(`如经批准延长，最迟${extendedDueDate}`);

  let promisedDueDate: IsoDate | null = null;
  if (input.promisedWorkingDays !== undefined && input.promisedWorkingDays !== null) {
    const promised = input.promisedWorkingDays;
    if (!Number.isInteger(promised) || promised < 1) {
      throw new RuleError(
        'PROMISED_DAYS_INVALID',
        `承诺办理时限应为正整数个工作日，收到“${promised}”。`,
        'promisedWorkingDays',
      );
    }
    if (promised > period.replyWorkingDays) {
      throw new RuleError(
        'PROMISED_DAYS_NOT_SHORTER',
        `承诺办理时限（${promised}个工作日）不能长于法定答复期限（${period.replyWorkingDays}个工作日）。`,
        'promisedWorkingDays',
      );
    }
    promisedDueDate = after(promised);
    story.push(`本机关承诺${promised}个工作日内答复，承诺期限为${promisedDueDate}（法定期限仍为${dueDate}）`);
  }
  return {
    regime: period.regime,
    receiptDate: receipt,
    clockStartsOn,
    correctionNoticeDueDate,
    correctionNoticeLate,
    ordinaryDueDate,
    extendedDueDate,
    dueDate,
    extended,
    promisedDueDate,
    pausedWorkingDays,
    explanation: `${story.join('；')}。`,
    warnings,
    citations,
  };
}

/** The extension granted: the maximum unless a shorter one is given; never more (Art. 33 / 2008 Art. 24). */
function grantedExtension(input: ReplyDeadlineInput, period: ReplyPeriod): number {
  const days = input.extensionWorkingDays;
  if (days === undefined || days === null) return period.extensionWorkingDays;
  if (!Number.isInteger(days) || days < 1 || days > period.extensionWorkingDays) {
    throw new RuleError(
      'EXTENSION_DAYS_INVALID',
      `延长答复期限应为1至${period.extensionWorkingDays}个工作日，收到“${days}”。`,
      'extensionWorkingDays',
    );
  }
  return days;
}

/** Runs `compute`; a missing calendar year becomes null plus a warning instead of an error. */
function unlessYearMissing(compute: () => IsoDate, warnings: string[], what: string): IsoDate | null {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof RuleError) || error.code !== 'CALENDAR_YEAR_MISSING') throw error;
    warnings.push(`${what}无法计算：${error.message}`);
    return null;
  }
}

/** 补正 notice due date on its own (2019 Art. 30: within 7 working days of receipt); null under 2008. */
export function correctionNoticeDueDate(calendar: WorkingCalendar, receipt: IsoDate): IsoDate | null {
  checkDate(receipt, 'receiptDate', '收到申请之日');
  const days = replyPeriodOn(receipt).correctionNoticeWorkingDays;
  return days === null ? null : addWorkingDays(calendar, receipt, days);
}
