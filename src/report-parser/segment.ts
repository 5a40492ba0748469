import type { ChapterFound } from '../core/report-format/report-data.ts';

/** One line of the normalised text with its offsets (cellSources and evidence point into the text). */
export interface TextLine {
  index: number;
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const trimmedEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    lines.push({ index: index++, text: text.slice(start, trimmedEnd), start, end: trimmedEnd });
    start = end + 1;
  }
  return lines;
}

/** 一、总体情况 / ## 二、主动公开政府信息情况 / 三.收到… — a numbered heading on its own line. */
const headingPattern = /^\s*(?:#{1,6}\s*)?([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$/;
/**
 * Rows of 表三 are numbered like chapters (一、本年新收… 四、结转下年度继续办理): a heading with one of
 * these titles is a table row, not a chapter.
 */
const table3RowTitle = /^(本年新收|上年结转|本年度办理结果|结转下年度)/;
const sentenceEnd = /[。；;]/;

/**
 * The report's numbered chapters. A heading is short (a long line is prose that starts with 一、);
 * when a heading runs into its first sentence, the title stops at the first comma.
 */
export function findChapters(lines: readonly TextLine[]): ChapterFound[] {
  const chapters: ChapterFound[] = [];
  for (const line of lines) {
    if (line.text.includes('|')) continue;
    const m = headingPattern.exec(line.text);
    if (!m) continue;
    let title = m[2]!.trim();
    if (title.length > 40) {
      const cut = title.search(/[，,。]/);
      if (cut < 2 || cut > 30) continue;
      title = title.slice(0, cut);
    } else if (sentenceEnd.test(title.slice(0, -1))) {
      continue;
    }
    title = title.replace(/[。：:]$/, '').replace(/\s+/g, '');
    if (table3RowTitle.test(title)) continue;
    chapters.push({ number: m[1]!, title, span: { start: line.start, end: line.end } });
  }
  return chapters;
}
