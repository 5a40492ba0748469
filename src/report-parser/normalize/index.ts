import type { ReportMetadata } from '../../core/report-format/report-data.ts';
import { isChromeLine } from './chrome.ts';
import { extractMetadata } from './metadata.ts';
import { removePinyinNoise } from './pinyin.ts';
import { toSimplified } from './script.ts';
import { foldCompatibilityIdeographs, foldFullWidth } from './width.ts';

export { isChromeLine } from './chrome.ts';
export { extractMetadata } from './metadata.ts';
export { removePinyinNoise } from './pinyin.ts';
export { toSimplified, warmUpScriptTables } from './script.ts';
export { foldCompatibilityIdeographs, foldFullWidth } from './width.ts';

export interface NormalizedText {
  /** Simplified, noise-free text without page chrome; table rows (`| … |`) kept as they were. */
  text: string;
  script: 'simplified' | 'traditional';
  /** Page header fields: those found in the text win over the ones passed in (HTML `<meta>`). */
  metadata: ReportMetadata;
  /** What was changed, in Chinese (kept in ReportData.warnings). */
  notes: string[];
}

/**
 * Step 2 of the parser. Order matters: pinyin noise goes first (`據(jù)` must read as 據 before
 * anything matches words), then look-alike ideographs from PDF fonts (⼀ → 一), then traditional → simplified (labels are matched in simplified),
 * then full-width figures, then the metadata header is taken out, then the chrome lines.
 * Linear in the text length; the OpenCC converter is built once per process.
 */
/** A table row (`| … |`), maybe indented: never page chrome. */
const tableRowStart = /^\s*\|/;
const pipe = 0x7c;

/** tableRowStart.test(line), the regex run only for a line opening with what \s may match. */
function isTableRow(line: string): boolean {
  const c = line.charCodeAt(0);
  return c === pipe || (mayBeBlank(c) && tableRowStart.test(line));
}

/** Could `\s` match this character (a superset: ASCII controls and every U+2000–U+3000)? */
function mayBeBlank(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}

export function normalize(raw: string, known: ReportMetadata = {}): NormalizedText {
  const notes: string[] = [];
  const pinyin = removePinyinNoise(raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw);
  if (pinyin.removed > 0) notes.push(`删除了 ${pinyin.removed} 处拼音注音（如“據(jù)”）`);
  const script = toSimplified(foldCompatibilityIdeographs(pinyin.text));
  if (script.script === 'traditional')
    notes.push(`原文为繁体字，已转换为简体（${script.convertedChars} 个字）`);
  const folded = foldFullWidth(script.text);
  const lines = folded.split('\n');
  const header = extractMetadata(lines);
  // The kept lines are copied only from the first dropped one on: most texts drop none.
  let kept: string[] | null = null;
  let chrome = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const isChrome = !header.lines.has(i) && !isTableRow(line) && isChromeLine(line);
    if (isChrome) chrome++;
    if (isChrome || header.lines.has(i)) kept ??= lines.slice(0, i);
    else kept?.push(line);
  }
  if (chrome > 0) notes.push(`删除了 ${chrome} 行网页导航、页眉页脚等非报告内容`);
  return {
    // Nothing dropped: the folded text is what joining the kept lines would rebuild.
    text: kept === null ? folded : kept.join('\n'),
    script: script.script,
    metadata: { ...known, ...header.metadata },
    notes,
  };
}
