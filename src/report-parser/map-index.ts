import type {
  ColumnDeclaration,
  FormatDeclaration,
  RowDeclaration,
  TableDeclaration,
} from '../core/report-format/index.ts';
import { labelKey, labelKeyWithNotes, labelScore } from './map-labels.ts';

/** A declared row with its comparable label keys and its place in the form (for ordered matching). */
export interface IndexedRow {
  table: TableDeclaration;
  row: RowDeclaration;
  columns: ColumnDeclaration[];
  /** Position of the row in its table. */
  order: number;
  keys: string[];
  /** Field key of each of the row's cells by column key (`表三.一.自然人`), built once. */
  cellKeys: ReadonlyMap<string, string>;
  /** `statistics.三`: the section of its table the row sits in, when the table has several. */
  section: string | null;
}

export interface FormatIndex {
  format: FormatDeclaration;
  rows: IndexedRow[];
  /** Comparable title keys of each table (a heading naming the table opens it). */
  titles: Array<{ table: TableDeclaration; key: string }>;
  /** Declared rows by exact label key (the common case, looked up without a scan). */
  exact: Map<string, IndexedRow[]>;
  /** Declared rows by the first two characters of a key: a label can only contain (or begin) a
   * declared key where that pair occurs in it, so only those rows are scored. */
  byLeadingPair: Map<string, IndexedRow[]>;
  /** Keys of the group headings rows sit under (（三）不予公开, 三、本年度办理结果 …). */
  groups: string[];
  /** Each distinct set of columns (a table's, or a 表二 row's own) with its labels' keys. */
  columnSets: ColumnSet[];
  /** Printed label → the rows it may name, with scores (labels repeat across a batch). */
  scores: Map<string, ScoredRow[]>;
  /** Heading text → the table it names (or null); headings repeat across a batch. */
  titleOf: Map<string, TableDeclaration | null>;
  /** Header cells (joined by newlines) → what they name. */
  headers: Map<string, HeaderReading>;
}

/** What a header row names: the columns of one table in printed order, a table title, placeholders. */
export interface HeaderReading {
  /** The column set naming the most columns (at least two), with the column keys in printed order. */
  best: { table: TableDeclaration; columns: ColumnDeclaration[]; order: string[] } | null;
  title: TableDeclaration | null;
  /** Cells like 数据1, 列2: a generated header that names nothing. */
  placeholders: number;
}

export interface ColumnSet {
  table: TableDeclaration;
  columns: ColumnDeclaration[];
  /** Label or alias key → column key. */
  byLabel: Map<string, string>;
}

/** Printed labels longer than this are prose, never a row label of any form. */
const maxLabelKey = 60;

const cache = new Map<string, FormatIndex>();

export function indexFormat(format: FormatDeclaration): FormatIndex {
  const cached = cache.get(format.id);
  if (cached) return cached;
  const rows: IndexedRow[] = [];
  for (const table of format.tables) {
    const sectioned = format.chapters.filter((c) => c.tableId === table.id).length > 1;
    table.rows.forEach((row, order) => {
      const keys = new Set([labelKey(row.label), ...(row.aliases ?? []).map(labelKey)]);
      const columns = row.columns ?? table.columns;
      const number = sectioned ? /^([一二三四五六七八九十]+)、/.exec(row.group ?? '')?.[1] : undefined;
      rows.push({
        table,
        row,
        columns,
        order,
        keys: [...keys].filter(Boolean),
        cellKeys: new Map(columns.map((c) => [c.key, `${row.key}.${c.key}`])),
        section: number ? `${table.id}.${number}` : null,
      });
    });
  }
  const titles = format.tables.flatMap((table) => [
    { table, key: labelKey(table.title) },
    { table, key: labelKey(table.chapter) },
  ]);
  const exact = new Map<string, IndexedRow[]>();
  for (const entry of rows) {
    for (const key of entry.keys) exact.set(key, [...(exact.get(key) ?? []), entry]);
  }
  const byLeadingPair = new Map<string, IndexedRow[]>();
  for (const entry of rows) {
    for (const pair of new Set(entry.keys.map((k) => k.slice(0, 2)))) {
      byLeadingPair.set(pair, [...(byLeadingPair.get(pair) ?? []), entry]);
    }
  }
  const groups = [...new Set(rows.map((r) => labelKey(r.row.group ?? '')).filter(Boolean))];
  const columnSets: ColumnSet[] = [];
  for (const table of format.tables) {
    for (const columns of [table.columns, ...table.rows.map((r) => r.columns ?? [])]) {
      if (columns.length === 0 || columnSets.some((set) => set.columns === columns)) continue;
      const byLabel = new Map<string, string>();
      for (const c of columns)
        for (const label of [c.label, ...(c.aliases ?? [])]) byLabel.set(labelKey(label), c.key);
      columnSets.push({ table, columns, byLabel });
    }
  }
  const index: FormatIndex = {
    format,
    rows,
    titles,
    exact,
    byLeadingPair,
    groups,
    columnSets,
    scores: new Map(),
    titleOf: new Map(),
    headers: new Map(),
  };
  cache.set(format.id, index);
  return index;
}

/**
 * The declared row a printed label names. Best label score wins; among equals, the first row at or
 * after the table's cursor (so 被依法纠错数 under 四、行政复议 and under 五、行政诉讼 land in their own
 * sections), preferring the current table.
 */
export function matchRow(
  index: FormatIndex,
  printedLabels: readonly string[],
  cursors: ReadonlyMap<string, number>,
  current: TableDeclaration | null,
): IndexedRow | null {
  let best: IndexedRow | null = null;
  let bestRank = -1;
  // The row's own label is the last label cell; a group cell before it (（三）不予公开) only helps
  // when the last one alone says nothing.
  const last = printedLabels[printedLabels.length - 1];
  if (last === undefined) return null;
  const candidates = printedLabels.length > 1 ? [last, printedLabels.join('')] : [last];
  for (let attempt = 0; attempt < candidates.length; attempt++) {
    for (const { entry, score } of scoredRows(index, candidates[attempt]!)) {
      const cursor = cursors.get(entry.table.id) ?? -1;
      const ahead = entry.order > cursor ? 1 : 0;
      const inCurrent = current !== null && entry.table.id === current.id ? 1 : 0;
      // Rank: label score, then first attempt, then ahead of the cursor, then current table, then earliest.
      const rank =
        score * 1000 +
        (attempt === 0 ? 100 : 0) +
        ahead * 20 +
        inCurrent * 10 -
        Math.min(entry.order, 9) / 10;
      if (rank > bestRank) {
        bestRank = rank;
        best = entry;
      }
    }
  }
  return best;
}

export interface ScoredRow {
  entry: IndexedRow;
  score: number;
}

/** Every declared row a printed label may name, with its label score (independent of position). */
function scoredRows(index: FormatIndex, printed: string): ScoredRow[] {
  // Cached per format: printed labels repeat (three formats tried, many reports per batch).
  const hit = index.scores.get(printed);
  if (hit) return hit;
  const keys: string[] = [];
  for (const key of [labelKey(printed), labelKeyWithNotes(printed)]) {
    if (key.length > 0 && key.length <= maxLabelKey && !keys.includes(key)) keys.push(key);
  }
  const out: ScoredRow[] = [];
  for (const key of keys) for (const entry of index.exact.get(key) ?? []) out.push({ entry, score: 3 });
  if (out.length === 0) {
    const seen = new Set<IndexedRow>();
    for (const key of keys) {
      for (let i = 0; i < key.length - 1; i++) {
        const entries = index.byLeadingPair.get(key.slice(i, i + 2));
        if (entries) for (const entry of entries) seen.add(entry);
      }
    }
    for (const entry of seen) {
      let score = 0;
      for (const key of keys)
        for (const declared of entry.keys) score = Math.max(score, labelScore(key, declared));
      if (score > 0) out.push({ entry, score });
    }
  }
  keep(index.scores, printed, out);
  return out;
}

/** A label line that is (the start of) a group heading, not a row: （三）不予公开, or “（三）不” cut by a wrap. */
export function isGroupHeading(index: FormatIndex, text: string): boolean {
  const key = labelKey(text);
  return key.length > 0 && index.groups.some((g) => g.startsWith(key) || key.startsWith(g));
}

/** The table a heading line names (二、主动公开政府信息情况 …), if any. */
export function matchTableTitle(index: FormatIndex, text: string): TableDeclaration | null {
  let table = index.titleOf.get(text);
  if (table === undefined) {
    table = titleNamed(index, text);
    keep(index.titleOf, text, table);
  }
  return table;
}

/** Per-format caches are bounded: a long batch of distinct texts starts them afresh. */
const maxKept = 50000;

function keep<V>(cache: Map<string, V>, text: string, value: V): void {
  if (cache.size >= maxKept) cache.clear();
  cache.set(text, value);
}

function titleNamed(index: FormatIndex, text: string): TableDeclaration | null {
  const key = labelKey(text);
  if (key.length < 4 || key.length > 40) return null;
  for (const { table, key: title } of index.titles) {
    if (title.length >= 4 && (key === title || (key.includes(title) && key.length <= title.length + 8))) {
      return table;
    }
  }
  return null;
}

/** Column key a header cell names within the given columns, exact label or alias only. */
export function matchColumn(columns: readonly ColumnDeclaration[], text: string): ColumnDeclaration | null {
  const key = labelKey(text);
  if (!key) return null;
  for (const column of columns) {
    if (labelKey(column.label) === key || (column.aliases ?? []).some((a) => labelKey(a) === key))
      return column;
  }
  return null;
}

const placeholderHeader = /^(数据|列|栏目?)\d+$/;

/** Which table's columns a header row names, and in what order (cached per format). */
export function readHeaderCells(index: FormatIndex, headers: readonly string[]): HeaderReading {
  const id = headers.join('\n');
  let reading = index.headers.get(id);
  if (reading === undefined) {
    reading = headerNamed(index, headers);
    keep(index.headers, id, reading);
  }
  return reading;
}

function headerNamed(index: FormatIndex, headers: readonly string[]): HeaderReading {
  let best: HeaderReading['best'] = null;
  const keys = headers.map((h) => labelKey(h));
  for (const { table, columns, byLabel } of index.columnSets) {
    const order: string[] = [];
    for (const key of keys) {
      const column = byLabel.get(key);
      if (column !== undefined && !order.includes(column)) order.push(column);
    }
    if (order.length >= 2 && (!best || order.length > best.order.length)) best = { table, columns, order };
  }
  const title = headers.map((h) => matchTableTitle(index, h)).find((t) => t) ?? null;
  const placeholders = headers.filter((h) => placeholderHeader.test(h.replace(/\s+/g, ''))).length;
  return { best, title, placeholders };
}
