import { addWorkingDays, RuleError, type WorkingCalendar } from '../calendar/index.ts';
import { replyDeadline } from '../deadline/index.ts';
import { ruleOn } from '../statutes/dated-rule.ts';
import { feeRules, REGIME_2008_FROM, replyPeriodRules } from '../statutes/rules.ts';
import { feePaymentDueDate } from '../fee/policy.ts';
import { checkDecision } from './decision-check.ts';
import { refusal, type RequestRuleError } from './errors.ts';
import { deadlineInputs } from './deadline.ts';
import { EVENT_LABELS, REQUEST_EVENT_TYPES, type RequestEvent } from './events.ts';
import { replay, type RequestState } from './state.ts';
import { STATUS_DESCRIPTIONS } from './status.ts';
import { findTransition } from './transitions.ts';
import { APPLICANT_TYPES, CHANNELS, isIsoDate, type IsoDate } from './vocabulary.ts';

/** A command asks to record one fact; `decide` checks it against the table and the law. */
export type RequestCommand = RequestEvent;

export type DecideResult = { ok: true; events: RequestEvent[] } | { ok: false; error: RequestRuleError };

type Check = RequestRuleError | null;

const blank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/**
 * Decides whether `command` may happen to a request in `state`, returning the events to append or
 * a coded refusal. Pure: the calendar is an argument, the date is the command's own.
 */
export function decide(
  state: RequestState,
  command: RequestCommand,
  calendar: WorkingCalendar,
): DecideResult {
  const error =
    checkShape(command) ?? checkTransition(state, command) ?? checkRules(state, command, calendar);
  return error ? { ok: false, error } : { ok: true, events: [command] };
}

/** Decides a whole sequence (e.g. a replayed import); stops at the first refusal. */
export function decideAll(
  state: RequestState,
  commands: readonly RequestCommand[],
  calendar: WorkingCalendar,
): DecideResult {
  const events: RequestEvent[] = [];
  let current = state;
  for (const command of commands) {
    const result = decide(current, command, calendar);
    if (!result.ok) return result;
    events.push(...result.events);
    current = replay(result.events, current);
  }
  return { ok: true, events };
}

function checkShape(command: RequestCommand): Check {
  if (!REQUEST_EVENT_TYPES.includes(command?.type)) {
    return refusal('REQUEST_INVALID_EVENT', `无法识别的办理环节“${String(command?.type)}”。`, 'type');
  }
  if (!isIsoDate(command.on)) {
    return refusal(
      'REQUEST_DATE_INVALID',
      `日期“${String(command.on)}”无效，应为YYYY-MM-DD格式的真实日期。`,
      'on',
    );
  }
  return null;
}

function checkTransition(state: RequestState, command: RequestCommand): Check {
  if (!findTransition(state.status, command.type)) {
    return refusal(
      'REQUEST_TRANSITION_REFUSED',
      `申请当前处于“${STATUS_DESCRIPTIONS[state.status].labelZh}”状态，不能进行“${EVENT_LABELS[command.type]}”。`,
      'type',
    );
  }
  if (state.lastEventOn !== null && command.on < state.lastEventOn) {
    return refusal(
      'REQUEST_DATE_BEFORE_PREVIOUS',
      `“${EVENT_LABELS[command.type]}”的日期${command.on}早于上一办理环节的日期${state.lastEventOn}。`,
      'on',
    );
  }
  return null;
}

/** A date from the calendar, or its own refusal as ours (a year not loaded: refuse, never guess). */
function fromCalendar<T extends IsoDate | null>(compute: () => T): T | RequestRuleError {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RuleError) return refusal('REQUEST_CALENDAR_UNAVAILABLE', error.message);
    throw error;
  }
}

const isRefusal = (value: IsoDate | null | RequestRuleError): value is RequestRuleError =>
  value !== null && typeof value === 'object';

function checkRules(state: RequestState, command: RequestCommand, calendar: WorkingCalendar): Check {
  switch (command.type) {
    case 'received':
      if (!APPLICANT_TYPES.includes(command.applicantType)) {
        return refusal(
          'REQUEST_INVALID_EVENT',
          `申请人类型须为：${APPLICANT_TYPES.join('、')}。`,
          'applicantType',
        );
      }
      if (!CHANNELS.includes(command.channel)) {
        return refusal('REQUEST_INVALID_EVENT', `申请渠道须为：${CHANNELS.join('、')}。`, 'channel');
      }
      if (
        command.promisedDays !== undefined &&
        !(Number.isInteger(command.promisedDays) && command.promisedDays > 0)
      ) {
        return refusal('REQUEST_INVALID_EVENT', '承诺办理时限须为正整数个工作日。', 'promisedDays');
      }
      return checkReceiptRegime(command.on, command.promisedDays);
    case 'correction-requested':
      return checkCorrectionRequest(state, command, calendar);
    case 'correction-lapsed':
      if (state.correction && command.on <= state.correction.correctBy) {
        return refusal(
          'REQUEST_CORRECTION_PERIOD_NOT_OVER',
          `补正期限至${state.correction.correctBy}，届满前不能按逾期未补正处理（条例第三十条）。`,
          'on',
        );
      }
      return null;
    case 'extended':
      if (state.extension) {
        return refusal(
          'REQUEST_EXTENSION_ALREADY_USED',
          `答复期限已于${state.extension.on}延长过一次，依条例第三十三条第二款只能延长一次。`,
        );
      }
      if (blank(command.approvedBy)) {
        return refusal(
          'REQUEST_EXTENSION_APPROVAL_REQUIRED',
          '延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人（条例第三十三条第二款）。',
          'approvedBy',
        );
      }
      if (blank(command.reason))
        return refusal('REQUEST_INVALID_EVENT', '请填写延长答复期限的理由。', 'reason');
      return checkExtensionInTime(state, command.on, calendar);
    case 'fee-notified':
      return checkFeeNotice(state, command);
    case 'fee-waived':
      return blank(command.reason)
        ? refusal('REQUEST_INVALID_EVENT', '减免信息处理费须记录理由。', 'reason')
        : null;
    case 'fee-lapsed': {
      const { fee, receiptDate } = state;
      if (!fee || !receiptDate) return null;
      const payBy = fromCalendar(() => feePaymentDueDate(calendar, fee.notifiedOn, receiptDate));
      if (isRefusal(payBy)) return payBy;
      return payBy !== null && command.on <= payBy
        ? refusal(
            'REQUEST_FEE_PERIOD_NOT_OVER',
            `缴费期限至${payBy}（收到收费通知之日起20个工作日），届满前不能按逾期未缴费处理。`,
            'on',
          )
        : null;
    }
    case 'decided':
      return checkDecision(state, command.decision);
    case 'delivered':
      return blank(command.method)
        ? refusal('REQUEST_INVALID_EVENT', '请填写送达方式（如邮寄、当面领取、电子邮件）。', 'method')
        : null;
    case 'third-party-consultation-started':
    case 'other-body-consultation-started':
      return blank(command.consulted)
        ? refusal('REQUEST_INVALID_EVENT', '请填写被征求意见的第三方或机关名称。', 'consulted')
        : null;
    default:
      return null;
  }
}

/** A request needs a 条例 in force on its receipt date, and a promise can only shorten its period. */
function checkReceiptRegime(on: IsoDate, promisedDays: number | undefined): Check {
  const period = ruleOn(replyPeriodRules, on)?.value;
  if (!period) {
    return refusal(
      'REQUEST_DATE_INVALID',
      `收到申请之日${on}早于《政府信息公开条例》施行之日（${REGIME_2008_FROM}）。`,
      'on',
    );
  }
  if (promisedDays !== undefined && promisedDays > period.replyWorkingDays) {
    return refusal(
      'REQUEST_INVALID_EVENT',
      `承诺办理时限（${promisedDays}个工作日）不能长于法定答复期限（${period.replyWorkingDays}个工作日）。`,
      'promisedDays',
    );
  }
  return null;
}

/** Art. 33 ¶2: the extension is decided, and the applicant told, within the ordinary period. */
function checkExtensionInTime(state: RequestState, on: IsoDate, calendar: WorkingCalendar): Check {
  const input = deadlineInputs(state, on);
  if (!input) return null;
  const ordinaryDueDate = fromCalendar(() => replyDeadline(calendar, input).ordinaryDueDate);
  if (isRefusal(ordinaryDueDate)) return ordinaryDueDate;
  return on > ordinaryDueDate
    ? refusal(
        'REQUEST_EXTENSION_TOO_LATE',
        `答复期限已于${ordinaryDueDate}届满，不能再延长；延期须在答复期限内经负责人同意并告知申请人（条例第三十三条第二款）。`,
        'on',
      )
    : null;
}

function checkCorrectionRequest(
  state: RequestState,
  command: Extract<RequestCommand, { type: 'correction-requested' }>,
  calendar: WorkingCalendar,
): Check {
  // Once, and within 7 working days: both are 2019 Art. 30; the 2008 条例 (Art. 21(四)) set neither
  // (its dated rule has no notice period).
  const receiptDate = state.receiptDate ?? command.on;
  const noticeDays = ruleOn(replyPeriodRules, receiptDate)?.value.correctionNoticeWorkingDays ?? null;
  const art30 = noticeDays !== null;
  if (art30 && state.correction) {
    return refusal(
      'REQUEST_CORRECTION_ALREADY_REQUESTED',
      `已于${state.correction.requestedOn}告知过补正，依条例第三十条补正只能一次性告知。`,
    );
  }
  if (!Array.isArray(command.items) || command.items.length === 0 || command.items.some(blank)) {
    return refusal('REQUEST_INVALID_EVENT', '补正告知须一次性列明需要补正的全部事项。', 'items');
  }
  if (!isIsoDate(command.correctBy) || command.correctBy <= command.on) {
    return refusal(
      'REQUEST_INVALID_EVENT',
      '补正期限须为补正告知之后的日期（合理的补正期限）。',
      'correctBy',
    );
  }
  if (noticeDays === null) return null;
  const latest = fromCalendar(() => addWorkingDays(calendar, receiptDate, noticeDays));
  if (isRefusal(latest)) return latest;
  if (command.on > latest) {
    return refusal(
      'REQUEST_CORRECTION_TOO_LATE',
      `补正告知须在收到申请之日起${noticeDays}个工作日内（即${latest}前）发出，${command.on}已超期（条例第三十条）。`,
      'on',
    );
  }
  return null;
}

function checkFeeNotice(
  state: RequestState,
  command: Extract<RequestCommand, { type: 'fee-notified' }>,
): Check {
  const receiptDate = state.receiptDate ?? command.on;
  // 109号 applies from 2021-01-01 (its dated rule); nothing before, so never under the 2008 条例.
  if (!ruleOn(feeRules, receiptDate)) {
    return refusal(
      'REQUEST_FEE_NOT_APPLICABLE',
      `该申请收到于${receiptDate}，信息处理费仅适用于2021年1月1日起收到的申请（国办函〔2020〕109号）。`,
    );
  }
  if (state.fee) {
    return refusal('REQUEST_FEE_NOT_APPLICABLE', `已于${state.fee.notifiedOn}发出过收费通知，不能重复收费。`);
  }
  if (!(Number.isFinite(command.amountYuan) && command.amountYuan > 0)) {
    return refusal('REQUEST_INVALID_EVENT', '收费金额须为大于0的数额（元）。', 'amountYuan');
  }
  return blank(command.reason)
    ? refusal('REQUEST_INVALID_EVENT', '收费通知须说明收费理由（条例第四十二条）。', 'reason')
    : null;
}
