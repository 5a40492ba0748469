import type { FormatId, ReportData } from '../report-format/index.ts';

/**
 * shared/domain/checks.md: `error` = the report contradicts itself or the law; `warning` = probably
 * wrong; `info` = worth a look.
 */
export type Severity = 'error' | 'warning' | 'info';

/** One thing wrong with a report — the `findings[]` entry of gongkai.check/v1 (check-output.md). */
export interface Finding {
  code: string;
  severity: Severity;
  /** One Chinese sentence with the numbers on both sides. */
  message: string;
  /** Canonical keys involved (cells, summary keys or `narrative.*`). */
  keys: string[];
  /** The numbers (or raw texts) the message is made of, in the order of `keys` where they align. */
  values: Array<number | string | null>;
  /** The text around the cells or the sentence the finding is about. */
  evidence: string;
}

/**
 * Departments and governments have different publication deadlines (2019 条例 Art. 49): a
 * department by 31 January, a county-level or higher government by 31 March.
 */
export type BodyKind = 'department' | 'government';

export interface CheckContext {
  /** The same body's report for the year before (T3-CARRY, T2-STOCK, L-CUMULATIVE). */
  previous?: ReportData;
  /** Children's reports when `data` is a parent body's 汇总 report (H-SUM). */
  children?: ReportData[];
  /** Names of the children a 汇总 report should cover, when known — the missing ones are named. */
  expectedChildren?: string[];
  /** Told by the caller (console, annual-report generator); otherwise guessed from the name. */
  bodyKind?: BodyKind;
}

/** A rule is a row of data: adding a rule is adding a row to `rules` (rules.ts), its check a function. */
export interface Rule {
  code: string;
  /** Default severity; a finding may be milder when the rule is less sure (documented per rule). */
  severity: Severity;
  /** What the rule checks, one Chinese phrase (docs, HTML legend). */
  title: string;
  /** Article or document the rule rests on. */
  basis: string;
  /** Formats the rule runs on; `'all'` for text, date and parse rules. */
  appliesTo: readonly FormatId[] | 'all';
  run: Check;
}

/** How a rule checks one report; `this` is the rule's row, whose code and severity its findings carry. */
export type Check = (this: Rule, data: ReportData, ctx: CheckContext) => Finding[];

/** ReportData as the parser returns it, broken inputs included (`unreadable`, `problems`). */
export type CheckedReport = ReportData;
