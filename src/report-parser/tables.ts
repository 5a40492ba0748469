import type { TextLine } from './segment.ts';
import { isBlankText, isCellValue, isUnitCell, isValueText } from './tables-cells.ts';

/** A cell as printed, with its offsets into the normalised text. */
export interface RawCell {
  text: string;
  start: number;
  end: number;
}

/**
 * One line read as a table row. `kind`:
 * - `row`: label cell(s) then value cells (`a | 1 | 2 |`, tab- or space-separated, run together);
 * - `label`: a line with text only (a row label whose values follow on the next lines, a heading);
 * - `values`: values only (one cell per line, 表四's unlabelled data row, a row under a heading);
 * - `header`: text cells only, several of them (column headers);
 * - `prose`: anything else.
 */
export interface RawRow {
  kind: 'row' | 'label' | 'values' | 'header' | 'prose';
  line: TextLine;
  /** Label cells in order (a group cell like （三）不予公开 then the row's own label). */
  labels: string[];
  cells: RawCell[];
  /** Unit cells seen between the label and the values (national-2014 单位 column). */
  units: string[];
  /** Cells of a header row. */
  headers: string[];
  /** True when the values were glued to the label with no separator (`行政规范性文件8855698`). */
  runTogether: boolean;
  /** Pipe or tab separated (a real table row) rather than a plain line. */
  tabular: boolean;
}

const separatorRow = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
/** Longer plain lines are prose, even when they end with a number. */
const maxPlainRowLength = 90;

export function splitCells(line: TextLine, separator: string): RawCell[] {
  const cells: RawCell[] = [];
  const text = line.text;
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf(separator, from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const cellText = raw.trim();
    // The trimmed text first occurs where the blanks before it end.
    const lead = cellText === '' ? raw.length : raw.indexOf(cellText);
    const start = line.start + from + lead;
    cells.push({ text: cellText, start, end: start + cellText.length });
    from = to + 1;
  }
  // Edge separators (`| a | b |`) leave an empty first/last piece that is not a cell.
  if (startsAfterBlanks(text, separator)) cells.shift();
  if (endsBeforeBlanks(text, separator)) cells.pop();
  return cells;
}

/** The characters trim() removes. */
const blank = /\s/;

/** `text.trimStart().startsWith(piece)` without the copy. */
function startsAfterBlanks(text: string, piece: string): boolean {
  let i = 0;
  while (i < text.length && blank.test(text[i]!)) i++;
  return text.startsWith(piece, i);
}

/** `text.trimEnd().endsWith(piece)` without the copy. */
function endsBeforeBlanks(text: string, piece: string): boolean {
  let end = text.length;
  while (end > 0 && blank.test(text[end - 1]!)) end--;
  return text.endsWith(piece, end);
}

type RowParts = Partial<Pick<RawRow, 'labels' | 'cells' | 'units' | 'headers' | 'runTogether'>>;

/** Every row has the same shape (one hidden class for the mappers' hot loops). */
function makeRow(kind: RawRow['kind'], line: TextLine, tabular: boolean, parts: RowParts = {}): RawRow {
  return {
    kind,
    line,
    labels: parts.labels ?? [],
    cells: parts.cells ?? [],
    units: parts.units ?? [],
    headers: parts.headers ?? [],
    runTogether: parts.runTogether ?? false,
    tabular,
  };
}

export function fromCells(line: TextLine, cells: RawCell[], tabular: boolean): RawRow {
  let i = 0;
  while (i < cells.length && cells[i]!.text === '') i++;
  const labels: string[] = [];
  while (
    i < cells.length &&
    cells[i]!.text !== '' &&
    !isValueText(cells[i]!.text) &&
    !isUnitCell(cells[i]!.text)
  ) {
    labels.push(cells[i]!.text);
    i++;
  }
  const units: string[] = [];
  // national-2014 单位 column: a unit word, or —— where a heading row has no unit.
  while (i < cells.length - 1 && (isUnitCell(cells[i]!.text) || /^[—-]{2,}$/.test(cells[i]!.text))) {
    units.push(cells[i]!.text);
    i++;
  }
  const rest = cells.slice(i);
  if (rest.some((c) => c.text !== '' && !isCellValue(c.text) && !isUnitCell(c.text))) {
    // Words after the figures start: a header row (or a row of mixed words); never data.
    const headers = cells.map((c) => c.text).filter((t) => t !== '');
    return makeRow('header', line, tabular, { labels, units, headers });
  }
  if (labels.length === 0)
    return makeRow(rest.length > 0 ? 'values' : 'prose', line, tabular, { units, cells: rest });
  if (rest.length === 0) {
    return labels.length > 1
      ? makeRow('header', line, tabular, { labels, units, headers: labels })
      : makeRow('label', line, tabular, { labels, units });
  }
  return makeRow('row', line, tabular, { labels, units, cells: rest });
}

const tokenPattern = /\S+/g;
/** A line with none of these characters has no figure and no blank marker. */
const mayHoldValue = /[\d\-—–/／－一无\\…]/;
/** Values (a figure, a blank marker, a unit) can only stand at the end of a row: its last character is one of these. */
const valueEnding = /[\d\-—–/／－一无\\…%件条次篇个人元项家份起宗]/;
/** Punctuation inside a bracketed note (（区分处理的，只计这一情形…）) does not make a sentence. */
const bracketed = /[（(][^（）()]*[)）]/g;
const sentencePunctuation = /[，。；;]/;

/** The text with bracketed notes taken out (no copy when there is no bracket). */
function withoutBracketed(text: string): string {
  return text.includes('(') || text.includes('（') ? text.replace(bracketed, '') : text;
}

/** A plain line with no figure: a label, a header printed with spaces, or prose. */
function wordsOnly(trimmed: string, line: TextLine): RawRow {
  const bare = withoutBracketed(trimmed);
  if (sentencePunctuation.test(bare)) return makeRow('prose', line, false);
  const words = trimmed.split(/\s+/);
  if (words.length >= 3 && words.every((w) => w.length <= 8)) {
    return makeRow('header', line, false, { headers: words });
  }
  return makeRow('label', line, false, { labels: [words.join('')] });
}
/** A run of digits glued to the end of a label: `规范性文件8855698`, `主动公开信息数条4251516`. */
const gluedDigits = /^(.*[\u4e00-\u9fff）)])(\d{2,})$/;

function plainRow(line: TextLine): RawRow {
  const text = line.text;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > maxPlainRowLength) return makeRow('prose', line, false);
  // (Testing the last character alone: a pattern anchored at `$` is tried at every position.)
  if (!mayHoldValue.test(trimmed) || !valueEnding.test(trimmed[trimmed.length - 1]!))
    return wordsOnly(trimmed, line);
  const tokens: RawCell[] = [];
  for (const m of text.matchAll(tokenPattern)) {
    tokens.push({ text: m[0], start: line.start + m.index, end: line.start + m.index + m[0].length });
  }
  let firstValue = tokens.length;
  while (
    firstValue > 0 &&
    (isCellValue(tokens[firstValue - 1]!.text) || isUnitCell(tokens[firstValue - 1]!.text))
  ) {
    firstValue--;
  }
  // Letters among figures (`12 O 0`) are cells that read as invalid; letters alone are words.
  while (firstValue < tokens.length && !tokens.slice(firstValue).some((t) => isValueText(t.text)))
    firstValue++;
  const labelTokens = tokens.slice(0, firstValue);
  const valueTokens = tokens.slice(firstValue);
  const units: string[] = [];
  while (valueTokens.length > 1 && isUnitCell(valueTokens[0]!.text)) units.push(valueTokens.shift()!.text);
  const cells = valueTokens.filter((t) => !isUnitCell(t.text));
  // A unit alone on its line (national-2014 printed one cell per line: 收到申请数 / 件 / 86).
  if (labelTokens.length === 0 && cells.length === 0) {
    return makeRow('values', line, false, { units: valueTokens.map((t) => t.text) });
  }
  if (labelTokens.length === 0) {
    return makeRow(cells.length > 0 ? 'values' : 'prose', line, false, { cells, units });
  }
  const label = labelTokens.map((t) => t.text).join('');
  const bare = withoutBracketed(label);
  if (cells.length === 0) {
    const last = labelTokens[labelTokens.length - 1]!;
    const glued = gluedDigits.exec(last.text);
    if (glued && !/[，。,；;：:]/.test(bare)) {
      const digitsStart = last.start + glued[1]!.length;
      const digits: RawCell = { text: glued[2]!, start: digitsStart, end: last.end };
      const gluedLabel = labelTokens
        .slice(0, -1)
        .map((t) => t.text)
        .concat(glued[1]!)
        .join('');
      return makeRow('row', line, false, { labels: [gluedLabel], cells: [digits], units, runTogether: true });
    }
    if (sentencePunctuation.test(bare)) return makeRow('prose', line, false);
    // Several short words and no figure: a header printed with spaces (指标 单位 本年度 历年累计).
    if (labelTokens.length >= 3 && labelTokens.every((t) => t.text.length <= 8)) {
      return makeRow('header', line, false, { headers: labelTokens.map((t) => t.text) });
    }
    return makeRow('label', line, false, { labels: [label] });
  }
  if (/[。；;]/.test(bare)) return makeRow('prose', line, false);
  return makeRow('row', line, false, { labels: [label], cells, units });
}

/** Reads every line as a possible table row (the mapper decides which rows belong to a table). */
export function readRows(lines: readonly TextLine[]): RawRow[] {
  const rows: RawRow[] = [];
  for (const line of lines) {
    if (line.text.includes('|')) {
      if (separatorRow.test(line.text)) continue;
      rows.push(fromCells(line, splitCells(line, '|'), true));
    } else if (line.text.includes('\t')) {
      rows.push(fromCells(line, splitCells(line, '\t'), true));
    } else {
      rows.push(plainRow(line));
    }
  }
  return rows;
}

/**
 * Tables printed one cell per line (PDF text layers, Word exports) give a run of lines holding one
 * figure each: the run is one row of cells, so the figures of a row (or of 表四's single row of 15)
 * stay together.
 */
export function mergeVerticalRuns(rows: readonly RawRow[]): RawRow[] {
  const out: RawRow[] = [];
  for (const row of rows) {
    const previous = out[out.length - 1];
    if (row.kind === 'values' && !row.tabular && previous?.kind === 'values' && !previous.tabular) {
      out[out.length - 1] = makeRow('values', previous.line, false, {
        labels: previous.labels,
        headers: previous.headers,
        cells: [...previous.cells, ...row.cells],
        units: [...previous.units, ...row.units],
      });
      continue;
    }
    out.push(row);
  }
  return out;
}

export { isBlankText };
