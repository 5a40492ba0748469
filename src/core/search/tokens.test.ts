import { describe, expect, it } from 'vitest';
import { foldText, highlightRanges, parseQuery, searchTokens, tokenDocument } from './tokens.ts';

describe('search tokens (CJK bigrams, issue 8)', () => {
  it.each([
    ['政府信息', ['政府', '府信', '信息']],
    ['镇', ['镇']],
    ['2024年报告', ['年报', '报告', '2024']],
    ['GB 18030', ['gb', '18030']],
  ])('%s → %j', (text, expected) => {
    expect(searchTokens(foldText(text)).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['政府資訊公開', '政府资讯公开'],
    ['關於印發', '关于印发'],
    ['ＡＢＣ１２３', 'abc123'],
  ])('folds %s to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('a traditional query yields the same tokens as its simplified form', () => {
    expect(parseQuery('規範性文件').tokens).toEqual(parseQuery('规范性文件').tokens);
  });

  it('quotes, % and SQL punctuation are separators, not syntax', () => {
    const q = parseQuery(`'%' OR 1=1; -- "镇政府"`);
    expect(q.terms).toEqual(['or', '1', '1', '镇政府']);
    expect(q.tokens).toContain('镇政');
    expect(q.folded).not.toMatch(/[%'";-]/);
  });

  it('the token document has each token once', () => {
    expect(tokenDocument('信息信息').split(' ').sort()).toEqual(['信息', '息信']);
  });

  it('highlights every occurrence, merging overlaps', () => {
    expect(highlightRanges('关于信息公开的信息', ['信息'])).toEqual([
      [2, 4],
      [7, 9],
    ]);
    expect(highlightRanges('關於資訊', ['关于'])).toEqual([[0, 2]]);
  });
});
