import { Converter } from 'opencc-js';

/**
 * Search tokens for Chinese text without spaces: text is folded (traditional → simplified,
 * full-width → half-width, lower case) and every run of CJK characters becomes overlapping
 * bigrams, so “政府信息” matches a query for “府信”. Folding both the indexed text and the query
 * makes 繁體 queries find 简体 items and the reverse.
 */
let toSimplified: ((text: string) => string) | undefined;

export function foldText(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text.normalize('NFKC')).toLowerCase();
}

const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const wordRun = /[a-z0-9]+/g;

/** Bigrams of every CJK run (a lone character stays a unigram) plus whole Latin/digit words. */
export function searchTokens(folded: string): string[] {
  const tokens: string[] = [];
  for (const [run] of folded.matchAll(cjkRun)) {
    const chars = Array.from(run);
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
  for (const [word] of folded.matchAll(wordRun)) tokens.push(word);
  return tokens;
}

/** The distinct tokens joined by spaces, ready for `to_tsvector('simple', …)`. */
export function tokenDocument(text: string): string {
  return [...new Set(searchTokens(foldText(text)))].join(' ');
}

export interface ParsedQuery {
  /** Folded query text, for phrase checks and highlighting. */
  folded: string;
  /** Tokens that must all be present. */
  tokens: string[];
  /** Terms of the query as typed (folded), split on spaces, for highlighting. */
  terms: string[];
}

/** Parses a user's query; quotes, `%` and other punctuation are only separators, never syntax. */
export function parseQuery(query: string): ParsedQuery {
  const folded = foldText(query)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 100);
  const terms = folded.split(' ').filter(Boolean);
  // A lone CJK character is no bigram: it cannot be looked up in the index (the caller falls back
  // to a substring match when no token is left).
  const tokens = terms
    .flatMap((t) => searchTokens(t))
    .filter((t) => !/^[\u3400-\u9fff\uf900-\ufaff]$/u.test(t));
  return { folded, tokens: [...new Set(tokens)], terms };
}

/** Wraps every occurrence of the query terms in `text` (already folded-comparable) with a marker. */
export function highlightRanges(text: string, terms: string[]): Array<[number, number]> {
  const folded = foldText(text);
  const ranges: Array<[number, number]> = [];
  // Folding keeps length for CJK text; when it does not (rare ligatures), highlight nothing.
  if (folded.length !== text.length) return ranges;
  for (const term of terms) {
    if (!term) continue;
    let from = 0;
    for (let at = folded.indexOf(term, from); at !== -1; at = folded.indexOf(term, from)) {
      ranges.push([at, at + term.length]);
      from = at + term.length;
    }
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
