import {
  formats,
  type FormatId,
  type RowDeclaration,
  type TableDeclaration,
} from '../../core/report-format/index.ts';

/**
 * A table as the official form prints it: header rows with merged cells, then body rows. One
 * layout feeds the HTML, DOCX and XLSX renderers, so the three cannot drift apart.
 */
export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** Canonical key when the cell holds a figure. */
  key?: string;
  heading?: boolean;
}

export interface TableGrid {
  id: string;
  chapter: string;
  title: string;
  /** Number of columns of the full grid. */
  width: number;
  header: GridCell[][];
  body: GridCell[][];
}

type Fields = Readonly<Record<string, number | null | undefined>>;

/** Figures as printed: integers plain, 万元 with up to four decimals, blank stays blank. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
}

const figure = (fields: Fields, key: string, extra: Partial<GridCell> = {}): GridCell => ({
  text: formatFigure(fields[key]),
  key,
  ...extra,
});

/** 表三's label path: 三、本年度办理结果 → （三）不予公开 → 1.属于国家秘密. */
function labelPath(row: RowDeclaration): string[] {
  if (!row.group) return [row.label];
  if (row.group.startsWith('（')) return ['三、本年度办理结果', row.group, row.label];
  return [row.group, row.label];
}

/**
 * Lays out label columns of `depth` with merged cells: a label shared by consecutive rows spans
 * them (rowSpan); a path shorter than `depth` spans the remaining columns (colSpan).
 */
function labelColumns(paths: string[][], depth: number): GridCell[][] {
  const prefix = (path: string[] | undefined, level: number) =>
    path && path.length > level + 1 ? path.slice(0, level + 1).join('|') : null;
  return paths.map((path, i) =>
    path.flatMap((label, level): GridCell[] => {
      if (level === path.length - 1) {
        return [{ text: label, heading: true, ...(depth - level > 1 ? { colSpan: depth - level } : {}) }];
      }
      const group = prefix(path, level);
      if (prefix(paths[i - 1], level) === group) return [];
      let span = 1;
      while (prefix(paths[i + span], level) === group) span += 1;
      return [{ text: label, heading: true, ...(span > 1 ? { rowSpan: span } : {}) }];
    }),
  );
}

function table3Grid(table: TableDeclaration, fields: Fields): TableGrid {
  const parts = table.columns.filter((c) => c.key !== '自然人' && c.key !== '总计');
  const header: GridCell[][] = [
    [
      {
        text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        colSpan: 3,
        rowSpan: 3,
        heading: true,
      },
      { text: '申请人情况', colSpan: 7, heading: true },
    ],
    [
      { text: '自然人', rowSpan: 2, heading: true },
      { text: '法人或其他组织', colSpan: parts.length, heading: true },
      { text: '总计', rowSpan: 2, heading: true },
    ],
    parts.map((c) => ({ text: c.label, heading: true })),
  ];
  const labels = labelColumns(table.rows.map(labelPath), 3);
  const body = table.rows.map((row, i) => [
    ...(labels[i] ?? []),
    ...table.columns.map((c) => figure(fields, `${row.key}.${c.key}`)),
  ]);
  return { id: table.id, chapter: table.chapter, title: table.title, width: 10, header, body };
}

function table4Grid(table: TableDeclaration, fields: Fields): TableGrid {
  const n = table.columns.length;
  const litigation = table.rows.filter((r) => r.group === '行政诉讼');
  const review = table.rows.filter((r) => r.group !== '行政诉讼');
  const header: GridCell[][] = [
    [
      ...review.map((r) => ({ text: r.label, colSpan: n, rowSpan: 2, heading: true })),
      { text: '行政诉讼', colSpan: n * litigation.length, heading: true },
    ],
    litigation.map((r) => ({ text: r.label, colSpan: n, heading: true })),
    table.rows.flatMap(() => table.columns.map((c) => ({ text: c.label, heading: true }))),
  ];
  const body = [table.rows.flatMap((r) => table.columns.map((c) => figure(fields, `${r.key}.${c.key}`)))];
  return {
    id: table.id,
    chapter: table.chapter,
    title: table.title,
    width: n * table.rows.length,
    header,
    body,
  };
}

/** 表二 as printed: one block per article — article line, column headings, rows. */
function table2Grid(table: TableDeclaration, fields: Fields): TableGrid {
  const width = 1 + Math.max(...table.rows.map((r) => (r.columns ?? table.columns).length));
  const body: GridCell[][] = [];
  let article: string | undefined;
  let columnsShown = '';
  for (const row of table.rows) {
    const columns = row.columns ?? table.columns;
    if (row.article !== article) {
      article = row.article;
      body.push([{ text: row.article ?? '', colSpan: width, heading: true }]);
      columnsShown = '';
    }
    const spanLast = (i: number) =>
      i === columns.length - 1 && width - 1 > columns.length ? { colSpan: width - columns.length } : {};
    const signature = columns.map((c) => c.key).join('|');
    if (signature !== columnsShown) {
      columnsShown = signature;
      body.push([
        { text: '信息内容', heading: true },
        ...columns.map((c, i) => ({ text: c.label, heading: true, ...spanLast(i) })),
      ]);
    }
    body.push([
      { text: row.label, heading: true },
      ...columns.map((c, i) => figure(fields, `${row.key}.${c.key}`, spanLast(i))),
    ]);
  }
  return { id: table.id, chapter: table.chapter, title: table.title, width, header: [], body };
}

/** The 2014–2018 统计表: 统计指标 | 单位 | 统计数, a heading row per section, sub-items indented. */
function statisticsGrid(table: TableDeclaration, fields: Fields): TableGrid {
  const header: GridCell[][] = [
    [
      { text: '统计指标', heading: true },
      { text: '单位', heading: true },
      { text: '统计数', heading: true },
    ],
  ];
  const body: GridCell[][] = [];
  let section: string | undefined;
  for (const row of table.rows) {
    if (row.group !== section) {
      section = row.group;
      body.push([{ text: section ?? '', colSpan: 3, heading: true }]);
    }
    const depth = row.key.split('.').length - (/\.\d\./.test(row.key) ? 1 : 0);
    const label = depth > 1 ? `${'　'.repeat(depth - 1)}其中：${row.label}` : row.label;
    body.push([{ text: label, heading: true }, { text: row.unit ?? '' }, figure(fields, row.key)]);
  }
  return { id: table.id, chapter: table.chapter, title: table.title, width: 3, header, body };
}

/** Every table of the format, laid out as the official form. */
export function tableGrids(formatId: FormatId, fields: Fields): TableGrid[] {
  return formats[formatId].tables.map((table) => {
    if (table.id === 'table3') return table3Grid(table, fields);
    if (table.id === 'table4') return table4Grid(table, fields);
    if (table.id === 'table2') return table2Grid(table, fields);
    return statisticsGrid(table, fields);
  });
}

export interface PlacedCell {
  /** 0-based row and column in the full grid (header rows first). */
  row: number;
  col: number;
  cell: GridCell;
}

/** Positions of the cells once merged cells take their space (as a spreadsheet needs them). */
export function placeGrid(grid: TableGrid): PlacedCell[] {
  const taken = new Set<string>();
  const placed: PlacedCell[] = [];
  [...grid.header, ...grid.body].forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c += 1;
      placed.push({ row: r, col: c, cell });
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) taken.add(`${r + dr},${c + dc}`);
      }
      c += cell.colSpan ?? 1;
    }
  });
  return placed;
}
