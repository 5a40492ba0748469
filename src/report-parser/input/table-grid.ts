import { pipeRow } from './types.ts';

/** One cell as read from the markup, before merged cells are spread over the grid. */
export interface SourceCell {
  text: string;
  colSpan: number;
  /** Rows covered; 0 = to the end of the table (HTML rowspan="0"). */
  rowSpan: number;
  /** A DOCX cell continuing the vertically merged cell above (`w:vMerge` without `restart`). */
  continuesAbove?: boolean;
}

const maxSpan = 200;

/**
 * Lays merged cells out on a grid and renders one pipe line per row. A cell merged down
 * (rowspan) is repeated in every row it covers, so each row carries its group label
 * (三、本年度办理结果 …); a cell merged across (colspan) is written once, because repeating a figure
 * would invent cells. A row that is one cell across the whole table (a caption, a note) is
 * returned as plain text.
 */
export function renderGrid(rows: readonly (readonly SourceCell[])[]): string[] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  const owner: (SourceCell | undefined)[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (grid[r]![c] !== undefined) c++;
      const colSpan = clampSpan(cell.colSpan);
      if (cell.continuesAbove && r > 0) {
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r]![c + dc] = grid[r - 1]![c + dc] ?? '';
          owner[r]![c + dc] = owner[r - 1]![c + dc] ?? cell;
        }
        c += colSpan;
        continue;
      }
      const rowSpan = cell.rowSpan === 0 ? rows.length - r : clampSpan(cell.rowSpan);
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          grid[r + dr]![c + dc] = cell.text;
          owner[r + dr]![c + dc] = cell;
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const lines: string[] = [];
  grid.forEach((row, r) => {
    const owners = owner[r]!;
    if (row.every((slot) => !slot)) return;
    const first = owners[0];
    if (row.length === width && first && owners.every((o) => o === first)) {
      lines.push(first.text);
      return;
    }
    const cells: string[] = [];
    for (let c = 0; c < row.length; c++) {
      // Skip the slots a colspan covers after its first; holes (no cell at all) stay empty cells.
      if (c > 0 && owners[c] !== undefined && owners[c] === owners[c - 1]) continue;
      cells.push(row[c] ?? '');
    }
    lines.push(pipeRow(cells));
  });
  return lines;
}

function clampSpan(span: number): number {
  return Number.isFinite(span) && span >= 1 ? Math.min(Math.floor(span), maxSpan) : 1;
}
