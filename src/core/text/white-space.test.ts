import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from './white-space.ts';

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ on every code unit of the Basic Multilingual Plane', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it.each([
    [0x20, true],
    [0x3000, true],
    [0xa0, true],
    [0x200b, false],
    [0x4e00, false],
  ])('U+%s → %s', (code, expected) => {
    expect(isWhiteSpace(code)).toBe(expected);
  });
});
