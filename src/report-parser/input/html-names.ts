/**
 * Lower-cased tag and attribute names, each made once and shared. A page repeats a few dozen
 * names thousands of times, and `slice().toLowerCase()` on a page with Chinese text (a two-byte
 * string) costs about 0.25 µs — most of the time of scanning the tags, and every later Set or Map
 * lookup would hash the fresh string again. Names here are found by their characters without
 * slicing; shared strings keep their hash.
 */

const tableBits = 10;
const tableSize = 1 << tableBits;
const maxProbes = 8;
/** Longer “names” are junk (base64 after a `<`), not worth keeping. */
const maxSharedLength = 40;
const slots: (string | undefined)[] = new Array<string | undefined>(tableSize).fill(undefined);

/** `source.slice(start, end).toLowerCase()`, shared when the name is ASCII. */
export function lowerCaseName(source: string, start: number, end: number): string {
  const length = end - start;
  if (length > maxSharedLength) return source.slice(start, end).toLowerCase();
  // Length and end letters tell apart the names pages use; equal hashes only cost a probe.
  const first = asciiLower(source.charCodeAt(start));
  const last = asciiLower(source.charCodeAt(end - 1));
  const hash = Math.imul(length, 0x9e3779b1) ^ Math.imul(first, 0x85ebca6b) ^ Math.imul(last, 0xc2b2ae35);
  let slot = hash >>> (32 - tableBits);
  for (let probe = 0; probe < maxProbes; probe++) {
    const name = slots[slot];
    if (name === undefined) {
      if (!isAscii(source, start, end)) return source.slice(start, end).toLowerCase();
      return (slots[slot] = asciiLowerCopy(source, start, end));
    }
    // A shared name is ASCII: a name with other characters never equals it.
    if (equalsLowered(name, source, start, end)) return name;
    slot = (slot + 1) & (tableSize - 1);
  }
  // A page with a great many distinct names: the table stays as it is.
  return source.slice(start, end).toLowerCase();
}

function isAscii(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (source.charCodeAt(i) >= 0x80) return false;
  return true;
}

function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/** Is `name` (an element's) what lowerCaseName makes of source[start, end)? */
export function equalsLowered(name: string, source: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) !== asciiLower(source.charCodeAt(start + i))) return false;
  }
  return true;
}

/** A new string (never a slice that would keep the whole page alive in the table). */
function asciiLowerCopy(source: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let i = start; i < end; i++) codes.push(asciiLower(source.charCodeAt(i)));
  return String.fromCharCode(...codes);
}
