import type {
  ColumnDeclaration,
  FormatDeclaration,
  TableDeclaration,
  TextSpan,
} from '../core/report-format/index.ts';
import {
  indexFormat,
  isGroupHeading,
  matchColumn,
  matchRow,
  matchTableTitle,
  readHeaderCells,
} from './map-index.ts';
import { isNumbered } from './map-labels.ts';
import type { FormatIndex, IndexedRow } from './map-index.ts';
import type { RawCell, RawRow } from './tables.ts';
import { readCell } from './tables-cells.ts';
import { splitDigits } from './tables-split.ts';
import type { SplitRule } from './tables-split.ts';

/**
 * Cells read, in the order they were read. Maps, not objects: three formats are read per report
 * and only the chosen one becomes ReportData's objects (`cellsAsObjects`).
 */
export interface CellsRead {
  fields: Map<string, number | null>;
  cellSources: Map<string, TextSpan>;
  blankCells: string[];
  invalidCells: Map<string, string>;
  warnings: string[];
}

/** What the tables of one format say: canonical cells, where they were read, what was odd. */
export interface TableReading extends CellsRead {
  /** Table ids found with at least one row; statistic tables also list their sections (`statistics.三`). */
  tablesFound: string[];
  /** Distinct declared rows read (the format-detection score). */
  rowsRead: number;
  /** Header cells naming one of this format's columns exactly. */
  headerHits: number;
  /** The table stops mid-row at the end of the text. */
  truncated: boolean;
}

export interface MapOptions {
  /** Figures the prose states about a row (by its labels), for splitting run-together cells. */
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>;
}

export function emptyCells(): CellsRead {
  return { fields: new Map(), cellSources: new Map(), blankCells: [], invalidCells: new Map(), warnings: [] };
}

/** The cells of the chosen reading as ReportData holds them (same keys, same order). */
export function cellsAsObjects(cells: CellsRead) {
  return {
    fields: asObject(cells.fields),
    cellSources: asObject(cells.cellSources),
    blankCells: cells.blankCells,
    invalidCells: asObject(cells.invalidCells),
  };
}

/** A plain loop: several times faster than Object.fromEntries for a few hundred keys. */
function asObject<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of map) out[key] = value;
  return out;
}

/** Reads the rows of the text as the tables of one format. */
export function mapTables(
  rows: readonly RawRow[],
  format: FormatDeclaration,
  options: MapOptions,
): TableReading {
  return new TableMapper(indexFormat(format), rows, options).run();
}

/**
 * A header's column order (kept with the cached header reading) applied to a row's columns: the
 * same pairs come back row after row, report after report.
 */
const orderedColumns = new WeakMap<string[], WeakMap<ColumnDeclaration[], ColumnDeclaration[]>>();
const signedCell = { signed: true };
/** A character trim() keeps: tested without copying the line. */
const visible = /\S/;
const unsignedCell = { signed: false };

class TableMapper {
  private readonly out: TableReading = {
    fields: new Map(),
    cellSources: new Map(),
    blankCells: [],
    invalidCells: new Map(),
    warnings: [],
    tablesFound: [],
    rowsRead: 0,
    headerHits: 0,
    truncated: false,
  };
  private readonly found = new Set<string>();
  private readonly rowsDone = new Set<string>();
  private readonly cursors = new Map<string, number>();
  private current: TableDeclaration | null = null;
  /** Column order read from a header row that names every column of a row. */
  private headerOrder: string[] | null = null;
  private pending: { entry: IndexedRow; cells: RawCell[]; raw: RawRow } | null = null;
  /** A short label line that named no row (maybe the first half of a wrapped label). */
  private unmatchedLabel: string | null = null;
  /** A row whose label named no row (maybe figures after the first half of a wrapped label). */
  private unmatchedRow: RawRow | null = null;
  /** Row labels (read or not) met since the last figures: more than one = ambiguous figures. */
  private rowLabelsWaiting: string[] = [];
  private readonly lastRowIndex: number;

  constructor(
    private readonly index: FormatIndex,
    private readonly rows: readonly RawRow[],
    private readonly options: MapOptions,
  ) {
    let last = rows.length - 1;
    while (last >= 0 && rows[last]!.kind === 'prose' && !visible.test(rows[last]!.line.text)) last--;
    this.lastRowIndex = last;
  }

  run(): TableReading {
    this.rows.forEach((row, i) => this.visit(row, i === this.lastRowIndex));
    this.flushPending(true);
    this.out.rowsRead = this.rowsDone.size;
    this.out.tablesFound = [...this.found];
    return this.out;
  }

  private visit(row: RawRow, isLast: boolean): void {
    switch (row.kind) {
      case 'prose':
        if (visible.test(row.line.text)) {
          this.flushPending(false);
          this.unmatchedLabel = null;
          this.unmatchedRow = null;
          this.rowLabelsWaiting = [];
        }
        return;
      case 'header':
        this.readHeader(row.headers);
        return;
      case 'label':
        this.readLabel(row);
        return;
      case 'values':
        this.readValues(row, isLast);
        return;
      case 'row':
        this.readRow(row, isLast);
        return;
    }
  }

  /**
   * A labelled row. Long labels wrap in PDFs and Word tables: the first half may stand alone on the
   * line before (“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信” / “息公开申请 0 0 …”) or
   * the figures may follow the first half, the rest of the label on the next line.
   */
  private readRow(row: RawRow, isLast: boolean): void {
    if (row.labels.length > 1 && row.cells.every((c) => c.text === '')) {
      // Column names with the empty cells of a merged header (“自然人 | 法人或其他组织 | 总计 | | |”):
      // a header, not 表三's row （七）总计 left blank.
      if (readHeaderCells(this.index, row.labels).best) {
        this.readHeader(row.labels);
        return;
      }
    }
    this.rowLabelsWaiting = [];
    const previousLabel = this.unmatchedLabel;
    this.unmatchedLabel = null;
    this.unmatchedRow = null;
    let entry = matchRow(this.index, row.labels, this.cursors, this.current);
    if (!entry && previousLabel)
      entry = matchRow(this.index, [previousLabel + row.labels.join('')], this.cursors, this.current);
    if (!entry && this.pending && this.pending.cells.length === 0 && row.labels.join('').length <= 16) {
      const { entry: waiting } = this.pending;
      this.pending = null;
      this.assign(waiting, row.cells, row, isLast);
      return;
    }
    this.flushPending(false);
    if (!entry) {
      if (row.labels.join('').length <= 40) this.unmatchedRow = row;
      return;
    }
    this.assign(entry, row.cells, row, isLast);
  }

  private readHeader(headers: readonly string[]): void {
    const { best, title, placeholders } = readHeaderCells(this.index, headers);
    if (title) this.current = title;
    if (!best) {
      if (placeholders === 0 && this.current && headers.length >= 4) {
        // A header that names none of the columns (e.g. row labels printed as a header): the
        // columns are read in the order the form prints them.
        this.headerOrder = null;
      }
      return;
    }
    this.current = best.table;
    this.out.headerHits += best.order.length;
    this.headerOrder = best.order.length === best.columns.length ? best.order : null;
  }

  private readLabel(row: RawRow): void {
    const text = row.labels[0] ?? '';
    const previousLabel = this.unmatchedLabel;
    const previousRow = this.unmatchedRow;
    this.unmatchedLabel = null;
    this.unmatchedRow = null;
    if (previousRow && text.length <= 24) {
      // The rest of a wrapped label, after the figures of its first half.
      const joined = matchRow(this.index, [previousRow.labels.join('') + text], this.cursors, this.current);
      if (joined && !this.rowsDone.has(joined.row.key)) {
        this.assign(joined, previousRow.cells, previousRow, false);
        return;
      }
    }
    const title = matchTableTitle(this.index, text);
    if (title) {
      this.flushPending(false);
      this.current = title;
      this.headerOrder = null;
      return;
    }
    // A column name alone on its line (headers printed one cell per line) keeps the pending row;
    // 总计 is a column here, not 表三's row （七）总计.
    const numbered = isNumbered(text);
    if (!numbered && this.current && matchColumn(this.current.columns, text)) return;
    let entry = matchRow(this.index, row.labels, this.cursors, this.current);
    if ((!entry || this.rowsDone.has(entry.row.key)) && previousLabel) {
      entry = matchRow(this.index, [previousLabel + text], this.cursors, this.current);
    }
    if (entry && !this.rowsDone.has(entry.row.key)) {
      this.rowLabelsWaiting.push(entry.row.key);
      this.flushPending(false);
      this.pending = { entry, cells: [], raw: row };
      return;
    }
    // A numbered label that names no row and no group is a row label we could not read.
    if (numbered && !isGroupHeading(this.index, text)) this.rowLabelsWaiting.push(text);
    if (text.length <= 40) this.unmatchedLabel = text;
    if (text.length > 20) this.flushPending(false);
  }

  private readValues(row: RawRow, isLast: boolean): void {
    const waiting = this.rowLabelsWaiting;
    if (row.cells.length > 0) this.rowLabelsWaiting = [];
    if (this.pending && waiting.length > 1 && row.cells.length > 0) {
      // Several row labels with no figure between them (a PDF converted column by column): the
      // figures that follow cannot be told apart — unless they are the whole table in form order.
      const table = this.pending.entry.table;
      this.pending = null;
      if (table.columns.length > 0 && row.cells.length === table.rows.length * table.columns.length) {
        this.current = table;
        this.readUnlabelled(row.cells, row, isLast);
        return;
      }
      this.out.warnings.push(
        `“${waiting.join('”“')}”几个行名之后的数字“${row.cells.map((c) => c.text).join(' ')}”无法确定属于哪一行，未读取`,
      );
      return;
    }
    if (this.pending) {
      this.pending.cells.push(...row.cells);
      if (this.pending.cells.length >= Math.max(1, this.pending.entry.columns.length)) {
        const { entry, cells, raw } = this.pending;
        this.pending = null;
        this.assign(entry, cells, raw, isLast);
      }
      return;
    }
    this.readUnlabelled(row.cells, row, isLast);
  }

  /**
   * Values with no label: only small tables whose rows are printed as column groups (表四: 行政复议 |
   * 行政诉讼 over one row of 15 figures) are read this way, row after row in the form's order.
   */
  private readUnlabelled(cells: RawCell[], row: RawRow, isLast: boolean): void {
    const table = this.current;
    if (!table || table.rows.length > 3 || table.columns.length === 0) return;
    const k = table.columns.length;
    if (cells.length % k !== 0) return;
    const open = table.rows.filter((r) => !this.rowsDone.has(r.key));
    const count = cells.length / k;
    if (count > open.length) return;
    const start = count === table.rows.length ? 0 : table.rows.length - open.length;
    for (let i = 0; i < count; i++) {
      const entry = this.index.rows.find((r) => r.table === table && r.row === table.rows[start + i]);
      if (entry) this.assign(entry, cells.slice(i * k, (i + 1) * k), row, isLast);
    }
  }

  private flushPending(atEnd: boolean): void {
    if (!this.pending) return;
    const { entry, cells, raw } = this.pending;
    this.pending = null;
    if (cells.length > 0) this.assign(entry, cells, raw, atEnd);
  }

  private assign(entry: IndexedRow, printed: RawCell[], row: RawRow, isLast: boolean): void {
    const { row: declared, table } = entry;
    if (this.rowsDone.has(declared.key)) return;
    const columns = entry.columns;
    let cells = printed;
    const label = row.labels.at(-1) ?? declared.label;
    if (columns.length === 0) {
      const filled = cells.filter((c) => c.text !== '');
      if (cells.length === 0) return;
      if (filled.length > 1) {
        this.out.warnings.push(`“${label}”一行有 ${filled.length} 个数字，无法确定哪一个是统计数，未读取`);
        this.out.invalidCells.set(declared.key, filled.map((c) => c.text).join(' '));
        this.out.fields.set(declared.key, null);
      } else {
        this.setCell(declared.key, filled[0] ?? cells[0]!, null);
      }
      this.markRow(entry);
      return;
    }
    const k = columns.length;
    while (cells.length > k && cells.at(-1)!.text === '') cells = cells.slice(0, -1);
    while (cells.length > k && cells[0]!.text === '') cells = cells.slice(1);
    const order = this.columnOrder(columns);
    if (cells.length === k) {
      order.forEach((column, i) => this.setCell(entry.cellKeys.get(column.key)!, cells[i]!, column));
      this.markRow(entry);
      return;
    }
    if (cells.length === 1 && /^\d+$/.test(cells[0]!.text) && cells[0]!.text.length >= k) {
      this.splitRunTogether(entry, cells[0]!, order, row);
      return;
    }
    const keys = order.map((c) => entry.cellKeys.get(c.key)!);
    if (cells.length < k && isLast) {
      // Cut off mid-row at the end of the text: the cells that are there are in column order.
      order.slice(0, cells.length).forEach((column, i) => this.setCell(keys[i]!, cells[i]!, column));
      for (const key of keys.slice(cells.length)) this.out.fields.set(key, null);
      this.out.truncated = true;
      this.out.warnings.push(
        `“${label}”一行在文本末尾中断，只有 ${cells.length} 个单元格，其余 ${k - cells.length} 个缺失`,
      );
      this.markRow(entry);
      return;
    }
    // A plain line with a row's name and a figure or two is prose (“（一）予以公开 26件”), not the row:
    // the table may still come.
    if (row.kind === 'row' && !row.tabular && row.cells.length === printed.length) return;
    for (const key of keys) this.out.fields.set(key, null);
    this.out.warnings.push(
      `“${label}”一行有 ${cells.length} 个单元格，而${table.title}该行应有 ${k} 列，无法确定各数字所属列，以下单元格未读取：${keys.join('、')}`,
    );
    this.markRow(entry);
  }

  private splitRunTogether(entry: IndexedRow, cell: RawCell, order: ColumnDeclaration[], row: RawRow): void {
    const keys = order.map((c) => entry.cellKeys.get(c.key)!);
    const rule: SplitRule = { hints: this.options.hintsFor([...row.labels, entry.row.label]) };
    const totalAt = order.findIndex((c) => c.key === '总计');
    if (totalAt === order.length - 1 && order.length >= 3) {
      rule.holds = (parts) => parts.slice(0, -1).reduce((a, b) => a + b, 0) === parts.at(-1);
    }
    const result = splitDigits(cell.text, order.length, rule);
    const label = row.labels.at(-1) ?? entry.row.label;
    if (!result.parts) {
      for (const key of keys) this.out.fields.set(key, null);
      this.out.invalidCells.set(keys[0]!, cell.text);
      this.out.warnings.push(
        `“${label}”一行的数字粘连为“${cell.text}”，按 ${order.length} 列拆分有 ${result.candidates} 种可能，无法确定，未读取`,
      );
      this.markRow(entry);
      return;
    }
    const parts = result.parts;
    keys.forEach((key, i) => {
      this.out.fields.set(key, parts[i]!);
      this.out.cellSources.set(key, { start: cell.start, end: cell.end });
    });
    const basis = { only: '按列数（只有一种拆法）', arithmetic: '按列数与合计关系', prose: '按正文所述数字' }[
      result.basis
    ];
    this.out.warnings.push(`“${label}”一行的数字粘连为“${cell.text}”，${basis}拆分为 ${parts.join(' | ')}`);
    this.markRow(entry);
  }

  private columnOrder(columns: ColumnDeclaration[]): ColumnDeclaration[] {
    const order = this.headerOrder;
    if (!order || order.length !== columns.length) return columns;
    let byColumns = orderedColumns.get(order);
    if (!byColumns) orderedColumns.set(order, (byColumns = new WeakMap()));
    let ordered = byColumns.get(columns);
    if (!ordered) {
      const byKey = new Map(columns.map((c) => [c.key, c]));
      const found = order.map((k) => byKey.get(k));
      ordered = found.every((c): c is ColumnDeclaration => c !== undefined) ? found : columns;
      byColumns.set(columns, ordered);
    }
    return ordered;
  }

  private setCell(key: string, cell: RawCell, column: ColumnDeclaration | null): void {
    if (this.out.fields.has(key)) return;
    this.out.cellSources.set(key, { start: cell.start, end: cell.end });
    const value = readCell(cell.text, column?.signed === true ? signedCell : unsignedCell);
    if (value.kind === 'blank') {
      this.out.fields.set(key, null);
      this.out.blankCells.push(key);
    } else if (value.kind === 'invalid') {
      this.out.fields.set(key, null);
      this.out.invalidCells.set(key, value.raw);
    } else {
      this.out.fields.set(key, this.inColumnUnit(key, value.value, value.unit, column));
    }
  }

  /** 采购总金额 is kept in 元 and 收费金额 in 万元, whatever unit the cell printed. */
  private inColumnUnit(
    key: string,
    value: number,
    unit: string | undefined,
    column: ColumnDeclaration | null,
  ) {
    const wanted = column?.unit;
    if (!unit || !wanted || unit === wanted) return value;
    if (wanted === '元' && unit === '万元') {
      this.out.warnings.push(`“${key}”以万元填写，已换算为元`);
      return Math.round(value * 1000000) / 100;
    }
    if (wanted === '万元' && unit === '元') {
      this.out.warnings.push(`“${key}”以元填写，已换算为万元`);
      return value / 10000;
    }
    return value;
  }

  private markRow(entry: IndexedRow): void {
    this.rowsDone.add(entry.row.key);
    this.cursors.set(entry.table.id, Math.max(this.cursors.get(entry.table.id) ?? -1, entry.order));
    this.current = entry.table;
    this.found.add(entry.table.id);
    if (entry.section) this.found.add(entry.section);
  }
}
