import { renderGrid } from './table-grid.ts';
import type { SourceCell } from './table-grid.ts';
import { joinCellParts, trimLine, collapseBlanks } from './text-lines.ts';
import { pipeRow } from './types.ts';
import { foldCompatibilityIdeographs } from '../normalize/width.ts';

/** A run of text as the PDF positions it (page space, y up; `y` is the baseline). */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in page units. */
  size: number;
}

/** The bounding box of a drawn path (a table border, a cell rectangle), page space. */
export interface PdfBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PdfPageContent {
  width: number;
  height: number;
  runs: PdfTextRun[];
  boxes: PdfBox[];
}

export interface PageLayout {
  lines: string[];
  /** Rows split by gaps between words, without ruling lines: empty cells cannot be placed. */
  gapRows: number;
  chars: number;
}

interface Glyph {
  char: string;
  x0: number;
  x1: number;
  /** Vertical centre. */
  cy: number;
  baseline: number;
  size: number;
}

/** Ruling lines closer than this (page units, 1/72 in) are the same line. */
const tolerance = 2.5;
/** Pages with more drawn paths than this are charts or scans of vectors: no grid detection. */
const maxBoxes = 4000;

/**
 * One page's text layer → text lines. Tables drawn with ruling lines are rebuilt from the lines
 * (cells, merged cells, empty cells), other rows from the gaps between words; prose lines that
 * wrap at the right margin are joined back into paragraphs.
 */
export function layoutPage(page: PdfPageContent): PageLayout {
  const glyphs = dropOverprint(page.runs.flatMap(toGlyphs));
  const tables = page.boxes.length <= maxBoxes ? findTables(page.boxes, page.width * page.height) : [];
  for (const table of tables) extendOverPageBreak(table, glyphs);
  const blocks: {
    top: number;
    lines: string[];
    left: number;
    right: number;
    plain: boolean;
    size: number;
  }[] = [];
  const outside: Glyph[] = [];
  const inTable = glyphs.map(() => -1);
  glyphs.forEach((glyph, i) => {
    const cx = (glyph.x0 + glyph.x1) / 2;
    inTable[i] = tables.findIndex(
      (t) =>
        cx >= t.xs[0]! &&
        cx <= t.xs[t.xs.length - 1]! &&
        glyph.cy <= t.ys[0]! &&
        glyph.cy >= t.ys[t.ys.length - 1]!,
    );
    if (inTable[i] === -1) outside.push(glyph);
  });
  tables.forEach((table, t) => {
    const lines = renderTable(
      table,
      glyphs.filter((_, i) => inTable[i] === t),
    );
    if (lines.length > 0) blocks.push({ top: table.ys[0]!, lines, left: 0, right: 0, plain: false, size: 0 });
  });
  let gapRows = 0;
  for (const line of groupLines(outside)) {
    const row = gapTableRow(line);
    if (row) gapRows++;
    blocks.push({
      top: line[0]!.baseline,
      lines: [row ?? lineText(line)],
      left: line[0]!.x0,
      right: line[line.length - 1]!.x1,
      plain: !row,
      size: line[0]!.size,
    });
  }
  blocks.sort((a, b) => b.top - a.top);
  dropPageFurniture(blocks);
  return { lines: joinWrappedLines(blocks), gapRows, chars: glyphs.length };
}

/**
 * A row cut by a page break can print its last text line below the last ruling line drawn on the
 * page. When such lines are the last thing on the page (apart from a page number), they belong
 * to the table's last row.
 */
function extendOverPageBreak(table: RuledTable, glyphs: Glyph[]): void {
  const bottom = table.ys[table.ys.length - 1]!;
  const left = table.xs[0]!;
  const right = table.xs[table.xs.length - 1]!;
  const below = glyphs.filter((g) => g.cy < bottom && g.char.trim() !== '');
  if (below.length === 0) return;
  const size = below[0]!.size;
  const inside = (g: Glyph): boolean => g.x0 >= left && g.x1 <= right && g.cy >= bottom - size * 2.5;
  const rest = below.filter((g) => !inside(g));
  const spill = below.filter(inside);
  if (spill.length === 0) return;
  const lowestSpill = Math.min(...spill.map((g) => g.cy));
  // Only a page number may follow, and it sits apart (not in the spill's lines).
  if (rest.some((g) => g.cy > lowestSpill - size * 2 || !/\d|[-—–第页共/]/.test(g.char))) return;
  table.ys[table.ys.length - 1] = lowestSpill - size * 0.5;
}

/**
 * Simulated bold (WPS and some Word exports print a heading twice, a fraction of a point apart)
 * would read “总总体体情情况况”: a glyph repeating the same character at almost the same place is
 * dropped.
 */
function dropOverprint(glyphs: Glyph[]): Glyph[] {
  const seen = new Map<string, Glyph[]>();
  return glyphs.filter((glyph) => {
    if (glyph.char.trim() === '') return true;
    const near = seen.get(glyph.char);
    const tolerance = glyph.size * 0.3;
    if (
      near?.some(
        (g) => Math.abs(g.x0 - glyph.x0) < tolerance && Math.abs(g.baseline - glyph.baseline) < tolerance,
      )
    ) {
      return false;
    }
    if (near) near.push(glyph);
    else seen.set(glyph.char, [glyph]);
    return true;
  });
}

/** Splits a run into glyphs with estimated positions: CJK and full-width count 1 em, others ½. */
function toGlyphs(run: PdfTextRun): Glyph[] {
  // PDF fonts often map to look-alike radicals (⼀ for 一); the layout rules below read headings.
  const chars = [...foldCompatibilityIdeographs(run.text)];
  if (chars.length === 0 || !Number.isFinite(run.x + run.y + run.width + run.size)) return [];
  const weights = chars.map((c) => (c.trim() === '' ? 0.3 : c.charCodeAt(0) >= 0x2e80 ? 1 : 0.55));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const unit = run.width > 0 ? run.width / total : run.size;
  const glyphs: Glyph[] = [];
  let x = run.x;
  chars.forEach((char, i) => {
    const w = weights[i]! * unit;
    glyphs.push({
      char,
      x0: x,
      x1: x + w,
      cy: run.y + run.size * 0.35,
      baseline: run.y,
      size: Math.max(run.size, 1),
    });
    x += w;
  });
  return glyphs;
}

/** Glyphs → visual lines: same baseline (within half a font size), left to right. */
function groupLines(glyphs: Glyph[]): Glyph[][] {
  const sorted = [...glyphs].sort((a, b) => b.baseline - a.baseline || a.x0 - b.x0);
  const lines: Glyph[][] = [];
  let current: Glyph[] = [];
  let baseline = Number.NaN;
  for (const glyph of sorted) {
    if (current.length > 0 && Math.abs(glyph.baseline - baseline) > glyph.size * 0.5) {
      lines.push(current);
      current = [];
    }
    if (current.length === 0) baseline = glyph.baseline;
    current.push(glyph);
  }
  if (current.length > 0) lines.push(current);
  return lines
    .map((line) => line.sort((a, b) => a.x0 - b.x0))
    .filter((line) => line.some((g) => g.char.trim() !== ''));
}

/** Words of a line, split where the gap is wider than `gapEm` font sizes. */
function splitAtGaps(line: Glyph[], gapEm: number): string[] {
  const parts: string[] = [];
  let current = '';
  let lastEnd = Number.NaN;
  for (const glyph of line) {
    if (glyph.char.trim() === '') continue;
    if (current && glyph.x0 - lastEnd > glyph.size * gapEm) {
      parts.push(current);
      current = '';
    }
    current += glyph.char;
    lastEnd = glyph.x1;
  }
  if (current) parts.push(current);
  return parts;
}

function lineText(line: Glyph[]): string {
  return trimLine(collapseBlanks(splitAtGaps(line, 0.8).join(' ')));
}

const figureCell = /^(?:[-+]?\d[\d,，.]*%?|[-—–/／]+|[-—–]{2})$/;

/**
 * A line without ruling lines is a table row when it has three or more cells set apart by wide
 * gaps and most cells after the label are figures (or blank marks).
 */
function gapTableRow(line: Glyph[]): string | null {
  const cells = splitAtGaps(line, 1.2);
  if (cells.length < 3) return null;
  const figures = cells.slice(1).filter((cell) => figureCell.test(cell)).length;
  if (figures < 2 || figures < (cells.length - 1) / 2) return null;
  return pipeRow(cells);
}

/** Page numbers (`- 3 -`, `第 3 页`, `3/12`) at the top or bottom of the page. */
const pageNumber = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

function dropPageFurniture(blocks: { lines: string[]; plain: boolean }[]): void {
  const last = blocks[blocks.length - 1];
  if (last?.plain && pageNumber.test(last.lines[0]!)) blocks.pop();
  const first = blocks[0];
  if (first?.plain && pageNumber.test(first.lines[0]!)) blocks.shift();
}

const headingStart =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|第[一二三四五六七八九十\d]+|附件|附表|表[一二三四\d])/;

/** Rejoins prose that the PDF wrapped at the right margin (the next line not indented). */
function joinWrappedLines(
  blocks: { lines: string[]; left: number; right: number; plain: boolean; size: number }[],
): string[] {
  const plain = blocks.filter((b) => b.plain);
  if (plain.length === 0) return blocks.flatMap((b) => b.lines);
  const rightMargin = Math.max(...plain.map((b) => b.right));
  const leftMargin = Math.min(...plain.map((b) => b.left));
  const out: string[] = [];
  let previous: (typeof blocks)[number] | undefined;
  for (const block of blocks) {
    const text = block.lines[0]!;
    const continues =
      previous?.plain &&
      block.plain &&
      Math.abs(previous.size - block.size) < 0.5 &&
      // Line-breaking rules (no 》or ， at a line start) can end a full line up to three characters short.
      previous.right >=
        rightMargin - previous.size * (/[。！？；：]$/.test(out[out.length - 1] ?? '') ? 1 : 3.5) &&
      block.left <= leftMargin + block.size * 0.5 &&
      !headingStart.test(text);
    if (continues && out.length > 0) out[out.length - 1] = joinCellParts([out[out.length - 1]!, text]);
    else out.push(...block.lines);
    previous = block;
  }
  return out;
}

interface Segment {
  /** Horizontal: y, from x1 to x2. Vertical: x, from y1 to y2 (stored in `at`, `from`, `to`). */
  at: number;
  from: number;
  to: number;
}

interface RuledTable {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom (descending y). */
  ys: number[];
  horizontal: Segment[];
  vertical: Segment[];
}

/** Ruling lines (thin boxes, or the edges of cell rectangles) grouped into tables by contact. */
function findTables(boxes: PdfBox[], pageArea: number): RuledTable[] {
  const horizontal: Segment[] = [];
  const vertical: Segment[] = [];
  for (const box of boxes) {
    const w = box.maxX - box.minX;
    const h = box.maxY - box.minY;
    if (!(w >= 0 && h >= 0)) continue;
    if (h <= tolerance && w > tolerance)
      horizontal.push({ at: (box.minY + box.maxY) / 2, from: box.minX, to: box.maxX });
    else if (w <= tolerance && h > tolerance)
      vertical.push({ at: (box.minX + box.maxX) / 2, from: box.minY, to: box.maxY });
    else if (w > tolerance && h > tolerance && w * h < pageArea * 0.4) {
      horizontal.push(
        { at: box.minY, from: box.minX, to: box.maxX },
        { at: box.maxY, from: box.minX, to: box.maxX },
      );
      vertical.push(
        { at: box.minX, from: box.minY, to: box.maxY },
        { at: box.maxX, from: box.minY, to: box.maxY },
      );
    }
  }
  return tablesOf(mergeCollinear(horizontal), mergeCollinear(vertical));
}

/**
 * Joins pieces of one ruling line: borders are often drawn cell by cell, and a piece under a
 * merged cell touches no crossing line of its own.
 */
function mergeCollinear(segments: Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Segment[] = [];
  let lineAt = Number.NaN;
  const onLine: Segment[] = [];
  const flush = (): void => {
    onLine.sort((a, b) => a.from - b.from);
    for (const s of onLine) {
      const last = out[out.length - 1];
      if (last && last.at === lineAt && s.from <= last.to + tolerance) last.to = Math.max(last.to, s.to);
      else out.push({ at: lineAt, from: s.from, to: s.to });
    }
    onLine.length = 0;
  };
  for (const s of sorted) {
    if (onLine.length > 0 && s.at - lineAt > tolerance) flush();
    if (onLine.length === 0) lineAt = s.at;
    onLine.push(s);
  }
  flush();
  return out;
}

function tablesOf(horizontal: Segment[], vertical: Segment[]): RuledTable[] {
  const parent = [...horizontal, ...vertical].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  horizontal.forEach((hs, i) => {
    vertical.forEach((vs, j) => {
      if (
        vs.at >= hs.from - tolerance &&
        vs.at <= hs.to + tolerance &&
        hs.at >= vs.from - tolerance &&
        hs.at <= vs.to + tolerance
      ) {
        parent[find(i)] = find(horizontal.length + j);
      }
    });
  });
  const groups = new Map<number, { horizontal: Segment[]; vertical: Segment[] }>();
  horizontal.forEach((s, i) => groupOf(groups, find(i)).horizontal.push(s));
  vertical.forEach((s, j) => groupOf(groups, find(horizontal.length + j)).vertical.push(s));
  const tables: RuledTable[] = [];
  for (const group of groups.values()) {
    // A table cut by a page break has no top (or bottom) border on that page, and an open table has
    // no outer sides: the ends of the crossing lines are its edges then.
    const verticalEnds =
      group.vertical.length > 0 && group.horizontal.length >= 2
        ? [Math.min(...group.vertical.map((s) => s.from)), Math.max(...group.vertical.map((s) => s.to))]
        : [];
    const horizontalEnds =
      group.horizontal.length > 0 && group.vertical.length >= 2
        ? [Math.min(...group.horizontal.map((s) => s.from)), Math.max(...group.horizontal.map((s) => s.to))]
        : [];
    const xs = cluster([...group.vertical.map((s) => s.at), ...horizontalEnds]);
    const ys = cluster([...group.horizontal.map((s) => s.at), ...verticalEnds]).reverse();
    if (xs.length >= 2 && ys.length >= 2) tables.push({ xs, ys, ...group });
  }
  return tables;
}

function groupOf(groups: Map<number, { horizontal: Segment[]; vertical: Segment[] }>, key: number) {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { horizontal: [], vertical: [] }));
  return group;
}

/** Sorted distinct positions, merging those within the tolerance. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    if (out.length === 0 || v - out[out.length - 1]! > tolerance) out.push(v);
  }
  return out;
}

function covered(segments: Segment[], at: number, along: number): boolean {
  return segments.some(
    (s) => Math.abs(s.at - at) <= tolerance && along >= s.from - tolerance && along <= s.to + tolerance,
  );
}

/**
 * Slots between neighbouring boundaries are one cell unless a ruling line separates them; each
 * cell's glyphs become its text. Rendered with the same conventions as HTML tables.
 */
function renderTable(table: RuledTable, glyphs: Glyph[]): string[] {
  const cols = table.xs.length - 1;
  const rows = table.ys.length - 1;
  const slot = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let r = 0; r < rows; r++) {
    const midY = (table.ys[r]! + table.ys[r + 1]!) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = (table.xs[c]! + table.xs[c + 1]!) / 2;
      if (c + 1 < cols && !covered(table.vertical, table.xs[c + 1]!, midY))
        parent[find(slot(r, c + 1))] = find(slot(r, c));
      if (r + 1 < rows && !covered(table.horizontal, table.ys[r + 1]!, midX))
        parent[find(slot(r + 1, c))] = find(slot(r, c));
    }
  }
  const cellGlyphs = new Map<number, Glyph[]>();
  for (const glyph of glyphs) {
    const c = indexBetween(table.xs, (glyph.x0 + glyph.x1) / 2, false);
    const r = indexBetween(table.ys, glyph.cy, true);
    if (c < 0 || r < 0) continue;
    const root = find(slot(r, c));
    let list = cellGlyphs.get(root);
    if (!list) cellGlyphs.set(root, (list = []));
    list.push(glyph);
  }
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(slot(r, c));
      const e = extent.get(root);
      if (!e) extent.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r1 = Math.max(e.r1, r);
        e.c1 = Math.max(e.c1, c);
        e.c0 = Math.min(e.c0, c);
      }
    }
  }
  const grid: SourceCell[][] = Array.from({ length: rows }, () => []);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(slot(r, c));
      const e = extent.get(root)!;
      if (e.r0 !== r || e.c0 !== c) continue;
      const text = joinCellParts(
        groupLines(cellGlyphs.get(root) ?? []).map((line) => line.map((g) => g.char).join('')),
      );
      grid[r]!.push({ text, colSpan: e.c1 - e.c0 + 1, rowSpan: e.r1 - e.r0 + 1 });
    }
  }
  return renderGrid(grid);
}

/** Index i with bounds[i] ≤ v < bounds[i+1] (descending bounds when `descending`), or −1. */
function indexBetween(bounds: number[], v: number, descending: boolean): number {
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    const b = bounds[i + 1]!;
    if (descending ? v <= a && v >= b : v >= a && v <= b) return i;
  }
  return -1;
}
