import { cumulativeScope, narrativeVocabulary } from '../core/report-format/narrative.ts';
import type { NarrativeFigure } from '../core/report-format/report-data.ts';
import { labelKey } from './map-labels.ts';
import type { RawRow } from './tables.ts';

/** A sentence of prose with its offset in the text. */
export interface Sentence {
  text: string;
  start: number;
}

const approximateAfter = /^\s*(?:余|多|以上|左右)/;
const approximateBefore = /(?:约|近|超过|超|逾|大约)\s*$/;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

const digit = /\d/;
/** ，,；; — what separates the clauses of a sentence. */
const isClauseStop = (code: number) => code === 0xff0c || code === 0x2c || code === 0xff1b || code === 0x3b;
/** A character trim() keeps. */
const visible = /\S/;

/** 。！？!? */
const isSentenceStop = (code: number) =>
  code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x21 || code === 0x3f;

/**
 * The prose sentences: every line that is not a table row, cut at 。！？ — each a run of other
 * characters with the stop that ends it (what /[^。！？!?]+[。！？!?]?/g matches), in one scan.
 */
export function proseSentences(rows: readonly RawRow[]): Sentence[] {
  const out: Sentence[] = [];
  for (const row of rows) {
    if (row.tabular || row.kind === 'values') continue;
    const { text, start } = row.line;
    let i = 0;
    while (i < text.length) {
      if (isSentenceStop(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const from = i;
      while (i < text.length && !isSentenceStop(text.charCodeAt(i))) i++;
      if (i < text.length) i++;
      const sentence = text.slice(from, i);
      if (visible.test(sentence)) out.push({ text: sentence, start: start + from });
    }
  }
  return out;
}

/**
 * Figures the prose states (narrative vocabulary), each with its sentence: one figure per number,
 * the first vocabulary entry that names it wins; approximate figures are skipped. `year` is the
 * report's (a running total since that year is the year's own).
 */
export function readNarrative(sentences: readonly Sentence[], year: number | null = null): NarrativeFigure[] {
  const figures: NarrativeFigure[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    if (!digit.test(text)) continue;
    // The clauses (runs between ，,；;) in one scan; only those holding a digit are cut out and read.
    let from = 0;
    while (from < text.length) {
      let to = from;
      let hasDigit = false;
      for (; to < text.length && !isClauseStop(text.charCodeAt(to)); to++) {
        hasDigit ||= isDigit(text.charCodeAt(to));
      }
      if (hasDigit) readClause(text.slice(from, to), from, sentences, i, year, figures);
      from = to + 1;
    }
  }
  return figures;
}

/** A fragment that a line break cut from the next one: no 。！？ at its end, the next line right after. */
function runsOn(sentences: readonly Sentence[], i: number): boolean {
  const here = sentences[i]!;
  const next = sentences[i + 1];
  const last = here.text.trimEnd();
  return (
    next !== undefined &&
    next.start - (here.start + here.text.length) <= 2 &&
    !isSentenceStop(last.charCodeAt(last.length - 1))
  );
}

/** The sentence before `at` in sentence i, with the lines it wrapped from, from its last ；. */
function textBefore(sentences: readonly Sentence[], i: number, at: number): string {
  let text = sentences[i]!.text.slice(0, at);
  for (let j = i - 1; j >= 0 && i - j <= 3 && runsOn(sentences, j); j--) text = sentences[j]!.text + text;
  return text.slice(Math.max(text.lastIndexOf('；'), text.lastIndexOf(';')) + 1);
}

/** The text after `at` in sentence i, with the next line when the sentence wraps onto it. */
function textAfter(sentences: readonly Sentence[], i: number, at: number): string {
  const text = sentences[i]!.text.slice(at);
  return runsOn(sentences, i) ? text + sentences[i + 1]!.text : text;
}

/**
 * Every vocabulary pattern ends with its number and a unit (`(\d…)\s*(?:件|起|宗)`). Each unit's
 * first character gets a bit; a pattern's mask says which it accepts, 0 when it does not end
 * that way (then it always runs).
 */
const numberGroup = String.raw`(\d[\d,]*(?:\.\d+)?)\s*`;
const unitBits = new Map<string, number>();

function unitMask(pattern: RegExp): number {
  const at = pattern.source.lastIndexOf(numberGroup);
  if (pattern.flags.replace('g', '') !== '' || at < 0) return 0;
  const tail = pattern.source.slice(at + numberGroup.length);
  const alternatives = /^\(\?:([^()[\]\\.*+?{}^$]+)\)$/.exec(tail)?.[1]?.split('|');
  // A literal, its last character maybe optional (人次?): its first character is required.
  const literal = /^([^()[\]\\.*+?{}^$|]+)\??$/.exec(tail)?.[1] ?? '';
  const starts = alternatives ?? (literal.length > (tail.endsWith('?') ? 1 : 0) ? [literal] : []);
  // (Past 30 distinct unit characters the bits would run out: such a pattern always runs.)
  if (starts.length === 0 || starts.some((a) => a === '') || unitBits.size + starts.length > 30) return 0;
  let mask = 0;
  for (const unit of starts) {
    const char = unit[0]!;
    if (!unitBits.has(char)) unitBits.set(char, 1 << unitBits.size);
    mask |= unitBits.get(char)!;
  }
  return mask;
}
const byKey = new Map(narrativeVocabulary.map((entry) => [entry.key, entry]));
const vocabulary = narrativeVocabulary.map((entry) => ({
  entry,
  patterns: entry.patterns.map((pattern) => ({ pattern, units: unitMask(pattern) })),
}));

/** [\d,.]: a number as the patterns read it (digits, thousands commas, a decimal point). */
const isNumberChar = (code: number) => isDigit(code) || code === 0x2c || code === 0x2e;
const space = /\s/;

/** The unit bits of the characters after the clause's numbers (spaces skipped). */
function unitsAfterNumbers(clause: string): number {
  let seen = 0;
  for (let i = 0; i < clause.length; i++) {
    if (!isDigit(clause.charCodeAt(i))) continue;
    while (i < clause.length && isNumberChar(clause.charCodeAt(i))) i++;
    while (i < clause.length && space.test(clause[i]!)) i++;
    if (i < clause.length) seen |= unitBits.get(clause[i]!) ?? 0;
  }
  return seen;
}

function readClause(
  clause: string,
  offset: number,
  sentences: readonly Sentence[],
  i: number,
  year: number | null,
  figures: NarrativeFigure[],
): void {
  const sentence = sentences[i]!;
  // Most clauses yield no figure: the set of numbers already claimed is made at the first one.
  let claimed: Set<number> | null = null;
  const unitsSeen = unitsAfterNumbers(clause);
  for (const { entry, patterns } of vocabulary) {
    for (const { pattern, units } of patterns) {
      // A pattern whose unit follows no number of the clause cannot match it.
      if (units !== 0 && (units & unitsSeen) === 0) continue;
      const m = pattern.exec(clause);
      if (!m || m[1] === undefined || entry.exclude?.test(m[0])) continue;
      const at = m.index + m[0].lastIndexOf(m[1]);
      if (claimed?.has(at)) continue;
      const after = clause.slice(at + m[1].length);
      if (approximateAfter.test(after) || approximateBefore.test(clause.slice(0, at))) continue;
      (claimed ??= new Set()).add(at);
      let target = entry;
      if (entry.sameYear !== undefined) {
        // A running total is the cumulative key's over several years only, the year's over one
        // (report-formats.md “Figures stated in prose”; checks.md N-SUM compares the two); unsure: none.
        const scope = cumulativeScope(textBefore(sentences, i, offset + at), year);
        if (scope === null) break;
        if (scope === 'year') target = byKey.get(entry.sameYear)!;
        if (target.exclude?.test(m[0])) break;
      }
      // The number is another subject's, or only a part: it is claimed, but no figure of this key.
      if (target.otherSubject?.test(textBefore(sentences, i, offset + at))) break;
      const next = target.continuedBy && textAfter(sentences, i, offset + clause.length);
      if (next && /^[，,]/.test(next) && target.continuedBy!.test(next.slice(1))) break;
      const start = sentence.start + offset + at;
      figures.push({
        key: target.key,
        value: Number(m[1].replaceAll(',', '')),
        text: sentence.text.trim(),
        unit: target.unit,
        span: { start, end: start + m[1].length },
      });
      break;
    }
  }
}

/**
 * Numbers stated in sentences that name a row (hints for splitting run-together cells): the row
 * 行政规范性文件 is named 规范性文件 in prose just as often.
 */
export function rowHints(sentences: readonly Sentence[]) {
  // The same row is split once per format tried: its hints are kept (labels never hold a newline).
  const known = new Map<string, ReadonlySet<number>>();
  let compact: string[] | null = null;
  return (labels: readonly string[]): ReadonlySet<number> => {
    const id = labels.join('\n');
    let hints = known.get(id);
    if (hints === undefined) {
      compact ??= sentences.map((sentence) => sentence.text.replace(/\s+/g, ''));
      hints = hintsNamed(compact, labels);
      known.set(id, hints);
    }
    return hints;
  };
}

function hintsNamed(compactSentences: readonly string[], labels: readonly string[]): ReadonlySet<number> {
  const names = new Set<string>();
  for (const label of labels) {
    // 主动公开信息数条 → 主动公开信息: prose says “主动公开信息425条”.
    const key = labelKey(label).replace(/(?:总数|数量|数)?(?:条|件|个|人次|人)?$/, '');
    if (key.length >= 2) names.add(key);
    const short = key.replace(/^(?:行政|政府|主动)/, '');
    if (short.length >= 3) names.add(short);
  }
  const hints = new Set<number>();
  for (const compact of compactSentences) {
    if (![...names].some((name) => compact.includes(name))) continue;
    for (const m of compact.matchAll(/\d+/g)) hints.add(Number(m[0]));
  }
  return hints;
}
