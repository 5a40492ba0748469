import { formats, summaryFields, summaryKeys } from '../core/report-format/index.ts';
import type { FormatId, ReportData, ReportMetadata } from '../core/report-format/index.ts';
import { readDates } from './dates.ts';
import { detectFormat } from './detect-format.ts';
import { cellsAsObjects, mapTables } from './map.ts';
import type { TableReading } from './map.ts';
import { mapLegacy } from './map-legacy.ts';
import { readYearAndAgency } from './metadata-year.ts';
import { proseSentences, readNarrative, rowHints } from './prose.ts';
import { findChapters, splitLines } from './segment.ts';
import { mergeVerticalRuns, readRows } from './tables.ts';

export interface NormalizedReport {
  /** Simplified, cleaned text (normalize's output). */
  text: string;
  script?: 'simplified' | 'traditional';
  metadata?: ReportMetadata;
  /** Notes from reading and normalising, kept in warnings. */
  notes?: string[];
}

const tableFormats = ['gov-2021', 'gov-2019', 'national-2014'] as const;

/**
 * Step 3 of the parser: normalised text → ReportData. Reads the text's rows as the tables of every
 * format, keeps the format the structure fits (detectFormat), and adds the summary keys, the prose
 * figures, the dates, the year and the body.
 */
export function readStructure(input: NormalizedReport): ReportData {
  const metadata = input.metadata ?? {};
  const lines = splitLines(input.text);
  const rows = mergeVerticalRuns(readRows(lines));
  const sentences = proseSentences(rows);
  const hintsFor = rowHints(sentences);
  const chapters = findChapters(lines);
  const dates = readDates(lines, input.text, metadata);
  const { year, agency } = readYearAndAgency(lines, metadata, dates);

  const readings: Partial<Record<FormatId, TableReading>> = {};
  for (const id of tableFormats) {
    // gov-2019 shares 表三/表四 with gov-2021: where the 2021 reading finds no table, neither would it.
    if (id === 'gov-2019' && readings['gov-2021']?.rowsRead === 0) continue;
    readings[id] = mapTables(rows, formats[id], { hintsFor });
  }
  const legacy = mapLegacy(rows, hintsFor);
  const format = detectFormat({ readings, legacyRows: legacy.rows, chapters, year });
  const reading = format === 'legacy-local' ? legacy : readings[format as (typeof tableFormats)[number]];

  const cells = reading ? cellsAsObjects(reading) : null;
  const fields: Record<string, number | null> = cells?.fields ?? {};
  const summary = summaryFields(format, fields);
  for (const key of summaryKeys) if (!(key in fields)) fields[key] = summary[key];

  const warnings = [...(input.notes ?? []), ...(reading?.warnings ?? [])];
  const tableReading = reading && 'tablesFound' in reading ? reading : null;
  const problems = tableReading?.truncated
    ? [{ code: 'P-TRUNCATED', message: '表格在文本末尾中断，报告可能不完整' }]
    : [];
  return {
    format,
    year,
    agency,
    fields,
    narrative: readNarrative(sentences, year),
    text: input.text,
    chapters,
    tablesFound: tableReading?.tablesFound ?? (format === 'legacy-local' ? ['legacy'] : []),
    metadata,
    cellSources: cells?.cellSources ?? {},
    blankCells: cells?.blankCells ?? [],
    invalidCells: cells?.invalidCells ?? {},
    warnings,
    script: input.script ?? 'simplified',
    dates,
    ...(problems.length > 0 ? { problems } : {}),
  };
}
