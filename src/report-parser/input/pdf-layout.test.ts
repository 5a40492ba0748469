import { describe, expect, it } from 'vitest';
import { layoutPage } from './pdf-layout.ts';
import type { PdfBox, PdfTextRun } from './pdf-layout.ts';

/** A run of CJK text at 12 pt: each character 12 units wide. */
const run = (text: string, x: number, y: number, size = 12): PdfTextRun => ({
  text,
  x,
  y,
  width: [...text].length * size,
  size,
});
const hLine = (y: number, x1: number, x2: number): PdfBox => ({
  minX: x1,
  maxX: x2,
  minY: y - 0.4,
  maxY: y + 0.4,
});
const vLine = (x: number, y1: number, y2: number): PdfBox => ({
  minX: x - 0.4,
  maxX: x + 0.4,
  minY: y1,
  maxY: y2,
});
/** Runs that share one baseline y, each [text, x]: one printed row of a table. */
const runsAt = (y: number, ...cells: [text: string, x: number][]): PdfTextRun[] =>
  cells.map(([text, x]) => run(text, x, y));
const page = (runs: PdfTextRun[], boxes: PdfBox[] = []) =>
  layoutPage({ width: 595, height: 842, runs, boxes });

describe('layoutPage — text layer with positions → lines', () => {
  it('a ruled table: cells from the lines, an empty cell kept, a header merged across two columns', () => {
    // Columns at x = 50 | 250 | 320 | 390; rows at y = 700 | 680 | 660 | 640.
    const boxes = [
      hLine(700, 50, 390),
      hLine(680, 50, 390),
      hLine(660, 50, 390),
      hLine(640, 50, 390),
      vLine(50, 640, 700),
      vLine(250, 640, 700),
      vLine(390, 640, 700),
      // No line between the two figure columns in the header row: 申请人情况 spans both.
      vLine(320, 640, 680),
    ];
    const runs = [
      ...runsAt(685, ['信息内容', 55], ['申请人情况', 260]),
      ...runsAt(665, ['规章', 55], ['3', 280], ['12', 350]),
      ...runsAt(645, ['行政规范性文件', 55], ['8', 280]),
    ];
    expect(page(runs, boxes).lines).toEqual([
      '| 信息内容 | 申请人情况 |',
      '| 规章 | 3 | 12 |',
      '| 行政规范性文件 | 8 |  |',
    ]);
  });

  it('simulated bold (the same glyphs printed twice, 0.3 pt apart) reads once', () => {
    expect(page([run('一、总体情况', 50, 700), run('一、总体情况', 50.3, 700)]).lines).toEqual([
      '一、总体情况',
    ]);
  });

  it('a row without ruling lines is split at wide gaps when it is mostly figures', () => {
    const result = page(runsAt(700, ['行政许可', 50], ['12', 250], ['0', 320], ['3', 390]));
    expect(result.lines).toEqual(['| 行政许可 | 12 | 0 | 3 |']);
    expect(result.gapRows).toBe(1);
  });

  it('prose wrapped at the right margin is joined; an indented next line starts a paragraph; page numbers go', () => {
    const lines = page([
      run('一、总体情况', 50, 760),
      run('本年度共收到申请二十六件，全部按期答复，其中予以公开', 74, 740),
      run('二十件。', 50, 720),
      run('第二段从这里开始。', 74, 700),
      run('- 2 -', 280, 60),
    ]).lines;
    expect(lines).toEqual([
      '一、总体情况',
      '本年度共收到申请二十六件，全部按期答复，其中予以公开二十件。',
      '第二段从这里开始。',
    ]);
  });
});
