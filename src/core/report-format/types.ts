/**
 * Report formats as data (shared/domain/report-formats.md). One declaration per format drives the
 * computation, the renderers, the parser and the checker: adding a format is adding data.
 */
export type FormatId = 'legacy-local' | 'national-2014' | 'gov-2019' | 'gov-2021' | 'narrative-only';

export interface ColumnDeclaration {
  /** Canonical column key, the part after the row key: `自然人`, `本年制发件数` … */
  key: string;
  /** Official label as printed. */
  label: string;
  /** Other labels seen in published reports for the same column. */
  aliases?: string[];
  unit?: string;
  /** Decimal (e.g. 万元) rather than a whole count. */
  decimal?: boolean;
  /** May be negative (gov-2019 `本年增/减`). */
  signed?: boolean;
}

export interface RowDeclaration {
  /** Canonical row key: `不予公开.属于国家秘密`, `规章`, `收到申请数.当面申请数` … */
  key: string;
  /** Official label as printed (without numbering where the format numbers rows). */
  label: string;
  aliases?: string[];
  /** The article a table-2 row comes from, e.g. 第二十条第（一）项. */
  article?: string;
  /** Heading the row sits under in the official form (`（三）不予公开`), for rendering. */
  group?: string;
  unit?: string;
  decimal?: boolean;
  /** Columns of this row when they differ from the table's (gov-2021 表二). */
  columns?: ColumnDeclaration[];
  /** For single-column statistic tables: the row's parts, when the form says they add up to it. */
  parts?: string[];
}

export interface TableDeclaration {
  /** `table2`, `table3`, `table4`, `statistics` (national-2014). */
  id: string;
  /** Chapter heading the table belongs to: 二、主动公开政府信息情况 … */
  chapter: string;
  title: string;
  rows: RowDeclaration[];
  /** Columns shared by every row (a row may override). Empty for single-value tables. */
  columns: ColumnDeclaration[];
}

export interface ChapterDeclaration {
  /** 一 … 六 (or 一 … 九 for the national-2014 statistic sections). */
  number: string;
  title: string;
  /** Does the chapter carry a table (S-SECTIONS checks its presence)? */
  tableId?: string;
  required: boolean;
}

export interface FormatDeclaration {
  id: FormatId;
  name: string;
  /** Document that set the format, e.g. 国办公开办函〔2021〕30号. */
  basis: string;
  /** Report years the format applies to (inclusive); `to` null = still in force. */
  years: { from: number; to: number | null };
  chapters: ChapterDeclaration[];
  tables: TableDeclaration[];
}

/** One table cell: its canonical key and how to read/print it. */
export interface CellDeclaration {
  key: string;
  table: string;
  row: RowDeclaration;
  column: ColumnDeclaration | null;
}
