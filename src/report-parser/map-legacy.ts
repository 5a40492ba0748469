import { legacyColumns, legacyLabelToSummaryKey } from '../core/report-format/index.ts';
import type { SummaryKey } from '../core/report-format/index.ts';
import { emptyCells } from './map.ts';
import type { CellsRead } from './map.ts';
import { labelKey, stripNumbering } from './map-labels.ts';
import type { RawCell, RawRow } from './tables.ts';
import { readCell } from './tables-cells.ts';
import { splitDigits } from './tables-split.ts';

/**
 * Local templates of 2008–2013 (Fujian style: 指标 | 单位 | 本年度 | 历年累计). There is no national
 * declaration: cells are keyed `<label as printed, without numbering>.<column>` and mapped onto the
 * summary keys by label, with a note for every mapping (report-formats.md).
 */
export type LegacyReading = CellsRead & {
  rows: number;
};

const thisYearHeader = /^(?:本年度?|本年数|当年|\d{4}年度?)$/;
const cumulativeHeader = /^(?:历年累计|累计|累计数|历年|自\d{4}年以来累计)$/;

/** `主动公开信息数条` (unit glued to the label by a lost separator) → `主动公开信息数`. */
function printedLabel(label: string): string {
  return stripNumbering(label.replace(/\s+/g, ''))
    .replace(/[（(](?:条|件|个|次|人次|人|万元|元|项)[)）]$/, '')
    .replace(/(?<=数)(?:条|件|个|次|人次|人|项)$/, '')
    .replace(/[:：]$/, '');
}

export function mapLegacy(
  rows: readonly RawRow[],
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
) {
  const out: LegacyReading = { ...emptyCells(), rows: 0 };
  const summaryFrom = new Map<SummaryKey, string>();
  let columns: string[] | null = null;
  for (const row of rows) {
    if (row.kind === 'header' || (row.kind === 'label' && row.labels.length > 1)) {
      const cells = (row.kind === 'header' ? row.headers : row.labels).map((h) => labelKey(h));
      const thisYear = cells.findIndex((c) => thisYearHeader.test(c));
      const cumulative = cells.findIndex((c) => cumulativeHeader.test(c));
      columns =
        thisYear >= 0 && cumulative >= 0
          ? thisYear < cumulative
            ? [legacyColumns.thisYear, legacyColumns.cumulative]
            : [legacyColumns.cumulative, legacyColumns.thisYear]
          : null;
      continue;
    }
    if (!columns) continue;
    if (row.kind === 'prose' && row.line.text.trim().length > 40) {
      columns = null;
      continue;
    }
    if (row.kind !== 'row' || row.labels.length === 0) continue;
    const label = printedLabel(row.labels.at(-1)!);
    if (!label || out.fields.has(`${label}.${legacyColumns.thisYear}`)) continue;
    const values = readLegacyCells(row, columns, label, hintsFor, out);
    if (!values) continue;
    out.rows++;
    const thisYear = values[legacyColumns.thisYear];
    const mapping = legacyLabelToSummaryKey.find((m) => m.pattern.test(label));
    if (mapping && !summaryFrom.has(mapping.key) && thisYear !== undefined) {
      summaryFrom.set(mapping.key, label);
      out.fields.set(mapping.key, thisYear);
      if (label !== mapping.key) out.warnings.push(`地方表格“${label}”按汇总指标“${mapping.key}”计入`);
    }
  }
  return out;
}

function readLegacyCells(
  row: RawRow,
  columns: string[],
  label: string,
  hintsFor: (labels: readonly string[]) => ReadonlySet<number>,
  out: LegacyReading,
): Record<string, number | null> | null {
  let cells: RawCell[] = row.cells;
  while (cells.length > 2 && cells.at(-1)!.text === '') cells = cells.slice(0, -1);
  const values: Record<string, number | null> = {};
  if (cells.length === 1 && /^\d{2,}$/.test(cells[0]!.text)) {
    const thisYearFirst = columns[0] === legacyColumns.thisYear;
    const split = splitDigits(cells[0]!.text, 2, {
      // The cumulative count includes this year's (L-CUMULATIVE).
      holds: ([a, b]) => (thisYearFirst ? b! >= a! : a! >= b!),
      hints: hintsFor([label]),
    });
    if (!split.parts) {
      for (const c of columns) out.fields.set(`${label}.${c}`, null);
      out.invalidCells.set(`${label}.${columns[0]}`, cells[0]!.text);
      out.warnings.push(
        `“${label}”一行的数字粘连为“${cells[0]!.text}”，无法确定本年度与历年累计如何拆分，未读取`,
      );
      return values;
    }
    columns.forEach((c, i) => {
      const key = `${label}.${c}`;
      out.fields.set(key, split.parts[i]!);
      values[c] = split.parts[i]!;
      out.cellSources.set(key, { start: cells[0]!.start, end: cells[0]!.end });
    });
    out.warnings.push(
      `“${label}”一行的数字粘连为“${cells[0]!.text}”，按${{ only: '列数（只有一种拆法）', arithmetic: '历年累计不小于本年度', prose: '正文所述数字' }[split.basis]}拆分为 ${split.parts.join(' | ')}`,
    );
    return values;
  }
  if (cells.length !== 2) return null;
  columns.forEach((c, i) => {
    const key = `${label}.${c}`;
    const cell = cells[i]!;
    out.cellSources.set(key, { start: cell.start, end: cell.end });
    const value = readCell(cell.text);
    if (value.kind === 'number') {
      out.fields.set(key, value.value);
      values[c] = value.value;
    } else {
      out.fields.set(key, null);
      values[c] = null;
      if (value.kind === 'blank') out.blankCells.push(key);
      else out.invalidCells.set(key, value.raw);
    }
  });
  return values;
}
