import { expect, it } from 'vitest';
import type { ReportData } from '../../src/core/report-format/index.ts';
import { readStructure } from '../../src/report-parser/map-report.ts';

/** A report's normalised text given line by line (tables printed as the test needs them). */
export function readLines(...lines: string[]): ReportData {
  return readStructure({ text: lines.join('\n') });
}

/** Cells a reading must hold (report-formats.md keys), one case each: key → value (null = not a number). */
export function itReadsCells(data: ReportData, cells: ReadonlyArray<readonly [string, number | null]>): void {
  it.each(cells.map(([key, value]) => [key, value] as const))('%s = %s', (key, value) => {
    expect(data.fields[key]).toBe(value);
  });
}

/** Cells printed as a blank marker (L-BLANK): null in the fields and listed as blank, never 0. */
export function expectBlankCells(data: ReportData, keys: readonly string[]): void {
  for (const key of keys) {
    expect(data.fields[key]).toBeNull();
    expect(data.blankCells).toContain(key);
  }
}

/** The tables and statistic sections a reading found, and those it must not claim. */
export function expectTablesFound(
  data: ReportData,
  found: readonly string[],
  absent: readonly string[] = [],
): void {
  expect(data.tablesFound).toEqual(expect.arrayContaining([...found]));
  for (const table of absent) expect(data.tablesFound).not.toContain(table);
}
