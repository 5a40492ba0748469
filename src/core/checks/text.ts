/** Small, linear text helpers shared by the prose rules (N-*, D-*, C-*). */

/** A number as printed in prose: `1,264` (grouped) or `136` or `51.47`. */
export const numberPattern = String.raw`(?<![\d.]|\d,)(?:\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?)`;

export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Counting units of disclosure prose. */
export const countUnit = '条|件|篇|次|个|项|份|起|人次|人';

/** Approximate figures (“12200余条”, “近300件”) are never held to a sum or a percentage. */
const approxBefore = /(约|近|逾|超过|多达|大约|将近)$/;
const approxAfter = /^(余|多|左右|以上|以下|上下)/;

export function isApproximate(text: string, start: number, end: number): boolean {
  return (
    approxBefore.test(text.slice(Math.max(0, start - 3), start)) || approxAfter.test(text.slice(end, end + 3))
  );
}

/** 。！？!? or a line end: where a sentence stops (by code: a regex per character is slow). */
export function isSentenceStop(code: number): boolean {
  return (
    code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f || code === 0x0a
  );
}

/** [start, end) of the sentence containing `index`. */
export function sentenceBounds(text: string, index: number): [number, number] {
  let start = index;
  while (start > 0 && !isSentenceStop(text.charCodeAt(start - 1))) start--;
  let end = index;
  while (end < text.length && !isSentenceStop(text.charCodeAt(end))) end++;
  return [start, end];
}

/** [start, end) of the paragraph (text between newlines) containing `index`. */
export function paragraphBounds(text: string, index: number): [number, number] {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const nl = text.indexOf('\n', index);
  return [start, nl === -1 ? text.length : nl];
}

/** Every match of a global regex, with its index (no catastrophic backtracking: callers pass linear patterns). */
export function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/**
 * matches(), skipped when the text lacks a word every match contains: `includes` is a fast scan,
 * a regex that starts with a character class or a lookbehind is tried at every position.
 */
export function matchesWith(
  text: string,
  pattern: RegExp,
  required: readonly string[],
): Iterable<RegExpExecArray> {
  return required.every((word) => text.includes(word)) ? matches(text, pattern) : [];
}

/** Table rows as printed by the reader (`| a | b |`) — prose rules skip them. */
export function isTableLine(text: string, index: number): boolean {
  const [start, end] = paragraphBounds(text, index);
  const line = text.slice(start, end);
  return (line.match(/\|/g)?.length ?? 0) >= 2;
}
