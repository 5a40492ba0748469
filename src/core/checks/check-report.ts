import type { FormatId, ReportData } from '../report-format/index.ts';
import { withSharedFieldKeys } from './cells.ts';
import { rules as allRules } from './rules.ts';
import type { CheckContext, CheckedReport, Finding, Rule, Severity } from './types.ts';

/** The rules of a table that run on a format (or, `unreadable`, on a broken input), listed once. */
const activeRules = new WeakMap<readonly Rule[], Map<string, readonly Rule[]>>();

function rulesFor(rules: readonly Rule[], format: FormatId, unreadable: boolean): readonly Rule[] {
  let byFormat = activeRules.get(rules);
  if (!byFormat) {
    byFormat = new Map();
    activeRules.set(rules, byFormat);
  }
  const key = unreadable ? `unreadable ${format}` : format;
  let active = byFormat.get(key);
  if (!active) {
    // An unreadable input has nothing else to check: only the parse findings.
    active = rules.filter(
      (r) =>
        (!unreadable || r.code.startsWith('P-')) && (r.appliesTo === 'all' || r.appliesTo.includes(format)),
    );
    byFormat.set(key, active);
  }
  return active;
}

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
  // Stable order: by severity, then by the rules table — one list per severity, filled in order.
  const found: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const rule of rulesFor(rules, data.format, Boolean(report.unreadable))) {
    try {
      for (const f of rule.run(data, context)) found[f.severity].push(f);
    } catch (error) {
      found.info.push({
        code: rule.code,
        severity: 'info',
        message: `规则 ${rule.code} 无法处理本报告的数据（${error instanceof Error ? error.message : String(error)}），未检查`,
        keys: [],
        values: [],
        evidence: '',
      });
    }
  }
  return [...found.error, ...found.warning, ...found.info];
}
