import type { ReportData, TextSpan } from '../report-format/index.ts';

const maxEvidence = 300;

/** The whole line(s) a span sits on — for a table cell, its row as printed. */
function lineAround(text: string, span: TextSpan): TextSpan {
  const start = text.lastIndexOf('\n', Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline === -1 ? text.length : newline };
}

function clip(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > maxEvidence ? `${t.slice(0, maxEvidence - 1)}…` : t;
}

/** The printed rows of the cells involved (from `cellSources`), joined by “ … ”; '' when unknown. */
export function cellEvidence(data: ReportData, keys: readonly string[]): string {
  const lines: TextSpan[] = [];
  for (const key of keys) {
    const span = data.cellSources[key];
    if (!span || span.end > data.text.length) continue;
    const line = lineAround(data.text, span);
    if (!lines.some((l) => l.start === line.start)) lines.push(line);
  }
  lines.sort((a, b) => a.start - b.start);
  return clip(lines.map((l) => data.text.slice(l.start, l.end)).join(' … '));
}

const sentenceEnd = /[。！？!?\n]/;

/** The sentence around a position in the text (for prose findings). */
export function sentenceAt(text: string, index: number, length = 0): string {
  let start = index;
  while (start > 0 && !sentenceEnd.test(text[start - 1] ?? '')) start--;
  let end = index + length;
  while (end < text.length && !sentenceEnd.test(text[end] ?? '')) end++;
  if (end < text.length) end++;
  // A long run-on sentence: keep a window around the match.
  if (end - start > maxEvidence) {
    start = Math.max(start, index - 120);
    end = Math.min(end, index + length + 120);
  }
  return clip(text.slice(start, end));
}
