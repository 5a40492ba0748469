/** The checker: every rule of shared/domain/checks.md as data, run on any ReportData. */
export { checkReport } from './check-report.ts';
export { toCheckDocument } from './document.ts';
export type { CheckDocument } from './document.ts';
export { rules, ruleCodes } from './rules.ts';
export { guessBodyKind } from './rules/dates.ts';
export { isSummaryReport } from './rules/hierarchy.ts';
export type { BodyKind, CheckContext, CheckedReport, Finding, Rule, Severity } from './types.ts';
