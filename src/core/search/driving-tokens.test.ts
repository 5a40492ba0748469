import { expect, it } from 'vitest';
import { drivingTokens } from './driving-tokens.ts';
import { parseQuery } from './tokens.ts';

// Shares of items measured in the 1,000,000-item bench database (pg_stats of item_search.tokens);
// a bigram missing here is not among the 1,000 most common (share 0: rare).
const shares: Record<string, number> = {
  黑土: 0.066,
  土地: 0.173,
  地保: 0.137,
  保护: 0.314,
  林下: 0.067,
  下经: 0.066,
  经济: 0.325,
  长白: 0.062,
  白山: 0.062,
  红旗: 0.219,
  旗沟: 0.018,
  沟村: 0.06,
  危房: 0.075,
  工作: 1,
  建设: 0.464,
};
const shareOf = (token: string) => shares[token] ?? 0;

it.each([
  // No rare bigram: the rarest of each term.
  ['黑土地保护 林下经济', ['黑土', '下经']],
  // Rare bigrams (under 2 %) alone, whichever term they come from.
  ['长白山保护', ['山保']],
  ['红旗沟村危房', ['旗沟', '村危']],
  ['黑土地 红旗沟村', ['旗沟']],
  // One bigram: nothing to choose.
  ['建设', ['建设']],
  ['工作 建设', ['工作', '建设']],
  // A lone character is no bigram and drives nothing.
  ['镇 建设', ['建设']],
])('%s is looked up by %j', (q, expected) => {
  expect(drivingTokens(parseQuery(q), shareOf)).toEqual(expected);
});
