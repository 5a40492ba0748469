import type { ReportData, TextSpan } from '../report-format/index.ts';
import { isSentenceStop } from './text.ts';
import { isWhiteSpace } from '../text/white-space.ts';

const maxEvidence = 300;

/** Where the line holding `index` starts. */
function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', Math.max(0, index - 1)) + 1;
}

/** Where the line holding `index` ends (its newline, or the end of the text). */
function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline;
}

/** `s.replace(/\s+/g, ' ').trim()` up to its first `limit + 1` characters (the rest is never shown). */
function collapsedStart(s: string, limit: number): string {
  let out = '';
  let i = 0;
  while (i < s.length && out.length <= limit) {
    while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
    const start = i;
    while (i < s.length && !isWhiteSpace(s.charCodeAt(i))) i++;
    if (i > start) out += (out === '' ? '' : ' ') + s.slice(start, i);
  }
  return out;
}

function clip(s: string): string {
  const t = collapsedStart(s, maxEvidence);
  return t.length > maxEvidence ? `${t.slice(0, maxEvidence - 1)}…` : t;
}

/**
 * The printed rows of the cells involved (from `cellSources`), joined by “ … ”; '' when unknown.
 * A cell's row is the whole line(s) its span sits on; the first cell of a row gives its end.
 */
export function cellEvidence(data: ReportData, keys: readonly string[]): string {
  const text = data.text;
  const lines: TextSpan[] = [];
  const starts = new Set<number>();
  // The line of the cell before, [start, its first newline]: the next cell of the same row lies
  // past its start and is known to be on it without searching the text back for the newline.
  let last = { start: 0, newline: -1 };
  for (const key of keys) {
    const span = data.cellSources[key];
    if (!span || span.end > text.length) continue;
    if (span.start > last.start && span.start <= last.newline) continue; // a row already listed
    const start = lineStart(text, span.start);
    last = { start, newline: lineEnd(text, start) };
    if (starts.has(start)) continue;
    starts.add(start);
    lines.push({ start, end: lineEnd(text, span.end) });
  }
  lines.sort((a, b) => a.start - b.start);
  // A finding on every blank cell names hundreds of rows: only the first ones reach the clip.
  // Once the collapsed text is longer than the clip, the rest cannot change what is kept.
  let joined = '';
  for (const [i, l] of lines.entries()) {
    joined += (i > 0 ? ' … ' : '') + data.text.slice(l.start, l.end);
    if (joined.length > maxEvidence * 2 && collapsedStart(joined, maxEvidence).length > maxEvidence) break;
  }
  return clip(joined);
}

/** The sentence around a position in the text (for prose findings). */
export function sentenceAt(text: string, index: number, length = 0): string {
  let start = index;
  while (start > 0 && !isSentenceStop(text.charCodeAt(start - 1))) start--;
  let end = index + length;
  while (end < text.length && !isSentenceStop(text.charCodeAt(end))) end++;
  if (end < text.length) end++;
  // A long run-on sentence: keep a window around the match.
  if (end - start > maxEvidence) {
    start = Math.max(start, index - 120);
    end = Math.min(end, index + length + 120);
  }
  return clip(text.slice(start, end));
}
