import type {
  CellDeclaration,
  ColumnDeclaration,
  FormatDeclaration,
  FormatId,
  TableDeclaration,
} from './types.ts';
import { gov2019, gov2021 } from './gov.ts';
import { national2014 } from './national-2014.ts';
import { legacyLocal, narrativeOnly } from './legacy.ts';

export * from './types.ts';
export * from './report-data.ts';
export * from './summary.ts';
export { applicantColumns, applicantPartColumns, outcomeRowKeys, table4 } from './table3.ts';
export { national2014RefusalReasonKeys } from './national-2014.ts';
export { legacyColumns } from './legacy.ts';
export { narrativeVocabulary } from './narrative.ts';
export type { NarrativeEntry } from './narrative.ts';

export const formats: Record<FormatId, FormatDeclaration> = {
  'gov-2021': gov2021,
  'gov-2019': gov2019,
  'national-2014': national2014,
  'legacy-local': legacyLocal,
  'narrative-only': narrativeOnly,
};

/** The national format in force for a report year (report-formats.md, first table). */
export function formatForYear(year: number): FormatDeclaration {
  if (year >= 2021) return gov2021;
  if (year >= 2019) return gov2019;
  if (year >= 2014) return national2014;
  return legacyLocal;
}

export function findTable(format: FormatDeclaration, tableId: string): TableDeclaration | undefined {
  return format.tables.find((t) => t.id === tableId);
}

/** The columns of one row: its own, or the table's; an empty list = a single-value row. */
export function rowColumns(table: TableDeclaration, rowKey: string): ColumnDeclaration[] {
  const row = table.rows.find((r) => r.key === rowKey);
  return row?.columns ?? table.columns;
}

/** Every cell of a format with its canonical key `<row>.<column>` (or `<row>` for single values). */
export function cells(format: FormatDeclaration): CellDeclaration[] {
  return format.tables.flatMap((table) =>
    table.rows.flatMap((row): CellDeclaration[] => {
      const columns = row.columns ?? table.columns;
      if (columns.length === 0) return [{ key: row.key, table: table.id, row, column: null }];
      return columns.map((column) => ({ key: `${row.key}.${column.key}`, table: table.id, row, column }));
    }),
  );
}

export function cellKeys(format: FormatDeclaration): string[] {
  return cells(format).map((c) => c.key);
}
