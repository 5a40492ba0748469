import { describe, expect, it } from 'vitest';
import { countInvalidUtf8, decodeText, gbkPlausibility } from './encoding.ts';

/** GBK bytes of 政府信息公开年度报告 (GB2312 code points, decoded by any GBK/GB18030 decoder). */
const gbkReportTitle = [
  0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa, 0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8,
  0xb8, 0xe6,
];
/** GBK full-width colon and parenthesis (：（), common in report prose. */
const gbkPunctuation = [0xa3, 0xba, 0xa3, 0xa8];
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
const utf16le = (text: string): number[] => [...Buffer.from(text, 'utf16le')];
const utf16be = (text: string): number[] => [...Buffer.from(text, 'utf16le').swap16()];

describe('decodeText — encodings government sites publish in', () => {
  const cases: { name: string; bytes: number[]; text: string; encoding: string; warns: boolean }[] = [
    {
      name: 'UTF-8 without BOM',
      bytes: utf8('2023年政府信息公开年度报告'),
      text: '2023年政府信息公开年度报告',
      encoding: 'utf-8',
      warns: false,
    },
    {
      name: 'UTF-8 with BOM (Windows Notepad)',
      bytes: [0xef, 0xbb, 0xbf, ...utf8('一、总体情况')],
      text: '一、总体情况',
      encoding: 'utf-8',
      warns: false,
    },
    {
      name: 'GBK (GB2312 characters)',
      bytes: gbkReportTitle,
      text: '政府信息公开年度报告',
      encoding: 'gb18030',
      warns: false,
    },
    {
      name: 'GBK with ASCII figures and punctuation',
      bytes: [...utf8('2019'), ...gbkReportTitle, ...gbkPunctuation],
      text: '2019政府信息公开年度报告：（',
      encoding: 'gb18030',
      warns: false,
    },
    {
      name: 'UTF-16LE with BOM (Word “Unicode text”)',
      bytes: [0xff, 0xfe, ...utf16le('表三 收到申请数')],
      text: '表三 收到申请数',
      encoding: 'utf-16le',
      warns: false,
    },
    {
      name: 'UTF-16BE with BOM',
      bytes: [0xfe, 0xff, ...utf16be('行政复议')],
      text: '行政复议',
      encoding: 'utf-16be',
      warns: false,
    },
    {
      name: 'UTF-16LE without BOM (ASCII-heavy)',
      bytes: utf16le('Report 2023: 12 items, 3 appeals'),
      text: 'Report 2023: 12 items, 3 appeals',
      encoding: 'utf-16le',
      warns: false,
    },
    {
      name: 'UTF-8 cut off inside its last character',
      bytes: utf8('报告').slice(0, 5),
      text: '报\uFFFD',
      encoding: 'utf-8',
      warns: true,
    },
  ];
  it.each(cases)('$name', ({ bytes, text, encoding, warns }) => {
    const decoded = decodeText(Uint8Array.from(bytes));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.length > 0).toBe(warns);
  });

  it('never passes bytes that are neither UTF-8 nor GBK silently', () => {
    // Lead bytes followed by control bytes are invalid in both encodings.
    const garbage = Uint8Array.from([0xe4, 0x01, 0xc3, 0x02, 0x81, 0x0a, 0xff, 0xfe, 0x80, 0x41, 0xd5]);
    const decoded = decodeText(garbage);
    expect(decoded.warnings.map((w) => w.code)).toContain('P-ENCODING');
  });

  it('warns when a GBK decode yields mostly rare characters (likely mojibake)', () => {
    // Pairs in GBK/3 and GBK/4 (lead 0x81–0xA0, 0xAA–0xAF): valid, but not what Chinese prose is made of.
    const bytes: number[] = [];
    for (let i = 0; i < 40; i++) bytes.push(0x81 + (i % 30), 0x41 + i);
    const decoded = decodeText(Uint8Array.from(bytes));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.warnings.map((w) => w.code)).toEqual(['P-ENCODING']);
  });
});

describe('the byte scans that decide between UTF-8 and GBK', () => {
  const bytes = (...parts: (number[] | string)[]): Uint8Array =>
    Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? utf8(part) : part)));
  it.each([
    {
      name: 'ASCII only',
      input: bytes('2023 report'),
      scan: { invalid: 0, multiByte: 0, truncatedAtEnd: false },
    },
    {
      name: 'Chinese and a 4-byte character',
      input: bytes('报告𠀀'),
      scan: { invalid: 0, multiByte: 3, truncatedAtEnd: false },
    },
    {
      name: 'cut off inside the last character',
      input: bytes('报告').slice(0, 5),
      scan: { invalid: 1, multiByte: 1, truncatedAtEnd: true },
    },
    {
      name: 'overlong E0 80, surrogate ED A0, F4 90 beyond U+10FFFF',
      input: bytes([0xe0, 0x80, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]),
      scan: { invalid: 10, multiByte: 0, truncatedAtEnd: false },
    },
    {
      name: 'stray continuation and C0/C1/F5 leads',
      input: bytes([0x80, 0xc0, 0xaf, 0xc1, 0xf5, 0x41]),
      scan: { invalid: 5, multiByte: 0, truncatedAtEnd: false },
    },
    {
      name: 'GBK read as UTF-8',
      input: bytes(gbkReportTitle),
      scan: { invalid: 15, multiByte: 2, truncatedAtEnd: true },
    },
  ])('UTF-8: $name', ({ input, scan }) => {
    expect(countInvalidUtf8(input)).toEqual(scan);
  });

  it.each([
    {
      name: 'GB2312 prose and punctuation',
      input: bytes(gbkReportTitle, gbkPunctuation),
      scan: { invalid: 0, doubleByte: 12, common: 12 },
    },
    {
      name: 'GBK/3 pairs (valid, not common)',
      input: bytes([0x81, 0x41, 0x90, 0x80]),
      scan: { invalid: 0, doubleByte: 2, common: 0 },
    },
    {
      name: 'GB18030 four-byte sequence, then a broken one',
      input: bytes([0x81, 0x30, 0x81, 0x30, 0x81, 0x30, 0x41]),
      scan: { invalid: 1, doubleByte: 1, common: 0 },
    },
    {
      name: '80, FF, a lead before a control byte, a lead at the end',
      input: bytes([0x80, 0xff, 0xb0, 0x20, 0xb0]),
      scan: { invalid: 4, doubleByte: 0, common: 0 },
    },
    { name: 'UTF-8 read as GBK', input: bytes('报告'), scan: { invalid: 0, doubleByte: 3, common: 1 } },
  ])('GBK: $name', ({ input, scan }) => {
    expect(gbkPlausibility(input)).toEqual(scan);
  });
});
