import type { ReportDates, ReportMetadata } from '../core/report-format/report-data.ts';
import type { TextLine } from './segment.ts';

const chineseDigits: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 二〇二五年一月十六日 → 2025年1月16日 (signature dates are often written in Chinese numerals). */
export function chineseNumeralDate(text: string): string {
  return text.replace(
    /([〇零一二三四五六七八九OＯ]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,4})\s*日/g,
    (_all, y: string, m: string, d: string) =>
      `${[...y].map((c) => chineseDigits[c] ?? 0).join('')}年${small(m)}月${small(d)}日`,
  );
}

function small(numeral: string): number {
  const ten = numeral.indexOf('十');
  if (ten < 0) return chineseDigits[numeral] ?? 0;
  const tens = ten === 0 ? 1 : (chineseDigits[numeral[0]!] ?? 0);
  const units = ten === numeral.length - 1 ? 0 : (chineseDigits[numeral[ten + 1]!] ?? 0);
  return tens * 10 + units;
}

const iso = (y: string | number, m: string | number, d: string | number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A line that is only a date (a signature), possibly in brackets or after 日期：. */
const dateLine =
  /^\s*[（(]?\s*(?:(?:填报|报告|印发|发布|成文)?日期\s*[:：]?\s*)?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[)）]?\s*$/;
const publishedPattern =
  /(?:发布日期|发布时间|公开日期|发文日期|成文日期|生成日期)\s*[:：]?\s*(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const periodPattern =
  /统计(?:期限|时限|时间|期间|区间|范围|周期)[^。；\d]{0,12}?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:起)?\s*(?:至|到|—|-|~|～)\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const blankPeriodPattern =
  /统计(?:期限|时限|时间|期间)[^。；\d]{0,8}?自\s*(?:年\s*月\s*日)?\s*(?:起\s*)?至\s*(?:年\s*月\s*日)?\s*[止。]/;

/** Signature date (the last date line, else one at the top), publication date, statistic period. */
export function readDates(lines: readonly TextLine[], text: string, metadata: ReportMetadata): ReportDates {
  const dates: ReportDates = {};
  const dated = lines
    // A signature date line is short and says 年 (二〇二五年一月十六日 or 2025年1月16日).
    .filter((line) => line.text.length <= 40 && line.text.includes('年'))
    .map((line) => ({ line, m: dateLine.exec(chineseNumeralDate(line.text)) }))
    .filter((d): d is { line: TextLine; m: RegExpExecArray } => d.m !== null);
  const tail = dated.filter((d) => d.line.index >= lines.length - 15);
  const head = dated.filter((d) => d.line.index < 10);
  const signature = tail.at(-1) ?? head[0];
  if (signature) dates.signedOn = iso(signature.m[1]!, signature.m[2]!, signature.m[3]!);
  const published = metadata.publishedOn ? /(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec(metadata.publishedOn) : null;
  const inText = published ?? publishedPattern.exec(text);
  if (inText) dates.publishedOn = iso(inText[1]!, inText[2]!, inText[3]!);
  const period = periodPattern.exec(text);
  if (period) {
    const toYear = period[4] ?? period[1]!;
    dates.period = {
      from: iso(period[1]!, period[2]!, period[3]!),
      to: iso(toYear, period[5]!, period[6]!),
      text: period[0],
    };
  } else {
    const blank = blankPeriodPattern.exec(text);
    if (blank) dates.period = { blank: true, text: blank[0] };
  }
  return dates;
}
