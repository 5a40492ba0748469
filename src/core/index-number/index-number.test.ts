import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleError } from '../calendar/errors.ts';
import { formatIndexNumber, parseIndexNumber, type IndexNumberParts } from './index-number.ts';
import { nextIndexNumber, serialKey } from './next.ts';
import { parsePattern, TOKEN_NAMES, type PatternPiece, type TokenName } from './pattern.ts';

const TAIHE = '{body}-/{year}-{category:4}{serial:3}';
const CREDIT_CODE = '{body}/{year}-{serial:5}';

describe('patterns in use (政府信息公开目录 索引号)', () => {
  it.each([
    [TAIHE, '01526078-8-/2019-0111001', { body: '01526078-8', year: 2019, category: '0111', serial: 1 }],
    [CREDIT_CODE, '11220281MB1234567/2024-00001', { body: '11220281MB1234567', year: 2024, serial: 1 }],
    ['{body:9}/{year}-{serial:5}', '000014349/2023-00123', { body: '000014349', year: 2023, serial: 123 }],
    [
      '{body}/{category}-{year}-{serial}',
      'JHS/02-2024-17',
      { body: 'JHS', category: '02', year: 2024, serial: 17 },
    ],
    ['{body}/{serial}', '11220281MB1234567/12345678', { body: '11220281MB1234567', serial: 12345678 }],
  ] as [string, string, IndexNumberParts][])('%s ↔ %s', (pattern, text, parts) => {
    expect(formatIndexNumber(pattern, parts)).toBe(text);
    expect(parseIndexNumber(pattern, text)).toEqual(parts);
  });
  it('full-width input is folded (NFKC) before reading', () => {
    expect(parseIndexNumber(TAIHE, '０１５２６０７８－８－／２０１９－０１１１００１')).toEqual({
      body: '01526078-8',
      year: 2019,
      category: '0111',
      serial: 1,
    });
  });
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error.code;
    throw error;
  }
  return 'OK';
}

describe('refusals with a code and a Chinese message', () => {
  it.each([
    ['no serial', () => parsePattern('{body}/{year}'), 'INDEX_PATTERN_INVALID'],
    ['unknown token', () => parsePattern('{body}/{month}/{serial:3}'), 'INDEX_PATTERN_INVALID'],
    ['token twice', () => parsePattern('{body}/{serial:3}/{serial:3}'), 'INDEX_PATTERN_INVALID'],
    ['stray brace', () => parsePattern('{body}/{serial:3}}'), 'INDEX_PATTERN_INVALID'],
    [
      'two open-ended tokens glued',
      () => parsePattern('{body}{category}{serial:3}'),
      'INDEX_PATTERN_AMBIGUOUS',
    ],
    [
      'open body before “-” then open serial',
      () => parsePattern('{body}-{year}-{serial}'),
      'INDEX_PATTERN_AMBIGUOUS',
    ],
    ['open body before “-” with fixed rest', () => parsePattern('{body}-{year}-{serial:3}'), 'OK'],
    ['wrong year', () => parseIndexNumber(TAIHE, '01526078-8-/19-0111001'), 'INDEX_NUMBER_MISMATCH'],
    ['serial 000', () => parseIndexNumber(TAIHE, '01526078-8-/2019-0111000'), 'INDEX_NUMBER_MISMATCH'],
    [
      'category too long',
      () => formatIndexNumber(TAIHE, { body: 'A', year: 2024, category: '01111', serial: 1 }),
      'INDEX_PART_INVALID',
    ],
    [
      'body with a slash',
      () => formatIndexNumber(CREDIT_CODE, { body: 'A/B', year: 2024, serial: 1 }),
      'INDEX_PART_INVALID',
    ],
    [
      'missing category',
      () => formatIndexNumber(TAIHE, { body: 'A', year: 2024, serial: 1 }),
      'INDEX_PART_INVALID',
    ],
    [
      'serial 999 is the last of {serial:3}',
      () => nextIndexNumber(TAIHE, { body: 'A', year: 2024, category: '0101' }, 999),
      'INDEX_SERIAL_EXHAUSTED',
    ],
  ] as const)('%s', (_name, run, code) => {
    expect(codeOf(run)).toBe(code);
  });
});

describe('serials never repeat', () => {
  it('one counter per (body, year, category) for a pattern with all three', () => {
    expect(serialKey(TAIHE, { body: '01526078-8', year: 2019, category: '0111' })).toBe(
      'body=01526078-8|year=2019|category=0111',
    );
    expect(serialKey(CREDIT_CODE, { body: 'X', year: 2024, category: 'ignored' })).toBe('body=X|year=2024');
  });
  it('feeding each serial back gives strictly increasing serials and distinct 索引号', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 60 }), (start, count) => {
        const scope = { body: '01526078-8', year: 2019, category: '0111' };
        const seen = new Set<string>();
        let last: number | null = start === 0 ? null : start;
        for (let i = 0; i < Math.min(count, 999 - start); i++) {
          const next = nextIndexNumber(TAIHE, scope, last);
          expect(next.serial).toBe((last ?? 0) + 1);
          expect(seen.has(next.indexNumber)).toBe(false);
          seen.add(next.indexNumber);
          expect(parseIndexNumber(TAIHE, next.indexNumber).serial).toBe(next.serial);
          last = next.serial;
        }
      }),
    );
  });
});

// Property: any pattern parsePattern accepts reads back exactly what it wrote.
const BODY = [...'0123456789ABCDEFXYZab-'];
const ALNUM = [...'0123456789ABCXYZ'];
const LITERALS = ['-', '/', '-/', '.', '〔', '〕', '号', 'A', '0', '_', '/第'];

const pieceArb = (name: TokenName): fc.Arbitrary<PatternPiece> =>
  fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 6 })).map((width) => ({
    kind: 'token' as const,
    name,
    width: name === 'year' ? null : width,
  }));

const patternArb = fc
  .tuple(
    fc.subarray(['year', 'category'] as TokenName[]),
    fc.array(fc.constantFrom(...LITERALS), { minLength: 6, maxLength: 6 }),
    fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  )
  .chain(([optional, literals, useLiteral]) =>
    fc
      .shuffledSubarray(['body', 'serial', ...optional] as TokenName[], { minLength: 2 + optional.length })
      .chain((order) => fc.tuple(...order.map(pieceArb)))
      .map((tokens) =>
        tokens
          .map((t, i) => {
            if (t.kind !== 'token') return '';
            const literal = useLiteral[i] ? (literals[i] ?? '') : '';
            return `{${t.name}${t.width === null ? '' : `:${t.width}`}}${literal}`;
          })
          .join(''),
      ),
  );

function partsArb(pieces: PatternPiece[]): fc.Arbitrary<IndexNumberParts> {
  const widthFor = (name: TokenName) =>
    pieces.find((p): p is Extract<PatternPiece, { kind: 'token' }> => p.kind === 'token' && p.name === name)
      ?.width ?? null;
  const text = (chars: string[], width: number | null) =>
    fc
      .array(
        fc.constantFrom(...chars),
        width === null ? { minLength: 1, maxLength: 12 } : { minLength: width, maxLength: width },
      )
      .map((cs) => cs.join(''));
  const serialWidth = widthFor('serial');
  const has = (name: TokenName) => pieces.some((p) => p.kind === 'token' && p.name === name);
  return fc
    .record({
      body: text(BODY, widthFor('body')),
      year: fc.integer({ min: 1000, max: 9999 }),
      category: text(ALNUM, widthFor('category')),
      serial: fc.integer({ min: 1, max: serialWidth === null ? 10 ** 9 : 10 ** serialWidth - 1 }),
    })
    .map(({ body, year, category, serial }) => {
      const parts: IndexNumberParts = { body, serial };
      if (has('year')) parts.year = year;
      if (has('category')) parts.category = category;
      return parts;
    });
}

describe('format/parse round trip (fast-check)', () => {
  it('holds for the patterns in use', () => {
    for (const pattern of [TAIHE, CREDIT_CODE]) {
      fc.assert(
        fc.property(partsArb(parsePattern(pattern)), (parts) => {
          expect(parseIndexNumber(pattern, formatIndexNumber(pattern, parts))).toEqual(parts);
        }),
      );
    }
  });
  it('holds for every generated pattern the checker accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(patternArb, fc.integer(), (pattern, seed) => {
        let pieces: PatternPiece[];
        try {
          pieces = parsePattern(pattern);
        } catch (error) {
          expect((error as RuleError).code).toMatch(/^INDEX_PATTERN_(AMBIGUOUS|INVALID)$/);
          return;
        }
        accepted += 1;
        const [parts] = fc.sample(partsArb(pieces), { numRuns: 1, seed });
        if (!parts) return;
        expect(parseIndexNumber(pattern, formatIndexNumber(pattern, parts))).toEqual(parts);
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
  it('knows every token', () => {
    expect(TOKEN_NAMES).toEqual(['body', 'year', 'category', 'serial']);
  });
});
