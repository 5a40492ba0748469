import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport, parseReportText } from './index.ts';

// issue 5, “Robust”: every bad input yields a document with a P-… problem, never a crash.
describe('parseReport never throws', () => {
  it.each([
    ['an empty file', 'P-EMPTY', new Uint8Array(), 'empty.txt'],
    ['binary garbage', 'P-BINARY', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9]), 'garbage.bin'],
    [
      'text with no Chinese',
      'P-UNREADABLE',
      new TextEncoder().encode('hello world, nothing here'),
      'hello.txt',
    ],
  ] as const)('%s → unreadable with %s', async (_name, code, bytes, name) => {
    for (const data of [parseReportText(bytes, name), await parseReport(bytes, name)]) {
      expect(data.unreadable).toBeTruthy();
      expect(data.problems?.map((p) => p.code)).toContain(code);
    }
  });

  it('random text (fuzz): a ReportData every time, every field a number or null', () => {
    const pieces = fc.constantFrom(
      '|',
      ' | ',
      '\n',
      '\t',
      '一、本年新收政府信息公开申请数量',
      '（三）不予公开',
      '收到申请数',
      '总计',
      '-',
      '—',
      '12',
      '0',
      '8855698',
      '行政规范性文件',
      '本年度',
      '历年累计',
      '2024年',
      '政府信息公开工作年度报告',
      '。',
      '，',
      '1O',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 80 }), (parts) => {
        const data = parseReportText(parts.join(''), 'fuzz.txt');
        expect(typeof data.format).toBe('string');
        for (const value of Object.values(data.fields)) {
          expect(value === null || Number.isFinite(value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('random bytes (fuzz)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expect(parseReportText(bytes, 'fuzz.bin').format).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });
});
