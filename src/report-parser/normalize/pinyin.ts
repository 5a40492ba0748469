/**
 * Pinyin annotation noise: some sites (and scrapers) print each converted character followed by
 * its reading — `據(jù)`, `鎮(zhèn)`, `於(yú)`. The parenthesis is removed, the character kept.
 * A reading must carry a tone mark, or the page must already show several toned ones (neutral
 * tone readings like `的(de)` then go too); `甲(a)` in ordinary text is left alone.
 */
const toneMarked = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const syllable =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouvüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{1,4}(?:ng|n|r)?|[ńňǹḿ]g?|ng|m|n';
const annotation = new RegExp(`([\\u3400-\\u9fff\\uf900-\\ufaff])[(（](${syllable})[)）]`, 'gi');

export interface PinyinResult {
  text: string;
  removed: number;
}

/** What every annotation has (a character, an opening parenthesis, then a letter): texts without it skip the scan. */
const mayBeAnnotated = /[\u3400-\u9fff\uf900-\ufaff][(（][a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/i;

export function removePinyinNoise(text: string): PinyinResult {
  if (!mayBeAnnotated.test(text)) return { text, removed: 0 };
  // One scan finds the annotations; the count of toned ones decides which go.
  const found = [...text.matchAll(annotation)];
  let toned = 0;
  for (const match of found) {
    if (toneMarked.test(match[2]!)) toned++;
    if (toned >= 3) break;
  }
  let removed = 0;
  let cleaned = '';
  let from = 0;
  for (const match of found) {
    if (toned >= 3 || toneMarked.test(match[2]!)) {
      removed++;
      cleaned += text.slice(from, match.index) + match[1]!;
      from = match.index + match[0].length;
    }
  }
  return { text: removed > 0 ? cleaned + text.slice(from) : text, removed };
}
