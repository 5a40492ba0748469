/**
 * Cells run together with no separator (`行政规范性文件8855698` = 88 | 55 | 698): every way to cut
 * the digits into the row's column count is tried; the arithmetic the form guarantees (总计 = the
 * sum of the parts; 历年累计 ≥ 本年度) and the figures the prose states about the row pick one. If
 * more than one split survives, there is no answer: the caller leaves the cells null.
 */
export interface SplitRule {
  /** The parts must satisfy this (e.g. the last one is the sum of the others). */
  holds?: (parts: number[]) => boolean;
  /** Figures stated in the prose about this row. */
  hints: ReadonlySet<number>;
}

export type SplitResult =
  { parts: number[]; basis: 'only' | 'arithmetic' | 'prose' } | { parts: null; candidates: number };

/** Beyond this many ways to cut, the digits are not a row of this table. */
const maxCandidates = 20000;

function countWays(n: number, k: number): number {
  // C(n-1, k-1), capped.
  let ways = 1;
  for (let i = 1; i <= k - 1; i++) {
    ways = (ways * (n - i)) / i;
    if (ways > maxCandidates) return ways;
  }
  return Math.round(ways);
}

export function splitDigits(digits: string, k: number, rule: SplitRule): SplitResult {
  if (k < 2 || digits.length < k || countWays(digits.length, k) > maxCandidates) {
    return { parts: null, candidates: 0 };
  }
  const survivors: number[][] = [];
  const parts: string[] = [];
  const walk = (from: number) => {
    if (parts.length === k - 1) {
      const last = digits.slice(from);
      if (last.length > 1 && last.startsWith('0')) return;
      const values = [...parts, last].map(Number);
      if (!rule.holds || rule.holds(values)) survivors.push(values);
      return;
    }
    const left = k - parts.length - 1;
    for (let end = from + 1; end <= digits.length - left; end++) {
      if (end - from > 1 && digits[from] === '0') break;
      parts.push(digits.slice(from, end));
      walk(end);
      parts.pop();
    }
  };
  walk(0);
  // One way to cut (`000` into three) is certain; one cut left by the arithmetic is certain too.
  if (survivors.length === 1) return { parts: survivors[0]!, basis: rule.holds ? 'arithmetic' : 'only' };
  // Small figures (0, 1) are everywhere in prose and prove nothing.
  const score = (values: number[]) => values.filter((v) => v >= 2 && rule.hints.has(v)).length;
  let best = 0;
  let bestParts: number[] | null = null;
  let tie = false;
  for (const values of survivors) {
    const s = score(values);
    if (s > best) {
      best = s;
      bestParts = values;
      tie = false;
    } else if (s === best && s > 0) {
      tie = true;
    }
  }
  if (bestParts && !tie) return { parts: bestParts, basis: 'prose' };
  return { parts: null, candidates: survivors.length };
}
