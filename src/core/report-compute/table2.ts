import { cells, findTable, formats } from '../report-format/index.ts';
import type { ComputedTable } from './national-2014.ts';

/** What the catalogue knows about one kind of document (规章, 规范性文件) for a report year. */
export interface DocumentFacts {
  /** Made (制发 / 新制作) in the year. */
  made: number;
  /** Repealed (废止) in the year; null when the records cannot tell (then entered as a figure). */
  repealed: number | null;
  /** In force on 31 December. */
  inForce: number;
  /** Published (新公开) in the year. */
  publishedInYear: number;
  /** Published in total up to 31 December (对外公开总数量). */
  publishedTotal: number;
}

export interface CatalogueFacts {
  regulations: DocumentFacts;
  normativeDocuments: DocumentFacts;
}

export type Table2Format = 'gov-2019' | 'gov-2021';

/** Which catalogue fact fills which column (表二 第二十条第（一）项 of each format). */
const DOCUMENT_COLUMNS: Record<Table2Format, Record<string, keyof DocumentFacts>> = {
  'gov-2021': { 本年制发件数: 'made', 本年废止件数: 'repealed', 现行有效件数: 'inForce' },
  'gov-2019': { 本年新制作数量: 'made', 本年新公开数量: 'publishedInYear', 对外公开总数量: 'publishedTotal' },
};
const DOCUMENT_ROWS: Record<Table2Format, Record<string, keyof CatalogueFacts>> = {
  'gov-2021': { 规章: 'regulations', 行政规范性文件: 'normativeDocuments' },
  'gov-2019': { 规章: 'regulations', 规范性文件: 'normativeDocuments' },
};

/**
 * 表二 of a format: 规章 and 规范性文件 from the catalogue; the other rows (许可/处罚/强制 decisions,
 * 收费, 采购 …) are figures the body enters. A figure not entered stays null and is named in the
 * notes — never a silent 0.
 */
export function table2Fields(
  formatId: Table2Format,
  catalogue: CatalogueFacts,
  figures: Readonly<Record<string, number>>,
): { fields: Record<string, number | null>; notes: string[] } & Pick<ComputedTable, 'notes'> {
  const table = findTable(formats[formatId], 'table2');
  if (!table) throw new Error(`format ${formatId} has no 表二`);
  const fields: Record<string, number | null> = {};
  const missing: string[] = [];
  for (const cell of cells(formats[formatId]).filter((c) => c.table === 'table2')) {
    const factsOf = DOCUMENT_ROWS[formatId][cell.row.key];
    const fact = cell.column && DOCUMENT_COLUMNS[formatId][cell.column.key];
    if (factsOf && fact && figures[cell.key] === undefined) {
      const value = catalogue[factsOf][fact];
      fields[cell.key] = value;
      if (value === null) missing.push(cell.key);
      continue;
    }
    const figure = figures[cell.key];
    fields[cell.key] = figure ?? null;
    if (figure === undefined) missing.push(cell.key);
  }
  for (const key of Object.keys(figures)) {
    if (!(key in fields)) throw new Error(`${formatId} 表二没有单元格 ${key}`);
  }
  const notes = missing.length > 0 ? [`表二以下单元格尚未填报：${missing.join('、')}`] : [];
  return { fields, notes };
}
