import type { IsoDate } from '../calendar/date.ts';
import { isIsoDate } from '../calendar/date.ts';
import { RuleError } from '../calendar/errors.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { addWorkingDays } from '../calendar/working-calendar.ts';
import type { Citation } from '../statutes/citation.ts';
import { ruleOn } from '../statutes/dated-rule.ts';
import { proactivePublicationRules, REGIME_2008_FROM } from '../statutes/rules.ts';

export interface ProactiveDue {
  dueDate: IsoDate;
  workingDays: number;
  citation: Citation;
  explanation: string;
}

/**
 * Publication due date of a proactive item: 20 working days from the day after it was made or
 * changed (2019 Art. 26; 2008 Art. 18), unless a law sets another period — pass it as `overrideWorkingDays`.
 */
export function proactivePublicationDueDate(
  calendar: WorkingCalendar,
  madeOrChangedOn: IsoDate,
  overrideWorkingDays?: number,
): ProactiveDue {
  if (!isIsoDate(madeOrChangedOn)) {
    throw new RuleError(
      'DATE_INVALID',
      `形成或变更日期“${madeOrChangedOn}”不是有效日期（应为YYYY-MM-DD）。`,
      'madeOrChangedOn',
    );
  }
  const rule = ruleOn(proactivePublicationRules, madeOrChangedOn);
  if (!rule) {
    throw new RuleError(
      'REGULATION_NOT_IN_FORCE',
      `${madeOrChangedOn} 早于条例施行之日（${REGIME_2008_FROM}）。`,
    );
  }
  if (
    overrideWorkingDays !== undefined &&
    (!Number.isInteger(overrideWorkingDays) || overrideWorkingDays < 1)
  ) {
    throw new RuleError('WORKING_DAYS_INVALID', `公开期限应为正整数个工作日，收到“${overrideWorkingDays}”。`);
  }
  const workingDays = overrideWorkingDays ?? rule.value.workingDays;
  const dueDate = addWorkingDays(calendar, madeOrChangedOn, workingDays);
  return {
    dueDate,
    workingDays,
    citation: rule.citation,
    explanation: `信息于${madeOrChangedOn}形成或变更，${overrideWorkingDays === undefined ? `依${rule.citation.article}` : '依其他法律、法规规定'}自次日起算${workingDays}个工作日内公开，最迟${dueDate}。`,
  };
}
