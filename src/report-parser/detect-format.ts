import type { ChapterFound, FormatId } from '../core/report-format/index.ts';
import { formats } from '../core/report-format/index.ts';
import { labelKey } from './map-labels.ts';
import type { TableReading } from './map.ts';

export interface FormatEvidence {
  readings: Partial<Record<FormatId, TableReading>>;
  legacyRows: number;
  chapters: readonly ChapterFound[];
  year: number | null;
}

/** Fewer declared rows than this is not a table of that format (a stray line that looks like one). */
const minRows = 2;
const govChapterKeys = formats['gov-2021'].chapters.map((c) => labelKey(c.title));

/**
 * The format the report's tables actually follow (S-FORMAT compares it with the year's format):
 * the format whose declared rows and column headers the text matches best; a tie between the two
 * new formats (their 表三/表四 are the same) goes to the year. Without any table, a report laid out
 * in the six chapters of the new formats is that format (its tables missing: S-SECTIONS), else
 * narrative-only.
 */
export function detectFormat(evidence: FormatEvidence): FormatId {
  const score = (id: FormatId) => {
    const r = evidence.readings[id];
    return r ? r.rowsRead * 2 + r.headerHits : 0;
  };
  const ranked = (['gov-2021', 'gov-2019', 'national-2014'] as const)
    .filter((id) => (evidence.readings[id]?.rowsRead ?? 0) >= minRows)
    .sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  if (best) {
    const second = ranked[1];
    if (second && score(second) === score(best) && best.startsWith('gov') && second.startsWith('gov')) {
      return evidence.year !== null && evidence.year <= 2020 ? 'gov-2019' : 'gov-2021';
    }
    if (evidence.legacyRows > (evidence.readings[best]?.rowsRead ?? 0)) return 'legacy-local';
    return best;
  }
  if (evidence.legacyRows >= minRows) return 'legacy-local';
  const chapterHits = evidence.chapters.filter((c) => {
    const key = labelKey(c.title);
    return govChapterKeys.some((g) => key === g || (key.length >= 4 && g.includes(key)) || key.includes(g));
  }).length;
  if (chapterHits >= 3) return evidence.year !== null && evidence.year <= 2020 ? 'gov-2019' : 'gov-2021';
  return 'narrative-only';
}
