import type { ReportData } from '../report-format/index.ts';
import { cellEvidence } from './evidence.ts';
import type { Finding, Rule, Severity } from './types.ts';

/** Builds a finding of a rule; the evidence defaults to the printed rows of the cells involved. */
export function finding(
  rule: Pick<Rule, 'code' | 'severity'>,
  data: ReportData,
  f: {
    message: string;
    keys: string[];
    values: Array<number | string | null>;
    evidence?: string;
    severity?: Severity;
  },
): Finding {
  return {
    code: rule.code,
    severity: f.severity ?? rule.severity,
    message: f.message,
    keys: f.keys,
    values: f.values,
    evidence: f.evidence ?? cellEvidence(data, f.keys),
  };
}

export const govFormats = ['gov-2019', 'gov-2021'] as const;
