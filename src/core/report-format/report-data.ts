import type { FormatId } from './types.ts';

/**
 * What the parser reads from a published report and what the generator produces from live data:
 * the one input of the checker (shared/DESIGN.md “One checker”).
 */
export interface ReportData {
  format: FormatId;
  /** Report year (the year reported on), null when it cannot be told. */
  year: number | null;
  /** Body name (发布机构 / 报告主体). */
  agency: string | null;
  /** Canonical keys (cells of the format + summary keys) → number; null = absent or blank. */
  fields: Record<string, number | null>;
  /** Figures stated in prose, with the sentence they came from. */
  narrative: NarrativeFigure[];
  /** The whole normalised (simplified-script, cleaned) text; offsets below point into it. */
  text: string;
  /** Chapters (一、总体情况 …) found, in order. */
  chapters: ChapterFound[];
  /** Tables found (by declaration id) — S-SECTIONS checks required tables against this. */
  tablesFound: string[];
  /** Page metadata header (索引号, 发布机构, 公开目录, 发布日期, 文号) when present. */
  metadata: ReportMetadata;
  /** Where each cell's value was read: offsets into `text`. */
  cellSources: Record<string, TextSpan>;
  /** Cells printed as `-`, `—`, `/` or left empty where a number is required (L-BLANK, T3-NONNEG). */
  blankCells: string[];
  /** Cells whose text was not a number (letters in number cells …), with the raw text. */
  invalidCells: Record<string, string>;
  /** Parser notes: inferred splits of run-together cells, label mappings, … (Chinese). */
  warnings: string[];
  script: 'simplified' | 'traditional';
  /** Report dates found: signature date, publication date, statistic period. */
  dates: ReportDates;
  /** Set when the input could not be read as a report at all (the checker reports P-UNREADABLE). */
  unreadable?: string;
  /** Parse problems with stable P-… codes (empty file, binary, no text layer, cut off mid-table …). */
  problems?: ParseProblem[];
}

export interface ParseProblem {
  /** `P-EMPTY`, `P-BINARY`, `P-NO-TEXT-LAYER`, `P-TRUNCATED`, `P-UNREADABLE` … */
  code: string;
  /** One Chinese sentence saying what is wrong. */
  message: string;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface NarrativeFigure {
  /** `narrative.<what>`, e.g. `narrative.收到申请`, `narrative.主动公开政府信息数`. */
  key: string;
  value: number;
  /** The sentence the figure came from. */
  text: string;
  /** Unit as printed (件, 条, %, 万元 …). */
  unit?: string;
  span?: TextSpan;
}

export interface ChapterFound {
  number: string;
  title: string;
  span: TextSpan;
}

export interface ReportMetadata {
  indexNumber?: string;
  publisher?: string;
  catalogue?: string;
  publishedOn?: string;
  documentNumber?: string;
  title?: string;
}

export interface ReportDates {
  /** Date under the signature at the end (YYYY-MM-DD). */
  signedOn?: string;
  /** Publication date from the page metadata or crawler header. */
  publishedOn?: string;
  /** The statistic period stated in the text, if any; `blank` when printed empty (“自至”). */
  period?: { from?: string; to?: string; blank?: boolean; text: string };
}

/** An empty ReportData to build on. */
export function emptyReportData(format: FormatId = 'narrative-only'): ReportData {
  return {
    format,
    year: null,
    agency: null,
    fields: {},
    narrative: [],
    text: '',
    chapters: [],
    tablesFound: [],
    metadata: {},
    cellSources: {},
    blankCells: [],
    invalidCells: {},
    warnings: [],
    script: 'simplified',
    dates: {},
  };
}
