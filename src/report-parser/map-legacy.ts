import { legacyColumns, legacyLabelToSummaryKey } from '../core/report-format/index.ts';
import type { SummaryKey } from '../core/report-format/index.ts';
import { emptyCells } from './map.ts';
import type { CellsRead } from './map.ts';
import { cached, labelKey, stripNumbering } from './map-labels.ts';
import { fromCells, splitCells } from './tables.ts';
import type { RawCell, RawRow } from './tables.ts';
import { isBlankText, isUnitCell, readCell } from './tables-cells.ts';
import { splitDigits } from './tables-split.ts';

/**
 * Local templates of 2008–2013 (Fujian style: 指标 | 单位 | 本年度 | 历年累计; others add a 代码
 * column, a 上年度 or 增减 column). There is no national declaration: cells are keyed
 * `<label as printed, without numbering>.<column>` and mapped onto the summary keys by label, with
 * a note for every mapping (report-formats.md, “legacy-local (2008–2013) and the summary keys”).
 * A label printed twice under different parents (`其中：(11)其它原因` under two totals) is keyed
 * under its parent with `.`, as sub-items are in the national form.
 */
export type LegacyReading = CellsRead & {
  rows: number;
};

/** `serial`: a 序号 column before the labels (its numbers are not figures and not the label). */
type Role = 'thisYear' | 'cumulative' | 'value' | 'unit' | 'code' | 'serial' | 'other';
interface Column {
  role: Role;
  /** The key suffix (`本年度`, `历年累计`, `上年度`, `增减`, `本年累计`). */
  name: string;
  signed?: boolean;
}

const namedColumns: Array<[RegExp, Column]> = [
  [/^(?:计量)?单位$/, { role: 'unit', name: '单位' }],
  [/^(?:代码|序号|行次|编号)$/, { role: 'code', name: '代码' }],
  [/^(?:本年度?|本年数|本年度数|当年|本年实际)$/, { role: 'thisYear', name: legacyColumns.thisYear }],
  // An annual report on a periodic form: the period is the year.
  [/^本期(?:实际|数)?$/, { role: 'thisYear', name: '本期实际' }],
  [
    /^(?:历年累计数?|累计数?|历年|历年总计|自\d{4}年以来累计)$/,
    { role: 'cumulative', name: legacyColumns.cumulative },
  ],
  // The year's running total on a periodic form: not a cumulative over the years (no L-CUMULATIVE).
  [/^本年累计$/, { role: 'value', name: '本年累计' }],
  [/^(?:上年度?|上年数|上年同期)$/, { role: 'value', name: '上年度' }],
  [/^(?:比上年)?(?:同比)?增减(?:数|量)?$/, { role: 'value', name: '增减', signed: true }],
  [/^(?:备注|说明)$/, { role: 'other', name: '备注' }],
];
/** Header cells over the label column, and the form's column letters (甲 乙 丙). */
const labelHeader = /^(?:指标|指标名称|统计指标|项目|名称|内容|类别|指|标|名|称|项|目|[甲乙丙丁])$/;
const yearHeader = /^(\d{4})年度?$/;

/**
 * The column a header token names, cached: every header and label line of every report is asked
 * (ten patterns each), and the tokens repeat. Callers copy a column before changing it.
 */
const columnOf = new Map<string, Column | null>();

function namedColumn(token: string): Column | null {
  return cached(columnOf, token, columnNamed);
}

function columnNamed(token: string): Column | null {
  for (const [pattern, column] of namedColumns) if (pattern.test(token)) return column;
  return yearHeader.test(token) ? { role: 'thisYear', name: legacyColumns.thisYear } : null;
}

const isDataColumn = (c: Column | null) =>
  c !== null && c.role !== 'unit' && c.role !== 'code' && c.role !== 'serial' && c.role !== 'other';
/** Columns whose cells stand after the label (the 单位 column is read apart, 序号 before it). */
const cellColumns = (columns: readonly Column[]) =>
  columns.filter((c) => c.role !== 'unit' && c.role !== 'serial');

/**
 * The columns named by the header tokens seen since the last data row (a header may be printed
 * over several lines or one cell per line: `历年` / `累计`, `计量` / `单位`). Null unless the header
 * names this year's column and one more figure column.
 */
export function legacyHeader(tokens: readonly string[]): Column[] | null {
  const columns: Column[] = [];
  const years: number[] = [];
  let sawLabel = false;
  for (let i = 0; i < tokens.length; i++) {
    if (labelHeader.test(tokens[i]!)) sawLabel = true;
    // `历年` / `累计`, `计量` / `单位` printed on two lines; `本年 | 累计` stay two columns.
    const alone = namedColumn(tokens[i]!);
    const after = i + 1 < tokens.length ? namedColumn(tokens[i + 1]!) : null;
    const pair =
      i + 1 < tokens.length && (alone === null || alone.role === after?.role)
        ? namedColumn(tokens[i]! + tokens[i + 1]!)
        : null;
    const token = pair ? tokens[i]! + tokens[++i]! : tokens[i]!;
    const column = pair ?? alone;
    if (column?.role === 'code' && !sawLabel && columns.length === 0) {
      columns.push({ role: 'serial', name: '序号' });
    } else if (column) {
      const year = yearHeader.exec(token);
      if (year) years.push(Number(year[1]));
      columns.push(year ? { ...column, name: token } : column);
    } else if (columns.some(isDataColumn)) {
      // Words after the figure columns (备注-like): a column of its own.
      columns.push({ role: 'other', name: token });
    }
    // Words before the first figure column (指标, 数量 over two sub-columns) name no column.
  }
  // Two year columns (2012年 | 2011年): the later is this year's, the year before is 上年度.
  const latest = Math.max(...years);
  for (const c of columns) {
    const year = yearHeader.exec(c.name);
    if (!year) continue;
    const y = Number(year[1]);
    c.name = y === latest ? legacyColumns.thisYear : y === latest - 1 ? '上年度' : c.name;
    c.role = y === latest ? 'thisYear' : 'value';
  }
  const thisYear = columns.filter((c) => c.role === 'thisYear').length;
  const figures = columns.filter(isDataColumn).length;
  return thisYear === 1 && figures >= 2 ? columns : null;
}

/** `主动公开信息数条` (unit glued to the label by a lost separator) → `主动公开信息数`. */
function printedLabel(label: string): string {
  return stripNumbering(label.replace(/\s+/g, ''))
    .replace(/[（(](?:条|件|个|次|人次|人|万元|元|项)[)）]$/, '')
    .replace(/(?<=数)(?:条|件|个|次|人次|人|项)$/, '')
    .replace(/[:：*＊]+$/, '');
}

type Numbering = 'cn' | 'arabic' | 'arabicParen' | 'circled' | null;
const wherein = /^其中\s*[:：]?\s*/;

function numberingOf(label: string): Numbering {
  if (/^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）])/.test(label))
    return 'cn';
  if (/^\d{1,2}\s*[、.．](?!\d)/.test(label)) return 'arabic';
  if (/^[（(]\s*\d{1,2}\s*[)）]/.test(label)) return 'arabicParen';
  return /^[①-⑳]/.test(label) ? 'circled' : null;
}

/**
 * The parent of each row: a `其中：` row is under the row printed just before it, and the rows
 * numbered like it after it (`其中：1.当面申请数`, `2.传真申请数` …) are under the same parent.
 */
class Parents {
  private stack: Array<{ numbering: Numbering; parent: string }> = [];
  private previous: string | null = null;

  next(rawLabel: string, label: string): string | null {
    const raw = rawLabel.replace(/\s+/g, '');
    let parent: string | null = null;
    if (wherein.test(raw)) {
      parent = this.previous;
      if (parent !== null) this.stack.push({ numbering: numberingOf(raw.replace(wherein, '')), parent });
    } else {
      const numbering = numberingOf(raw);
      if (numbering !== null && numbering !== 'cn') {
        while (this.stack.length > 0 && this.stack.at(-1)!.numbering !== numbering) this.stack.pop();
      } else {
        this.stack = [];
      }
      parent = this.stack.at(-1)?.parent ?? null;
    }
    this.previous = label;
    return parent;
  }
}

/** A data row of the table, before its key is known. */
interface LegacyRow {
  label: string;
  parent: string | null;
  cells: RawCell[];
  units: string[];
  columns: Column[];
  /** The figures were glued to the label (`主动公开信息数条4251516`). */
  runTogether: boolean;
}

/** A label printed alone, its cells following one per line (PDF text layers, Word exports). */
interface Pending {
  raw: string;
  cells: RawCell[];
  units: string[];
}

const maxHeaderTokens = 16;

export function mapLegacy(
  rows: readonly RawRow[],
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
) {
  const out: LegacyReading = { ...emptyCells(), rows: 0 };
  const found: LegacyRow[] = [];
  let columns: Column[] | null = null;
  let header: string[] = [];
  let pending: Pending | null = null;
  let parents = new Parents();

  const serialColumn = () => columns?.[0]?.role === 'serial';
  const slotsOf = (cols: Column[]) => cellColumns(cols).length;
  const take = (printed: string, cells: RawCell[], units: string[], runTogether = false) => {
    // `1 主动公开信息数` under a 序号 column: the number is not part of the label.
    const raw = serialColumn() ? printed.replace(/^\s*\d{1,3}(?![\d.、．])\s*/, '') : printed;
    const label = printedLabel(raw);
    const parent = parents.next(raw, label);
    header = [];
    // A row with no unit and no figure (一、主动公开情况): a heading, the parent of what follows.
    if (!label || (units.length === 0 && cells.every((c) => c.text === ''))) return;
    found.push({ label, parent, cells, units, columns: columns!, runTogether });
  };
  const flush = () => {
    if (pending && columns) take(pending.raw, pending.cells, pending.units);
    pending = null;
  };
  const addHeader = (tokens: readonly string[], tabular: boolean) => {
    const keys = tokens.map((t) => labelKey(t)).filter((t) => t !== '');
    const before = header.at(-1) ?? '';
    header = [...header, ...keys].slice(-maxHeaderTokens);
    if (!keys.some((k, i) => isDataColumn(namedColumn(k)) || namedColumn((keys[i - 1] ?? before) + k))) {
      // A header naming no figure column starts another table (a 表 of another layout).
      if (tabular || keys.length >= 3) columns = null;
      return;
    }
    const next = legacyHeader(header);
    if (next) {
      columns = next;
      parents = new Parents();
    }
  };
  const isHeaderToken = (text: string) => {
    const key = labelKey(text);
    return labelHeader.test(key) || namedColumn(key) !== null;
  };

  for (const row of rows) {
    const serialRow = serialColumn() && row.tabular && row.kind === 'header';
    if (serialRow && /^\d{1,3}$/.test(row.headers[0]!)) {
      // `| 1 | 主动公开信息数 | 条 | 425 | 1516 |`: the row reader took the words after the 序号 for a header.
      flush();
      const data = afterSerial(row);
      if (data.kind === 'row') take(data.labels.at(-1)!, data.cells, data.units);
      continue;
    }
    if (row.kind === 'header' || (row.kind === 'label' && row.labels.length > 1)) {
      flush();
      addHeader(row.kind === 'header' ? row.headers : row.labels, row.tabular || row.kind === 'header');
      continue;
    }
    if (row.kind === 'label' && isHeaderToken(row.labels[0]!)) {
      flush();
      addHeader(row.labels, false);
      continue;
    }
    if (!columns) {
      if (row.kind === 'label') header = [...header, labelKey(row.labels[0]!)].slice(-maxHeaderTokens);
      continue;
    }
    const text = row.line.text.trim();
    if (row.kind === 'prose') {
      if (text.length > 40) {
        flush();
        columns = null;
      } else if (/^[|｜]$/.test(text) && pending && pending.cells.length < slotsOf(columns)) {
        // `|` alone: an empty cell of a table printed one cell per line (or the row's closing bar).
        pending.cells.push({ text: '', start: row.line.start, end: row.line.start });
      }
      continue;
    }
    if (row.kind === 'values') {
      if (!pending) continue;
      for (const cell of row.cells) {
        // The next row's 序号 printed on the line after this row's last figure.
        if (serialColumn() && pending.cells.length >= slotsOf(columns)) break;
        if (pending.cells.length === 0 && pending.units.length === 0 && isUnitCell(cell.text))
          pending.units.push(cell.text);
        else pending.cells.push(cell);
      }
      pending.units.push(...row.units);
      continue;
    }
    if (row.kind === 'label' && pending?.cells.length === 0 && isUnitCell(row.labels[0]!)) {
      // The 单位 cell on its own line (`条`): plain words, not a figure.
      pending.units.push(row.labels[0]!);
      continue;
    }
    flush();
    if (row.kind === 'label') {
      pending = { raw: row.labels[0]!, cells: [], units: [] };
      continue;
    }
    if (row.kind === 'row' && row.labels.length > 0)
      take(row.labels.at(-1)!, row.cells, row.units, row.runTogether);
  }
  flush();
  writeRows(found, out, hintsFor);
  return out;
}

/** A pipe or tab row read again without its 序号 cell. */
function afterSerial(row: RawRow): RawRow {
  const cells = splitCells(row.line, row.line.text.includes('|') ? '|' : '\t');
  return fromCells(row.line, cells.slice(cells.findIndex((c) => c.text !== '') + 1), true);
}

function writeRows(
  found: readonly LegacyRow[],
  out: LegacyReading,
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
) {
  const parentsOf = new Map<string, Set<string | null>>();
  for (const r of found) {
    const set = parentsOf.get(r.label) ?? new Set();
    set.add(r.parent);
    parentsOf.set(r.label, set);
  }
  const keys = new Set<string>();
  const summaryFrom = new Map<SummaryKey, string>();
  for (const r of found) {
    const key = r.parent !== null && parentsOf.get(r.label)!.size > 1 ? `${r.parent}.${r.label}` : r.label;
    if (keys.has(key)) {
      out.warnings.push(`地方表格“${key}”一行重复出现，只读取第一次出现的数字`);
      continue;
    }
    const values = readLegacyCells(r, key, hintsFor, out);
    if (!values) continue;
    keys.add(key);
    out.rows++;
    const thisYear = values.thisYear;
    const mapping = legacyLabelToSummaryKey.find((m) => m.pattern.test(r.label));
    if (mapping && !summaryFrom.has(mapping.key) && thisYear !== undefined) {
      summaryFrom.set(mapping.key, r.label);
      out.fields.set(mapping.key, thisYear);
      if (r.label !== mapping.key) out.warnings.push(`地方表格“${r.label}”按汇总指标“${mapping.key}”计入`);
    }
  }
}

/** The row's cells placed on the header's figure columns; null when they cannot be placed. */
function placeCells(r: LegacyRow, slots: readonly Column[]): RawCell[] | null {
  let cells = r.cells;
  while (cells.length > slots.length && cells.at(-1)!.text === '') cells = cells.slice(0, -1);
  const unitColumn = r.columns.some((c) => c.role === 'unit');
  // The 单位 column printed empty (or with a word the row reader did not take for a unit).
  if (cells.length === slots.length + 1 && unitColumn && r.units.length === 0) {
    if (isBlankText(cells[0]!.text) || isUnitCell(cells[0]!.text)) cells = cells.slice(1);
  }
  return cells.length === slots.length ? cells : null;
}

function readLegacyCells(
  r: LegacyRow,
  key: string,
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
  out: LegacyReading,
): { thisYear?: number | null } | null {
  const slots = cellColumns(r.columns);
  const figures = slots.filter(isDataColumn);
  const cells = placeCells(r, slots);
  if (!cells) {
    const glued = r.runTogether && r.cells.length === 1 && /^\d{2,}$/.test(r.cells[0]!.text);
    if (glued && figures.length === slots.length) return splitGlued(r, key, figures, hintsFor, out);
    // A lone figure under two columns may be either: never placed by guess.
    if (r.cells.some((c) => readCell(c.text).kind === 'number')) {
      const printed = r.cells.map((c) => c.text || '（空）').join(' | ');
      out.warnings.push(
        `地方表格“${key}”一行有 ${r.cells.length} 个单元格（${printed}），与表头的 ${slots.length} 列对不上，未读取`,
      );
    }
    return null;
  }
  const values: { thisYear?: number | null } = {};
  slots.forEach((column, i) => {
    if (!isDataColumn(column)) return;
    const cellKey = `${key}.${column.name}`;
    const cell = cells[i]!;
    out.cellSources.set(cellKey, { start: cell.start, end: cell.end });
    const value = readCell(cell.text, { signed: column.signed === true });
    const read = value.kind === 'number' ? value.value : null;
    out.fields.set(cellKey, read);
    if (column.role === 'thisYear') values.thisYear = read;
    if (value.kind === 'blank') out.blankCells.push(cellKey);
    else if (value.kind === 'invalid') out.invalidCells.set(cellKey, value.raw);
  });
  return values;
}

/** `主动公开信息数条4251516`: the figures run together; split only where one cut is certain. */
function splitGlued(
  r: LegacyRow,
  key: string,
  figures: readonly Column[],
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
  out: LegacyReading,
): { thisYear?: number | null } {
  const cell = r.cells[0]!;
  const year = figures.findIndex((c) => c.role === 'thisYear');
  const cumulative = figures.findIndex((c) => c.role === 'cumulative');
  const signed = figures.some((c) => c.signed);
  const split = signed
    ? { parts: null }
    : splitDigits(cell.text, figures.length, {
        // The cumulative count includes this year's (L-CUMULATIVE).
        holds: cumulative >= 0 ? (parts) => parts[cumulative]! >= parts[year]! : undefined,
        hints: hintsFor([r.label]),
      });
  if (!split.parts) {
    for (const c of figures) out.fields.set(`${key}.${c.name}`, null);
    out.invalidCells.set(`${key}.${figures[0]!.name}`, cell.text);
    out.warnings.push(
      `“${key}”一行的数字粘连为“${cell.text}”，无法确定${figures.map((c) => c.name).join('与')}如何拆分，未读取`,
    );
    return {};
  }
  figures.forEach((c, i) => {
    const cellKey = `${key}.${c.name}`;
    out.fields.set(cellKey, split.parts[i]!);
    out.cellSources.set(cellKey, { start: cell.start, end: cell.end });
  });
  const basis = { only: '列数（只有一种拆法）', arithmetic: '历年累计不小于本年度', prose: '正文所述数字' }[
    split.basis
  ];
  out.warnings.push(`“${key}”一行的数字粘连为“${cell.text}”，按${basis}拆分为 ${split.parts.join(' | ')}`);
  return { thisYear: split.parts[year]! };
}
