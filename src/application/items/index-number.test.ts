import { describe, expect, it } from 'vitest';
import { checkIndexNumberPattern, formatIndexNumber } from './index-number.ts';

// regulation.md (Art. 12 / 国办 catalogue practice): 索引号 = body code + year + category + serial.
describe('索引号 from a body pattern', () => {
  it.each([
    ['{code}-8-/{year}-{category}{serial:3}', '01526078', 2019, '0111', 1, '01526078-8-/2019-0111001'],
    ['{code}-/{year}-{category}{serial:4}', '01326078', 2025, '0203', 27, '01326078-/2025-02030027'],
    ['{code}/{year}-{serial}', '11220281', 2024, 'x', 12345, '11220281/2024-12345'],
  ])('%s → %s', (pattern, code, year, category, serial, expected) => {
    expect(formatIndexNumber(pattern, { code, year, category, serial })).toBe(expected);
  });

  it.each(['{code}-{category}', '{code}-{serial}', '{year}-{serial}-{foo}'])('rejects %s', (pattern) => {
    expect(() => checkIndexNumberPattern(pattern)).toThrow(/索引号规则/);
  });
});
