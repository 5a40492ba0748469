import { warning } from './types.ts';
import type { SourceWarning } from './types.ts';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
  warnings: SourceWarning[];
}

/**
 * Bytes → string for the encodings Chinese government sites publish in: UTF-8 (with or without
 * BOM), GB18030/GBK/GB2312 (one decoder covers all three), UTF-16 with a BOM (Word “Unicode text”).
 * Undecodable bytes become U+FFFD and are reported: a mis-decoded file must never pass silently.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeWith(utf16, bytes);
  // The common case, decided by the native decoder: well-formed UTF-8.
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', warnings: [] };
  const utf8Errors = countInvalidUtf8(bytes);
  if (utf8Errors.invalid === 0) return decodeWith('utf-8', bytes);
  // A UTF-8 file cut off inside its last character is still UTF-8, not GBK mojibake.
  if (utf8Errors.invalid <= 1 && utf8Errors.truncatedAtEnd) {
    return decodeWith('utf-8', bytes, '文件末尾有一个不完整的字符（可能被截断），已用“�”代替');
  }
  const gbk = gbkPlausibility(bytes);
  if (gbk.invalid === 0) {
    // Traditional characters sit outside GB2312, so a low share is a doubt, not a verdict.
    const rare = gbk.doubleByte - gbk.common;
    const doubtful = gbk.doubleByte >= 20 && gbk.common / gbk.doubleByte < 0.6;
    return decodeWith(
      'gb18030',
      bytes,
      doubtful
        ? `按 GB18030 解码，但 ${gbk.doubleByte} 个汉字中有 ${rare} 个不是常用字，可能是乱码，请核对原文编码`
        : undefined,
    );
  }
  // Neither decodes cleanly: take the one with fewer bad sequences and say so.
  const utf8Rate = utf8Errors.invalid / Math.max(1, utf8Errors.multiByte + utf8Errors.invalid);
  const gbkRate = (gbk.invalid + (gbk.doubleByte - gbk.common)) / Math.max(1, gbk.doubleByte + gbk.invalid);
  const chosen = utf8Rate <= gbkRate ? 'utf-8' : 'gb18030';
  return decodeWith(
    chosen,
    bytes,
    `无法确定文件编码：按 UTF-8 有 ${utf8Errors.invalid} 处无效字节，按 GB18030 有 ${gbk.invalid} 处无效字节、` +
      `${gbk.doubleByte - gbk.common} 个生僻字；已按 ${chosen === 'utf-8' ? 'UTF-8' : 'GB18030'} 读取，部分文字可能是乱码`,
  );
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function decodeWith(encoding: DecodedText['encoding'], bytes: Uint8Array, note?: string): DecodedText {
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const warnings: SourceWarning[] = note ? [warning('P-ENCODING', note)] : [];
  if (!note) {
    const replaced = countChar(text, '\uFFFD');
    if (replaced > 0) {
      warnings.push(
        warning('P-ENCODING', `按 ${encoding.toUpperCase()} 解码时有 ${replaced} 处无效字节，已用“�”代替`),
      );
    }
  }
  return { text, encoding, warnings };
}

function bomEncoding(bytes: Uint8Array): { encoding: DecodedText['encoding']; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: ASCII text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): DecodedText['encoding'] | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

interface Utf8Scan {
  invalid: number;
  multiByte: number;
  truncatedAtEnd: boolean;
}

/** Counts well-formed multi-byte sequences and invalid bytes per the UTF-8 grammar (RFC 3629). */
export function countInvalidUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { invalid: 0, multiByte: 0, truncatedAtEnd: false };
  forEachNonAscii(bytes, (i) => {
    const b = bytes[i]!;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      scan.invalid++;
      return 1;
    }
    // After E0, ED, F0, F4 the second byte's range narrows: no overlongs, surrogates or > U+10FFFF.
    const secondMin = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const secondMax = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let j = 1;
    for (; j <= need && i + j < bytes.length; j++) {
      const c = bytes[i + j]!;
      if (c < (j === 1 ? secondMin : 0x80) || c > (j === 1 ? secondMax : 0xbf)) break;
    }
    if (j > need) {
      scan.multiByte++;
      return need + 1;
    }
    if (i + j >= bytes.length) scan.truncatedAtEnd = true;
    scan.invalid++;
    return j;
  });
  return scan;
}

interface GbkScan {
  invalid: number;
  doubleByte: number;
  /** Double-byte characters in GB2312's punctuation rows (A1–A9) or level-1 common hanzi (B0–D7). */
  common: number;
}

/**
 * GBK-family plausibility. Real Chinese prose is almost all GB2312 level-1 characters and common
 * punctuation; random or foreign bytes that happen to pair up land all over the code space.
 */
export function gbkPlausibility(bytes: Uint8Array): GbkScan {
  const scan: GbkScan = { invalid: 0, doubleByte: 0, common: 0 };
  const invalidByte = (): number => {
    scan.invalid++;
    return 1;
  };
  forEachNonAscii(bytes, (i) => {
    const b = bytes[i]!;
    const c = bytes[i + 1];
    if (b === 0x80 || b === 0xff || c === undefined) return invalidByte();
    if (c >= 0x30 && c <= 0x39) {
      // GB18030 four-byte sequence: lead, digit, lead, digit.
      const c3 = bytes[i + 2];
      const c4 = bytes[i + 3];
      if (c3 === undefined || c3 < 0x81 || c3 > 0xfe || c4 === undefined || c4 < 0x30 || c4 > 0x39) {
        return invalidByte();
      }
      scan.doubleByte++;
      return 4;
    }
    if (c < 0x40 || c === 0x7f || c === 0xff) return invalidByte();
    scan.doubleByte++;
    if (c >= 0xa1 && ((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xd7))) scan.common++;
    return 2;
  });
  return scan;
}

/**
 * Walks the bytes character by character: ASCII bytes are stepped over, and at any other byte
 * `readCharacter` says how many bytes the character there takes (1 for a byte it cannot place).
 */
function forEachNonAscii(bytes: Uint8Array, readCharacter: (at: number) => number): void {
  for (let i = 0; i < bytes.length;) i += bytes[i]! < 0x80 ? 1 : readCharacter(i);
}

function countChar(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) count++;
  return count;
}
