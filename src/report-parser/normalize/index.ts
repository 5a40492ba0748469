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
  const kept: string[] = [];
  let chrome = 0;
  lines.forEach((line, i) => {
    if (header.lines.has(i)) return;
    if (!tableRowStart.test(line) && isChromeLine(line)) {
      chrome++;
      return;
    }
    kept.push(line);
  });
  if (chrome > 0) notes.push(`删除了 ${chrome} 行网页导航、页眉页脚等非报告内容`);
  return {
    // Nothing dropped: the folded text is what joining the kept lines would rebuild.
    text: kept.length === lines.length ? folded : kept.join('\n'),
    script: script.script,
    metadata: { ...known, ...header.metadata },
    notes,
  };
}
