import { emptyReportData } from '../core/report-format/index.ts';
import type { ParseProblem, ReportData } from '../core/report-format/index.ts';
import { readReportSource, readTextSource } from './input/index.ts';
import type { ReportSource } from './input/index.ts';
import { readStructure } from './map-report.ts';
import { normalize } from './normalize/index.ts';

export { readStructure } from './map-report.ts';
export type { NormalizedReport } from './map-report.ts';

/** Fewer Chinese characters than this and the text is not a report (binary noise, a stub page). */
const minChineseChars = 20;

/** Chinese characters in the text, counting stops at `enough`. */
function countChinese(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) count++;
  }
  return count;
}

/**
 * The parser: any published annual report (bytes or text, and its file name) → ReportData. Reads
 * PDF and DOCX too (asynchronous). Never throws: an input that cannot be read gives a ReportData
 * with `unreadable` and a P-… problem (the checker reports P-UNREADABLE).
 */
export async function parseReport(input: Uint8Array | string, name: string): Promise<ReportData> {
  try {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    return fromSource(await readReportSource(bytes, name));
  } catch (error) {
    return unreadableReport('P-UNREADABLE', describe(error));
  }
}

/** The synchronous path for plain text and HTML (the checker's hot path). Never throws. */
export function parseReportText(input: Uint8Array | string, name: string): ReportData {
  try {
    const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
    return fromSource(readTextSource(bytes, name));
  } catch (error) {
    return unreadableReport('P-UNREADABLE', describe(error));
  }
}

function fromSource(source: ReportSource): ReportData {
  const problems: ParseProblem[] = source.warnings.map((w) => ({ code: w.code, message: w.message }));
  if (source.unreadable) {
    const data = unreadableReport(source.unreadable.code, source.unreadable.message);
    return { ...data, problems: dedupe([...problems, ...(data.problems ?? [])]) };
  }
  const normalized = normalize(source.text, source.metadata ?? {});
  const chinese = countChinese(normalized.text, minChineseChars);
  if (chinese < minChineseChars) {
    const data = unreadableReport(
      'P-UNREADABLE',
      `文本中只有 ${chinese} 个汉字，不像一份政府信息公开工作年度报告，无法解读`,
    );
    return { ...data, text: normalized.text, problems: dedupe([...problems, ...(data.problems ?? [])]) };
  }
  const data = readStructure({
    ...normalized,
    notes: [...source.warnings.map((w) => `${w.code}：${w.message}`), ...normalized.notes],
  });
  const all = dedupe([...problems, ...(data.problems ?? [])]);
  return all.length > 0 ? { ...data, problems: all } : data;
}

function unreadableReport(code: string, reason: string): ReportData {
  return {
    ...emptyReportData('narrative-only'),
    unreadable: reason,
    warnings: [`${code}：${reason}`],
    problems: [{ code, message: reason }],
  };
}

function dedupe(problems: ParseProblem[]): ParseProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `读取时出错：${detail.slice(0, 200)}`;
}
