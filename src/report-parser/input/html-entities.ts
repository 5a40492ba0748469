import { Parser } from 'htmlparser2';

/**
 * Character references as htmlparser2 10 decodes them (the `entities` package's HTML decoder):
 * numeric ones with or without `;`, named ones from HTML's table of 2,231, some of which also match
 * without `;` and inside longer words (`&copy2024` → ©2024, `&notit;` → ¬it;), with other rules
 * inside attribute values. The references report pages use are decoded here; any other is handed
 * to htmlparser2 itself, so that the rare cases stay exactly as they were.
 */

/** Named references decoded directly when written with `;`; each is checked against htmlparser2 in the tests. */
export const commonNamedReferences: ReadonlyMap<string, string> = new Map([
  ['nbsp', '\u00a0'],
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['ensp', '\u2002'],
  ['emsp', '\u2003'],
  ['thinsp', '\u2009'],
  ['middot', '·'],
  ['bull', '•'],
  ['hellip', '…'],
  ['mdash', '—'],
  ['ndash', '–'],
  ['ldquo', '“'],
  ['rdquo', '”'],
  ['lsquo', '‘'],
  ['rsquo', '’'],
  ['times', '×'],
  ['divide', '÷'],
  ['plusmn', '±'],
  ['deg', '°'],
  ['permil', '‰'],
  ['yen', '¥'],
  ['copy', '©'],
  ['reg', '®'],
]);

const hash = 0x23;
const semicolon = 0x3b;
const ampersand = 0x26;
const lessThan = 0x3c;

/** Where the context of a piece of markup puts it: text, or an attribute value and its quote. */
export type ReferenceContext = 'text' | '"' | "'" | '';

/**
 * Decodes `source[from, to)`, whose first `&` is at `firstAmp`. In text a reference ends at the
 * next `&` or `<` at the latest, so an unknown one is decoded by htmlparser2 on that stretch alone.
 */
export function decodeReferences(
  source: string,
  from: number,
  to: number,
  firstAmp: number,
  context: ReferenceContext,
): string {
  let out = '';
  let copied = from;
  let amp = firstAmp;
  while (amp !== -1 && amp < to) {
    const end = knownReferenceEnd(source, amp, to);
    if (end === amp) {
      amp = source.indexOf('&', amp + 1);
      continue;
    }
    if (end !== unknown) {
      out += source.slice(copied, amp) + lastDecoded;
      copied = end;
    } else if (context === 'text') {
      const stretchEnd = referenceStretchEnd(source, amp, to);
      out += source.slice(copied, amp) + textByHtmlparser2(source.slice(amp, stretchEnd));
      copied = stretchEnd;
    } else {
      // In attribute values the end of the value changes the rules: decode the value whole there.
      return attributeByHtmlparser2(source.slice(from, to), context);
    }
    amp = source.indexOf('&', copied);
  }
  return out + source.slice(copied, to);
}

/** `<title>` text: only a `&` that does not follow a partial `</title` starts a reference there. */
export function decodeTitleText(raw: string): string {
  let text = '';
  new Parser({ ontext: (piece) => (text += piece) }, { decodeEntities: true }).end(`<title>${raw}</title>`);
  return text;
}

const unknown = -1;
/** The text of the reference knownReferenceEnd last read (a module variable: no allocation per reference). */
let lastDecoded = '';

/**
 * The end of the reference whose `&` is at `amp`: `amp` itself if it is no reference (the `&` is
 * text), `unknown` if the fast path cannot tell. Sets lastDecoded.
 */
function knownReferenceEnd(source: string, amp: number, to: number): number {
  const start = amp + 1;
  if (start >= to) return amp;
  const first = source.charCodeAt(start);
  if (first === hash) {
    let k = start + 1;
    const hex = k < to && (source.charCodeAt(k) | 0x20) === 0x78;
    if (hex) k++;
    const digitsStart = k;
    let codePoint = 0;
    for (; k < to; k++) {
      const digit = digitValue(source.charCodeAt(k), hex);
      if (digit < 0) break;
      codePoint = codePoint * (hex ? 16 : 10) + digit;
    }
    if (k === digitsStart) return amp;
    // NUL, C1 controls (read as Windows-1252), surrogates and out-of-range numbers are replaced.
    if (codePoint === 0 || (codePoint >= 0x80 && codePoint <= 0x9f)) return unknown;
    if ((codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return unknown;
    lastDecoded = String.fromCodePoint(codePoint);
    return k < to && source.charCodeAt(k) === semicolon ? k + 1 : k;
  }
  if (!isAsciiAlpha(first)) return amp;
  let k = start + 1;
  while (k < to && isAsciiAlphanumeric(source.charCodeAt(k))) k++;
  if (k < to && source.charCodeAt(k) === semicolon) {
    const decoded = commonNamedReferences.get(source.slice(start, k));
    if (decoded !== undefined) {
      lastDecoded = decoded;
      return k + 1;
    }
  }
  return unknown;
}

/** A reference in text reads no further than the next `&` or `<`. */
function referenceStretchEnd(source: string, amp: number, to: number): number {
  for (let k = amp + 1; k < to; k++) {
    const c = source.charCodeAt(k);
    if (c === ampersand || c === lessThan) return k;
  }
  return to;
}

function textByHtmlparser2(stretch: string): string {
  let text = '';
  new Parser({ ontext: (piece) => (text += piece) }, { decodeEntities: true }).end(stretch);
  return text;
}

function attributeByHtmlparser2(raw: string, quote: '"' | "'" | ''): string {
  let value = '';
  new Parser({ onattribute: (_name, decoded) => (value = decoded) }, { decodeEntities: true }).end(
    `<i v=${quote}${raw}${quote}>`,
  );
  return value;
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiAlpha(c) || (c >= 0x30 && c <= 0x39);
}
