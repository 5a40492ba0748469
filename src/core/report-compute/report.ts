import type { FormatId } from '../report-format/index.ts';

/** A report's figures as computed (or aggregated) before prose and rendering. */
export interface ComputedReport {
  format: FormatId;
  year: number;
  agency: string;
  /** Canonical cell keys of the format → number; null = not entered (never a silent 0). */
  fields: Record<string, number | null>;
  /** How figures were arrived at, where a reader could expect otherwise (Chinese). */
  notes: string[];
}

/** Value of a cell for sums and sentences; a blank counts as 0 there, the blank itself stays in fields. */
export function valueOf(fields: Readonly<Record<string, number | null | undefined>>, key: string): number {
  return fields[key] ?? 0;
}

/**
 * A supervisor's 汇总: each cell is the sum of the children's same cell (H-SUM). A cell blank in
 * every child stays blank; children whose report is missing are named by the caller.
 */
export function sumFields(
  children: ReadonlyArray<Readonly<Record<string, number | null>>>,
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const child of children) {
    for (const [key, value] of Object.entries(child)) {
      if (value === null) {
        if (!(key in out)) out[key] = null;
        continue;
      }
      // 万元 cells carry decimals: round the sum to the 4 places they are stored with.
      out[key] = Math.round(((out[key] ?? 0) + value) * 10_000) / 10_000;
    }
  }
  return out;
}
