import type { IsoDate } from '../calendar/date.ts';
import { isIsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { Citation } from '../statutes/citation.ts';
import { ruleOn } from '../statutes/dated-rule.ts';
import type { FeeBand, FeeMethod, FeeSchedule } from '../statutes/rules.ts';
import { FEE_RULES_FROM, feeRules } from '../statutes/rules.ts';

export interface FeeBreakdownLine {
  /** First and last unit (request or page) charged at this rate. */
  from: number;
  to: number;
  units: number;
  unitYuan: number;
  subtotalYuan: number;
  labelZh: string;
}

export interface FeeAssessment {
  method: FeeMethod;
  /** Id of the fee rule applied; null when no 信息处理费 rule applied on the receipt date. */
  rule: string | null;
  amountYuan: number;
  breakdown: FeeBreakdownLine[];
  explanation: string;
  citations: Citation[];
}

const UNIT: Record<FeeMethod, string> = { 'per-applicant': '件', 'per-volume': '页' };
const METHOD_LABEL: Record<FeeMethod, string> = { 'per-applicant': '按件计收', 'per-volume': '按量计收' };

function checkUnits(value: number, field: string, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RuleError('FEE_QUANTITY_INVALID', `${what}应为不小于0的整数，收到“${value}”。`, field);
  }
}

/** The schedule in force on the receipt date, or null before 2021-01-01 (no fee rule at all). */
export function feeScheduleOn(receivedOn: IsoDate | undefined): { id: string; value: FeeSchedule } | null {
  if (receivedOn === undefined) {
    const current = feeRules.at(-1);
    return current ? { id: current.id, value: current.value } : null;
  }
  if (!isIsoDate(receivedOn)) {
    throw new RuleError(
      'DATE_INVALID',
      `收到申请之日“${receivedOn}”不是有效日期（应为YYYY-MM-DD）。`,
      'receivedOn',
    );
  }
  const rule = ruleOn(feeRules, receivedOn);
  return rule ? { id: rule.id, value: rule.value } : null;
}

/** 按件计收 bands up to `count`: the listed ones, then +100元 per further band of 10 (31–40: 200 …). */
function perApplicantBands(schedule: FeeSchedule, count: number): FeeBand[] {
  const { bands, bandWidthAfter, stepYuanAfter } = schedule.perApplicant;
  const result = [...bands];
  let last = result.at(-1);
  while (last && last.to !== null && last.to < count) {
    const next: FeeBand = {
      from: last.to + 1,
      to: last.to + bandWidthAfter,
      unitYuan: last.unitYuan + stepYuanAfter,
    };
    result.push(next);
    last = next;
  }
  return result;
}

/** Progressive (超额累进) charging, like income tax: each unit pays its own band's rate. */
function progressive(bands: readonly FeeBand[], units: number, unit: string): FeeBreakdownLine[] {
  const lines: FeeBreakdownLine[] = [];
  for (const band of bands) {
    if (units < band.from) break;
    const to = band.to === null ? units : Math.min(band.to, units);
    const count = to - band.from + 1;
    const range = band.from === to ? `第${to}${unit}` : `第${band.from}—${to}${unit}`;
    lines.push({
      from: band.from,
      to,
      units: count,
      unitYuan: band.unitYuan,
      subtotalYuan: count * band.unitYuan,
      labelZh:
        band.unitYuan === 0
          ? `${range}：免费`
          : `${range}：${count}${unit}×${band.unitYuan}元=${count * band.unitYuan}元`,
    });
  }
  return lines;
}

function noRule(method: FeeMethod, receivedOn: IsoDate): FeeAssessment {
  return {
    method,
    rule: null,
    amountYuan: 0,
    breakdown: [],
    explanation: `${receivedOn} 收到的申请不适用信息处理费：国办函〔2020〕109号自${FEE_RULES_FROM}起施行，此前没有收取信息处理费的依据。`,
    citations: [],
  };
}

function assessment(
  method: FeeMethod,
  rule: string,
  lines: FeeBreakdownLine[],
  subject: string,
  citations: Citation[],
): FeeAssessment {
  const amountYuan = lines.reduce((sum, line) => sum + line.subtotalYuan, 0);
  const detail = lines.map((line) => line.labelZh).join('；');
  return {
    method,
    rule,
    amountYuan,
    breakdown: lines,
    explanation: `${METHOD_LABEL[method]}（超额累进）：${subject}。${detail ? `${detail}；` : ''}合计${amountYuan}元。`,
    citations,
  };
}

/**
 * 按件计收: the fee for `count` requests by one applicant within one calendar month (109号 Art. 4).
 * The 11th request costs 100元, the 31st 200元 …; the breakdown shows each band.
 */
export function perApplicantFee(count: number, receivedOn?: IsoDate): FeeAssessment {
  checkUnits(count, 'count', '同一申请人本自然月累计申请件数');
  const schedule = feeScheduleOn(receivedOn);
  if (!schedule) return noRule('per-applicant', receivedOn ?? '');
  const lines = progressive(perApplicantBands(schedule.value, count), count, UNIT['per-applicant']);
  return assessment('per-applicant', schedule.id, lines, `同一申请人本自然月累计申请${count}件`, [
    schedule.value.citations.perApplicant,
  ]);
}

/** The fee for the `ordinal`-th request of the month alone (what this one request costs). */
export function perApplicantFeeForRequest(ordinal: number, receivedOn?: IsoDate): number {
  if (!Number.isSafeInteger(ordinal) || ordinal < 1) {
    throw new RuleError('FEE_QUANTITY_INVALID', `本月第几件申请应为正整数，收到“${ordinal}”。`, 'ordinal');
  }
  return (
    perApplicantFee(ordinal, receivedOn).amountYuan - perApplicantFee(ordinal - 1, receivedOn).amountYuan
  );
}

/** 按量计收: the fee for one request by the pages provided (109号 Art. 5; non-paper media as pages). */
export function perVolumeFee(pages: number, receivedOn?: IsoDate): FeeAssessment {
  checkUnits(pages, 'pages', '提供信息的页数');
  const schedule = feeScheduleOn(receivedOn);
  if (!schedule) return noRule('per-volume', receivedOn ?? '');
  const lines = progressive(schedule.value.perVolume.bands, pages, UNIT['per-volume']);
  return assessment('per-volume', schedule.id, lines, `本件申请提供${pages}页`, [
    schedule.value.citations.perVolume,
  ]);
}
