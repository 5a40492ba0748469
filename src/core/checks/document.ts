import { summaryFields, summaryKeys } from '../report-format/index.ts';
import type { FormatId, ReportData } from '../report-format/index.ts';
import { cellIndex, fieldKeys } from './cells.ts';
import type { Finding } from './types.ts';

/** The machine-readable result of `gongkai check` (shared/domain/check-output.md). */
export interface CheckDocument {
  schema: 'gongkai.check/v1';
  source: string;
  agency: string | null;
  year: number | null;
  format: FormatId;
  script: 'simplified' | 'traditional';
  fields: Record<string, number | null>;
  narrative: Array<{ key: string; value: number; text: string }>;
  findings: Finding[];
  warnings: string[];
}

/**
 * `fields` = every canonical key of the report's format plus the summary keys, null for absent or
 * blank; keys the format does not declare (legacy `<label>.<column>`) are kept as read.
 */
export function toCheckDocument(source: string, data: ReportData, findings: Finding[]): CheckDocument {
  const fields: Record<string, number | null> = {};
  // The format's keys in declaration order, from the index built once per format.
  for (const key of cellIndex(data.format).keys()) fields[key] = null;
  for (const key of fieldKeys(data)) {
    const value = data.fields[key];
    fields[key] = typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  const summary = summaryFields(data.format, data.fields);
  for (const key of summaryKeys) fields[key] = fields[key] ?? summary[key] ?? null;
  return {
    schema: 'gongkai.check/v1',
    source,
    agency: data.agency,
    year: data.year,
    format: data.format,
    script: data.script,
    fields,
    narrative: data.narrative.map((n) => ({ key: n.key, value: n.value, text: n.text })),
    findings,
    warnings: [...data.warnings],
  };
}
