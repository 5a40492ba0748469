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

/** Copies of the callers' patterns, built once: a RegExp is compiled per construction. */
const globalCopies = new WeakMap<RegExp, RegExp>();
const stickyCopies = new WeakMap<RegExp, RegExp>();

function copyOf(cache: WeakMap<RegExp, RegExp>, pattern: RegExp, flag: 'g' | 'y'): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes(flag) ? pattern.flags : `${pattern.flags}${flag}`);
    cache.set(pattern, re);
  }
  return re;
}

/**
 * Every match of a global regex, with its index (no catastrophic backtracking: callers pass linear
 * patterns). The copy is shared by every scan of the pattern, so its lastIndex is set right before
 * each exec: two scans of one pattern, nested or left unfinished, never disturb each other.
 */
export function* matches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  const re = copyOf(globalCopies, pattern, 'g');
  let from = 0;
  for (;;) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) return;
    from = m.index + Math.max(m[0].length, 1);
    yield m;
  }
}

/**
 * The same matches as matches(), for a pattern whose every match contains one of `anchors`
 * starting at most `reach` characters after the match starts — usually the pattern's own leading
 * alternation of words (reach 0). The anchors are found by indexOf, a native scan cheaper than
 * the regex's own search through Chinese text, and the pattern is tried (sticky) only at the
 * positions they allow: a match starting before the first anchor at or after the scan position,
 * less `reach`, would have to contain an earlier anchor. Worth it only for anchors that are rare
 * and quick to find (邮编, 办结率, 统计); for 电话, 将 or 下图 the plain scan is as fast (measured).
 */
export function* matchesAround(
  text: string,
  pattern: RegExp,
  anchors: readonly string[],
  reach = 0,
): Generator<RegExpExecArray> {
  const nextAnchor = occurrences(text, anchors);
  let from = 0;
  for (;;) {
    const at = nextAnchor(from);
    if (at === -1) return;
    let m: RegExpExecArray | null = null;
    for (let start = Math.max(from, at - reach); start <= at && m === null; start++) {
      m = matchAt(text, pattern, start);
    }
    if (m === null) {
      from = at + 1;
      continue;
    }
    from = m.index + Math.max(m[0].length, 1);
    yield m;
  }
}

/**
 * The same matches as matches(), for a pattern whose every match contains `anchor` with no
 * `stop` character before it (a sentence's 。): a match holding the next anchor starts after the
 * last stop before that anchor, so the regex scan starts there rather than where the last match
 * ended. For patterns that start with a number or a common word, which the plain scan tries at
 * every digit or occurrence in the text.
 */
export function* matchesBefore(
  text: string,
  pattern: RegExp,
  anchor: string,
  stop: string,
): Generator<RegExpExecArray> {
  const re = copyOf(globalCopies, pattern, 'g');
  let from = 0;
  for (;;) {
    const at = text.indexOf(anchor, from);
    if (at === -1) return;
    re.lastIndex = Math.max(from, text.lastIndexOf(stop, at - 1) + 1);
    const m = re.exec(text);
    if (m === null) return;
    from = m.index + Math.max(m[0].length, 1);
    yield m;
  }
}

/** The match of `pattern` starting exactly at `index`, or null. */
export function matchAt(text: string, pattern: RegExp, index: number): RegExpExecArray | null {
  const re = copyOf(stickyCopies, pattern, 'y');
  re.lastIndex = index;
  return re.exec(text);
}

/**
 * The first occurrence of any of `words` at or after `from`, for a `from` that only moves forward:
 * each word's next occurrence is kept, so the text is searched once per word.
 */
export function occurrences(text: string, words: readonly string[]): (from: number) => number {
  const next = words.map((w) => text.indexOf(w));
  return (from) => {
    let first = -1;
    for (let i = 0; i < words.length; i++) {
      let at = next[i] as number;
      if (at !== -1 && at < from) {
        at = text.indexOf(words[i] as string, from);
        next[i] = at;
      }
      if (at !== -1 && (first === -1 || at < first)) first = at;
    }
    return first;
  };
}

/** Table rows as printed by the reader (`| a | b |`) — prose rules skip them. */
export function isTableLine(text: string, index: number): boolean {
  const [start, end] = paragraphBounds(text, index);
  const line = text.slice(start, end);
  return (line.match(/\|/g)?.length ?? 0) >= 2;
}
