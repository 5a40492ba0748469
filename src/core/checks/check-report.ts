import type { ReportData } from '../report-format/index.ts';
import { withSharedFieldKeys } from './cells.ts';
import { rules as allRules } from './rules.ts';
import type { CheckContext, CheckedReport, Finding, Rule, Severity } from './types.ts';

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every rule that applies to the report's format. Pure: same data and context, same findings.
 * A rule that throws on odd data must not cost the other rules: its failure becomes a finding.
 */
export function checkReport(
  data: ReportData,
  context: CheckContext = {},
  rules: readonly Rule[] = allRules,
): Finding[] {
  return withSharedFieldKeys(() => runRules(data, context, rules));
}

function runRules(data: ReportData, context: CheckContext, rules: readonly Rule[]): Finding[] {
  const report = data as CheckedReport;
  // An unreadable input has nothing else to check: only the parse findings.
  const active = report.unreadable ? rules.filter((r) => r.code.startsWith('P-')) : rules;
  const out: Finding[] = [];
  for (const rule of active) {
    if (rule.appliesTo !== 'all' && !rule.appliesTo.includes(data.format)) continue;
    try {
      out.push(...rule.run(data, context));
    } catch (error) {
      out.push({
        code: rule.code,
        severity: 'info',
        message: `规则 ${rule.code} 无法处理本报告的数据（${error instanceof Error ? error.message : String(error)}），未检查`,
        keys: [],
        values: [],
        evidence: '',
      });
    }
  }
  // Stable order: by severity, then by the rules table.
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}
