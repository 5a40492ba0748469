import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReport, toCheckDocument } from '../src/core/checks/index.ts';
import { parseReport } from '../src/report-parser/index.ts';

const fixture = readFileSync(
  new URL('../../shared/fixtures/published-reports/003_093147b4580a26b8.txt', import.meta.url),
  'utf8',
);

/** Whatever the input, a document comes out — never a crash (issue 5, “Robust”). */
async function documentFor(bytes: Uint8Array | string, name: string) {
  const data = await parseReport(bytes, name);
  const doc = toCheckDocument(name, data, checkReport(data));
  expect(doc.schema).toBe('gongkai.check/v1');
  expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  return doc;
}

describe('the checker never crashes on broken input', () => {
  it('random bytes under any name give a document', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom('r.txt', 'r.html', 'r.pdf', 'r.docx'),
        async (bytes, name) => {
          await documentFor(bytes, name);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a real report cut anywhere, or with characters replaced, gives a document', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixture.length }),
        fc.array(
          fc.tuple(fc.nat({ max: fixture.length - 1 }), fc.constantFrom('O', 'l', '|', '-', '\n', '', '９')),
          {
            maxLength: 20,
          },
        ),
        async (cut, edits) => {
          const chars = [...fixture.slice(0, cut)];
          for (const [at, ch] of edits) if (at < chars.length) chars[at] = ch;
          await documentFor(chars.join(''), 'cut.txt');
        },
      ),
      { numRuns: 40 },
    );
  });

  it('an empty file and binary garbage are reported with P-… findings', async () => {
    const empty = await documentFor(new Uint8Array(), 'empty.txt');
    expect(empty.findings.some((f) => f.code.startsWith('P-'))).toBe(true);
    const garbage = await documentFor(
      Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256),
      'x.bin',
    );
    expect(garbage.findings.some((f) => f.code.startsWith('P-'))).toBe(true);
  });
});
