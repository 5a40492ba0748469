import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../normalize/index.ts';
import { readReportSource } from './index.ts';
import { randomNamedBytes } from '../../../test/support/fuzz-inputs.ts';

const fixtures = [
  '../../../../shared/fixtures/published-reports/002_6ef0028b77f66cbd.txt',
  '../../../../shared/fixtures/published-reports/003_093147b4580a26b8.txt',
  '../../../../shared/fixtures/published-reports/004_d56b836ff3b8aa47.txt',
  '../../../../shared/fixtures/published-reports-extra/01_2021fmt_jiangsu-shuyang-fgj_2023.txt',
].map((path) => new Uint8Array(readFileSync(new URL(path, import.meta.url))));

/** Reading plus normalising must finish well within 1 s per 100 KB (the brief's bound), never throw. */
async function readWithinBounds(bytes: Uint8Array, name: string): Promise<void> {
  const started = performance.now();
  const source = await readReportSource(bytes, name);
  const normalized = normalize(source.text, source.metadata ?? {});
  const elapsed = performance.now() - started;
  expect(typeof normalized.text).toBe('string');
  // A result is either text or a stated reason why there is none.
  expect(source.text.trim() !== '' || source.unreadable !== undefined).toBe(true);
  // Generous for a shared, loaded CI machine; a hang or a quadratic blow-up exceeds it by far.
  expect(elapsed).toBeLessThan(1000 + (bytes.length / 100_000) * 1000 * 5);
}

/** A mutation of real report bytes: flipped bytes, a cut, a spliced chunk. */
const mutation = fc.record({
  which: fc.nat({ max: fixtures.length - 1 }),
  flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
    maxLength: 40,
  }),
  cut: fc.double({ min: 0, max: 1, noNaN: true }),
  splice: fc.uint8Array({ maxLength: 200 }),
});

describe('robustness — random and damaged inputs never crash or hang', () => {
  beforeAll(async () => {
    // Load pdfjs and the OpenCC tables once, so the time bounds measure reading, not start-up.
    await readReportSource(new TextEncoder().encode('%PDF-1.7\n'), 'warm.pdf');
    normalize('據');
  });

  it('random bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(
        randomNamedBytes(20_000, ['a.txt', 'a.html', 'a.pdf', 'a.docx', 'noname']),
        async ([bytes, name]) => {
          await readWithinBounds(bytes, name);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('random bytes behind real magic numbers (%PDF-, PK, BOMs)', async () => {
    const magics = [
      [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a],
      [0x50, 0x4b, 0x03, 0x04],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xd0, 0xcf, 0x11, 0xe0],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...magics),
        fc.uint8Array({ maxLength: 5_000 }),
        async (magic, rest) => {
          await readWithinBounds(Uint8Array.from([...magic, ...rest]), 'x');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('mutated real reports (text, traditional, HTML)', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ({ which, flips, cut, splice }) => {
        const original = fixtures[which]!;
        const bytes = original.slice(0, Math.max(1, Math.floor(original.length * cut)));
        for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
        const middle = Math.floor(bytes.length / 2);
        const damaged = Uint8Array.from([...bytes.subarray(0, middle), ...splice, ...bytes.subarray(middle)]);
        await readWithinBounds(damaged, which === 3 ? 'page.html' : 'report.txt');
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    { name: 'empty file', bytes: new Uint8Array(0), code: 'P-EMPTY' },
    { name: 'only whitespace', bytes: new TextEncoder().encode(' \n\t\n'), code: 'P-EMPTY' },
    { name: 'NUL-filled binary', bytes: new Uint8Array(4096), code: 'P-BINARY' },
    {
      name: 'PNG image',
      bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      code: 'P-NO-TEXT-LAYER',
    },
    {
      name: 'old Word .doc',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      code: 'P-UNSUPPORTED-FORMAT',
    },
    {
      name: 'a PDF header and nothing else',
      bytes: new TextEncoder().encode('%PDF-1.7\n'),
      code: 'P-BROKEN-FILE',
    },
    {
      name: 'HTML with only scripts',
      bytes: new TextEncoder().encode('<html><script>var a=1;</script></html>'),
      code: 'P-EMPTY',
    },
  ])('$name → $code', async ({ bytes, code }) => {
    const source = await readReportSource(bytes, 'x');
    expect(source.text).toBe('');
    expect(source.unreadable?.code).toBe(code);
  });

  it('a 50 MB text file is read in part with P-TOO-LARGE, not whole', async () => {
    const unit = fixtures[2]!;
    const big = new Uint8Array(50 * 1024 * 1024);
    for (let at = 0; at < big.length; at += unit.length)
      big.set(unit.subarray(0, Math.min(unit.length, big.length - at)), at);
    const source = await readReportSource(big, 'big.txt');
    expect(source.warnings.map((w) => w.code)).toEqual(['P-TOO-LARGE']);
    expect(source.text.length).toBeGreaterThan(1_000_000);
    expect(source.text.length).toBeLessThan(big.length);
  });
});
