import { isWhiteSpace } from '../../core/text/white-space.ts';
/** Whitespace HTML/XML treats as blank, plus &nbsp; (U+00A0), which report tables use for empty cells. */
const blankRun = /[\s\u00a0\u200b\ufeff]+/g;

export function collapseBlanks(text: string): string {
  return text.replace(blankRun, ' ');
}

/**
 * `trimLine(collapseBlanks(text))` in one regex pass: once blanks are collapsed, every character
 * trimLine strips has become a single space, so at most one space is left at either end.
 */
export function collapseAndTrim(text: string): string {
  if (text === '') return text;
  const line = collapseBlanks(text);
  const start = line.charCodeAt(0) === 0x20 ? 1 : 0;
  const end =
    line.length > start && line.charCodeAt(line.length - 1) === 0x20 ? line.length - 1 : line.length;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}

/** Characters collapseBlanks folds: JS `\s` (which holds U+00A0, U+3000, U+FEFF) and U+200B. */
function isBlank(code: number): boolean {
  return code === 0x200b || isWhiteSpace(code);
}

function isAllBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** `trimLine(collapseBlanks(text)).length`, counted without building the string. */
export function collapsedLength(text: string): number {
  let length = 0;
  let pendingBlank = false;
  for (let i = 0; i < text.length; i++) {
    if (isBlank(text.charCodeAt(i))) {
      pendingBlank = length > 0;
      continue;
    }
    if (pendingBlank) length++;
    pendingBlank = false;
    length++;
  }
  return length;
}

/** Trims a line, including ideographic spaces (U+3000) used for indentation. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
}

const wordChar = /[0-9A-Za-z]/;

/**
 * Joins the pieces of one table cell (split by `<br>`, `<p>`, `<w:p>`): Chinese joins without a
 * separator (“本年新收” + “政府信息公开申请数量”), but two figures or words never run together.
 */
export function joinCellParts(parts: readonly string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = collapseAndTrim(raw);
    if (part) out = joinPart(out, part);
  }
  return out;
}

function joinPart(out: string, part: string): string {
  return out && wordChar.test(out[out.length - 1]!) && wordChar.test(part[0]!)
    ? `${out} ${part}`
    : out + part;
}

/** Accumulates output lines: inline text goes into the current line, a block boundary ends it. */
export class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(piece: string): void {
    // Blanks opening a line are trimmed anyway: the line breaks between blocks stay out.
    if (this.current === '' && isAllBlank(piece)) return;
    this.current += piece;
  }

  /** Ends the current line (a block boundary); blank lines collapse. */
  break(): void {
    if (this.current === '') return;
    const line = collapseAndTrim(this.current);
    if (line) this.lines.push(line);
    this.current = '';
  }

  /** A complete line (a table row) that is never collapsed or merged. */
  line(line: string): void {
    this.break();
    this.lines.push(line);
  }

  toString(): string {
    this.break();
    return this.lines.join('\n');
  }

  /** The lines as one table cell: joinCellParts over lines that are already trimmed and collapsed. */
  joinedAsCell(): string {
    this.break();
    let out = '';
    for (const part of this.lines) out = joinPart(out, part);
    return out;
  }
}
