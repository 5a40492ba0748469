import type { ReportMetadata } from '../../core/report-format/report-data.ts';

/** What kind of document the bytes were (after sniffing magic bytes, not only the file name). */
export type SourceKind = 'text' | 'html' | 'pdf' | 'docx';

/**
 * A problem met while reading, with a stable code (the checker turns `unreadable` into P-UNREADABLE;
 * the other codes are kept in ReportData.warnings as `code：message`).
 */
export interface SourceWarning {
  code: SourceWarningCode;
  message: string;
}

export type SourceWarningCode =
  | 'P-EMPTY'
  | 'P-BINARY'
  | 'P-ENCODING'
  | 'P-NO-TEXT-LAYER'
  | 'P-TABLE-NO-RULES'
  | 'P-TRUNCATED'
  | 'P-UNSUPPORTED-FORMAT'
  | 'P-TOO-LARGE'
  | 'P-BROKEN-FILE';

/**
 * Step 1 of the parser: bytes + file name → text. Every table row of an HTML/DOCX/PDF input is one
 * line `| cell | cell |`; a merged cell's text is repeated in every grid slot it covers (so every
 * row has the full column count and each row carries its group label); an empty cell stays `|  |`.
 */
export interface ReportSource {
  text: string;
  kind: SourceKind;
  /** The character encoding the bytes were decoded from (text/HTML only). */
  encoding?: string;
  warnings: SourceWarning[];
  /** Set when nothing usable could be read: the reason (the checker reports P-UNREADABLE). */
  unreadable?: SourceWarning;
  /** Page metadata found structurally (e.g. HTML `<title>`); normalize adds the 索引号 table. */
  metadata?: ReportMetadata;
}

export function warning(code: SourceWarningCode, message: string): SourceWarning {
  return { code, message };
}

/** Renders one table row as a pipe line; `|` inside a cell would split it, so it becomes `｜`. */
export function pipeRow(cells: readonly string[]): string {
  // Cells rarely hold a `|`: those that do not are kept as they are, without a replace.
  return `| ${cells.map((cell) => (cell.includes('|') ? cell.replaceAll('|', '｜') : cell)).join(' | ')} |`;
}
