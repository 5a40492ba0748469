/** Whitespace HTML/XML treats as blank, plus &nbsp; (U+00A0), which report tables use for empty cells. */
const blankRun = /[\s\u00a0\u200b\ufeff]+/g;

export function collapseBlanks(text: string): string {
  return text.replace(blankRun, ' ');
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
    const part = trimLine(collapseBlanks(raw));
    if (!part) continue;
    if (out && wordChar.test(out[out.length - 1]!) && wordChar.test(part[0]!)) out += ' ';
    out += part;
  }
  return out;
}

/** Accumulates output lines: inline text goes into the current line, a block boundary ends it. */
export class LineWriter {
  private readonly lines: string[] = [];
  private current = '';

  text(piece: string): void {
    this.current += piece;
  }

  /** Ends the current line (a block boundary); blank lines collapse. */
  break(): void {
    const line = trimLine(collapseBlanks(this.current));
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
}
