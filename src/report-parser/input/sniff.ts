export type SniffedKind = 'text' | 'html' | 'script' | 'pdf' | 'zip' | 'ole' | 'image' | 'binary';

const htmlNames = /\.(html?|shtml|xhtml|jsp|aspx?|php|mht)$/i;
/** A CMS data file (JS or JSON) that may hold the whole report as markup in a string. */
const scriptNames = /\.(m?js|json)$/i;
/** How a JS or JSON file starts: a comment, a declaration, an object or array literal. */
const scriptStart =
  /^(?:\u00ef\u00bb\u00bf)?\s*(?:\/\/|\/\*|(?:var|let|const)\s|window\.|document\.write|[{[]\s*["'{[\n])/;
const latin1 = new TextDecoder('latin1');

/**
 * What the bytes are, from their magic numbers first (a “.html” that is really a PDF is common on
 * download links), then the file name, then a look at the first kilobytes.
 */
export function sniffKind(bytes: Uint8Array, name: string): SniffedKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  const pdfAt = findAscii(bytes, '%PDF-', 1024);
  if (pdfAt !== -1) return 'pdf'; // some servers prepend junk before the header
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole'; // old .doc/.xls/.wps
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
  ) {
    return 'image';
  }
  if (looksBinary(bytes)) return 'binary';
  if (htmlNames.test(name)) return 'html';
  const start = bytes.subarray(0, 4096);
  // A page starts with `<`; a file starting as code is code, whatever markup its strings hold.
  if (scriptNames.test(name) || scriptStart.test(latin1.decode(start.subarray(0, 64)))) return 'script';
  // Every marker below starts with `<`: without one there is nothing to decode and look at.
  if (start.indexOf(0x3c) === -1) return 'text';
  // Node's latin1 (byte = code unit) is ≈ 10× cheaper than TextDecoder('latin1') (windows-1252);
  // they differ only at 0x80–0x9F, which no marker below contains.
  const head = Buffer.from(start.buffer, start.byteOffset, start.byteLength).toString('latin1');
  // Case-insensitive on ASCII letters: what lower-casing the head first did.
  if (/<!doctype html|<html[\s>]|<body[\s>]|<table[\s>]|<div[\s>]|<p[\s>]/i.test(head)) return 'html';
  return 'text';
}

/**
 * Control characters other than tab/newline/form feed are absent from text in any of the
 * accepted encodings (UTF-16 is recognised separately by its BOM or zero-byte pattern).
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  if (sample[0] === 0xff && sample[1] === 0xfe) return false;
  if (sample[0] === 0xfe && sample[1] === 0xff) return false;
  let zeros = 0;
  let evenZeros = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b >= 0x20) continue;
    if (b === 0) {
      zeros++;
      if (i % 2 === 0) evenZeros++;
    } else if (b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  // UTF-16 without BOM: zeros all on one parity.
  const oneParity = zeros > 0 && (evenZeros === 0 || evenZeros === zeros);
  if (zeros > 0 && !(oneParity && zeros > sample.length * 0.2)) return true;
  return controls > sample.length * 0.01 + 2;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function findAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length - needle.length, limit);
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    }
    return i;
  }
  return -1;
}
