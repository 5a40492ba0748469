import { summaryFields } from '../../report-format/index.ts';
import { narrativeVocabulary } from '../../report-format/narrative.ts';
import type { NarrativeFigure, ReportData } from '../../report-format/index.ts';
import { cell, cellLabel, sameNumber, sum } from '../cells.ts';
import { sentenceAt } from '../evidence.ts';
import { finding } from '../rule.ts';
import {
  countUnit,
  isApproximate,
  isTableLine,
  matches,
  matchesAround,
  matchesBefore,
  numberPattern,
  paragraphBounds,
  parseNumber,
  sentenceBounds,
} from '../text.ts';
import type { Finding, Rule } from '../types.ts';

/**
 * Other readings a prose figure may legitimately have: “共收到申请75件” often counts last year's
 * carried-over requests too (新收 + 结转).
 */
const alternativeReadings: Record<string, string[][]> = {
  收到申请数: [['本年新收政府信息公开申请数量.总计', '上年结转政府信息公开申请数量.总计']],
};

const vocabularyField = new Map(narrativeVocabulary.map((e) => [e.key, e.field]));

/** A cell, or else a summary key; the summary computed once per report, on the first need. */
function tableValues(data: ReportData): (field: string) => number | null {
  let summary: Record<string, number | null> | undefined;
  return (field) => {
    const direct = cell(data, field);
    if (direct !== null) return direct;
    summary ??= summaryFields(data.format, data.fields) as Record<string, number | null>;
    return summary[field] ?? null;
  };
}

export function nTable(this: Rule, data: ReportData): Finding[] {
  const byField = new Map<string, NarrativeFigure[]>();
  for (const fig of data.narrative) {
    if (!fig.key.startsWith('narrative.') || fig.unit === '%') continue;
    // The vocabulary names the cell a figure must equal; otherwise the key does (narrative.<key>).
    const field = vocabularyField.has(fig.key)
      ? vocabularyField.get(fig.key)
      : fig.key.slice('narrative.'.length);
    if (!field) continue;
    byField.set(field, [...(byField.get(field) ?? []), fig]);
  }
  const tableValue = tableValues(data);
  const out: Finding[] = [];
  for (const [field, figures] of byField) {
    const table = tableValue(field);
    if (table === null) continue;
    const accepted = [table];
    for (const keys of alternativeReadings[field] ?? []) {
      const values = keys.map((k) => cell(data, k));
      if (values.every((v): v is number => v !== null)) accepted.push(sum(values));
    }
    // Prose may state a figure more than once; one agreeing statement settles it.
    if (figures.some((f) => accepted.some((a) => sameNumber(a, f.value)))) continue;
    const fig = figures[0] as NarrativeFigure;
    out.push(
      finding(this, data, {
        message: `正文称“${fig.text.length > 40 ? `${fig.value}${fig.unit ?? ''}` : fig.text}”，但${cellLabel(data.format, field)}为 ${table}`,
        keys: [fig.key, field],
        values: [fig.value, table],
        evidence: fig.text,
      }),
    );
  }
  return out;
}

/** Publication channels overlap (one item on the website and on WeChat): their counts may exceed a total. */
const overlappingChannels =
  /网站|微博|微信|公众号|客户端|公报|报刊|报纸|电视|广播|公开栏|新闻|APP|平台|抖音|头条/;
const totalThenParts = new RegExp(
  String.raw`(共计|合计|总计|总数为|总数|共)([^\d。；;\n]{0,16}?)(${numberPattern})\s*(${countUnit})([^。\n\d]{0,10}?)其中`,
  'g',
);
const cumulativeSpan = new RegExp(
  String.raw`((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年[^。\n]{0,30}?累计[^\d。\n]{0,20}?(${numberPattern})\s*条`,
  'g',
);
const yearTotal = new RegExp(String.raw`(共计|共|合计|总数为)[^\d。\n]{0,20}?(${numberPattern})\s*条`, 'g');
/** The words a total starts with, for matchesAround (共计 is found by 共, 总数为 by 总数). */
const totalAnchors = ['共', '合计', '总计', '总数'];
/** A part of a listing: a number and its counting unit. */
const countedPart = new RegExp(String.raw`(${numberPattern})\s*(${countUnit})`, 'g');

export function nSum(this: Rule, data: ReportData): Finding[] {
  return [...listedParts(this, data), ...cumulativeBelowYear(this, data)];
}

function listedParts(rule: Rule, data: ReportData): Finding[] {
  const text = data.text;
  const out: Finding[] = [];
  // Every listing ends in 其中, in the sentence of its total.
  for (const m of matchesBefore(text, totalThenParts, '其中', '。')) {
    const numStart = m.index + (m[1] as string).length + (m[2] as string).length;
    const numEnd = numStart + (m[3] as string).length;
    if (isApproximate(text, numStart, numEnd) || isTableLine(text, m.index)) continue;
    const total = parseNumber(m[3] as string);
    const unit = m[4] as string;
    const [, sentenceEnd] = sentenceBounds(text, m.index + m[0].length);
    let listing = text.slice(m.index + m[0].length, sentenceEnd);
    // The listing ends where a new total, a nested “其中”, a “；” or a new count starts
    // (“…；共办理718件”, “…，办结98件”): precision over recall.
    const next = listing.search(/其中|共计|共|合计|总计|累计|[；;]|办结|已答复|答复完毕|结转/);
    if (next >= 0) listing = listing.slice(0, next);
    if (overlappingChannels.test(listing)) continue;
    const parts: number[] = [];
    let approximate = false;
    for (const p of matches(listing, countedPart)) {
      if (p[2] !== unit) continue;
      const end = p.index + (p[1] as string).length;
      if (isApproximate(listing, p.index, end)) approximate = true;
      parts.push(parseNumber(p[1] as string));
    }
    // “其中” may list only some parts: only parts adding up to MORE than the total are wrong.
    if (approximate || parts.length < 2 || sum(parts) <= total) continue;
    out.push(
      finding(rule, data, {
        message: `正文称共 ${total}${unit}，但其后所列分项相加为 ${parts.join(' + ')} = ${sum(parts)}${unit}，超过总数`,
        keys: [],
        values: [total, ...parts],
        evidence: sentenceAt(text, m.index, m[0].length),
      }),
    );
  }
  return out;
}

function cumulativeBelowYear(rule: Rule, data: ReportData): Finding[] {
  const text = data.text;
  const out: Finding[] = [];
  const singles: Array<{ value: number; index: number; length: number }> = [];
  // Every cumulative figure says 累计: without it, the yearly totals need not be collected.
  if (!text.includes('累计')) return out;
  for (const m of matchesAround(text, yearTotal, totalAnchors)) {
    const [s, e] = sentenceBounds(text, m.index);
    const sentence = text.slice(s, e);
    if (!/信息/.test(sentence) || !/公开|发布/.test(sentence) || /累计/.test(sentence)) continue;
    const numStart = m.index + m[0].lastIndexOf(m[2] as string);
    if (isApproximate(text, numStart, numStart + (m[2] as string).length)) continue;
    singles.push({ value: parseNumber(m[2] as string), index: m.index, length: m[0].length });
  }
  if (singles.length === 0) return out;
  for (const m of matchesBefore(text, cumulativeSpan, '累计', '。')) {
    const [s, e] = sentenceBounds(text, m.index);
    if (!/信息/.test(text.slice(s, e))) continue;
    const cumulative = parseNumber(m[3] as string);
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to <= from) continue;
    const larger = singles.find((x) => x.value > cumulative);
    if (!larger) continue;
    out.push(
      finding(rule, data, {
        message: `正文称${from}—${to}年累计公开信息 ${cumulative} 条，少于同一报告所称一年内的 ${larger.value} 条`,
        keys: [],
        values: [cumulative, larger.value],
        evidence: `${sentenceAt(text, m.index, m[0].length)} … ${sentenceAt(text, larger.index, larger.length)}`,
      }),
    );
  }
  return out;
}

const percentOf = new RegExp(
  String.raw`(${numberPattern})\s*(${countUnit})([^。；;\n%\d]{0,30}?)占([^。；;\n\d]{0,24}?)(\d+(?:\.\d+)?)\s*[%％]`,
  'g',
);
/** The share is of another whole than the one in the text (全市, 同比 …): nothing to recompute. */
const otherBase = /全市|全省|全县|全区|全国|同比|上年|去年|比例提高|增长|下降/;
const wholeCue = /(共|总数|总计|合计|全年|全部|累计|共计)[^\d。，,]{0,8}$/;

const countedInUnit = new Map<string, RegExp>();

/** A number counted in `unit` (“136条”), built once per unit. */
function countedIn(unit: string): RegExp {
  let re = countedInUnit.get(unit);
  if (!re) {
    re = new RegExp(String.raw`(${numberPattern})\s*${unit}`, 'g');
    countedInUnit.set(unit, re);
  }
  return re;
}

function percentMatches(part: number, whole: number, stated: string): boolean {
  const decimals = stated.includes('.') ? (stated.split('.')[1] as string).length : 0;
  const value = Number(stated);
  const computed = (part / whole) * 100;
  const scale = 10 ** decimals;
  // Rounded or truncated to the stated precision are both in use.
  return (
    Math.abs(Math.round(computed * scale) / scale - value) < 1e-9 ||
    Math.abs(Math.floor(computed * scale + 1e-9) / scale - value) < 1e-9
  );
}

export function nPercent(this: Rule, data: ReportData): Finding[] {
  const text = data.text;
  const out: Finding[] = [];
  let textWholes: Map<string, number[]> | null = null;
  // A share ends in 占…%, in the sentence of its figure.
  for (const m of matchesBefore(text, percentOf, '占', '。')) {
    const pctStart = m.index + m[0].lastIndexOf(m[5] as string);
    if (
      isApproximate(text, pctStart, m.index + m[0].length) ||
      otherBase.test((m[3] as string) + (m[4] as string))
    )
      continue;
    if (isTableLine(text, m.index)) continue;
    const part = parseNumber(m[1] as string);
    const unit = m[2] as string;
    const stated = m[5] as string;
    const [pStart] = paragraphBounds(text, m.index);
    const strong: number[] = [];
    const weak: number[] = [];
    const before = text.slice(pStart, m.index);
    for (const w of matches(before, countedIn(unit))) {
      const value = parseNumber(w[1] as string);
      if (value <= part) continue;
      const after = before.slice(w.index + w[0].length, w.index + w[0].length + 8);
      if (wholeCue.test(before.slice(Math.max(0, w.index - 12), w.index)) || /^[^。，,]{0,6}中/.test(after)) {
        strong.push(value);
      } else weak.push(value);
    }
    textWholes ??= statedTotals(text);
    const candidates = [...strong, ...weak, ...(textWholes.get(unit) ?? []).filter((v) => v > part)];
    if (candidates.length === 0 || candidates.some((w) => percentMatches(part, w, stated))) continue;
    const replies = strong.length === 0 ? repliesWhole(data, text, m.index, part, stated, weak) : null;
    const whole = strong.at(-1) ?? replies?.value;
    if (whole === undefined) continue; // no clearly stated whole: cannot tell, say nothing
    const computed = Math.round((part / whole) * 10000) / 100;
    out.push(
      finding(this, data, {
        message: `正文称 ${part}${unit}占 ${stated}%，但按${replies ? '表中办理结果' : ''}总数 ${whole}${unit} 计算为 ${computed}%`,
        keys: replies ? [replies.key] : [],
        values: [part, whole, Number(stated), computed],
        evidence: sentenceAt(text, m.index, m[0].length),
      }),
    );
  }
  return out;
}

/** A 办理结果 of 表三 (or of the 2014 申请答复数) named just before a share's figure. */
const resultNamed = /(?:予以公开|部分公开|不予公开|同意公开|无法提供|不予处理|其他处理)[^，,；;。\n]{0,8}$/;

/**
 * The whole of a share of the replies (“予以公开及部分公开258件，占33.9%”) stated without a cue
 * word: the table's 办理结果总计 (申请答复数), where the paragraph states that same figure before
 * the share — unless the share is of the requests received (新收, or with 上年结转) instead.
 */
function repliesWhole(
  data: ReportData,
  text: string,
  at: number,
  part: number,
  stated: string,
  statedBefore: readonly number[],
): { value: number; key: string } | null {
  if (!resultNamed.test(text.slice(Math.max(0, at - 24), at))) return null;
  const key = cell(data, '办理结果总计.总计') !== null ? '办理结果总计.总计' : '申请答复数';
  const value = tableValues(data)(key);
  if (value === null || value <= part || !statedBefore.includes(value)) return null;
  const received = cell(data, '本年新收政府信息公开申请数量.总计') ?? cell(data, '收到申请数');
  const carried = cell(data, '上年结转政府信息公开申请数量.总计');
  const otherWholes = [received, received !== null && carried !== null ? received + carried : null];
  return otherWholes.some((w) => w !== null && w > 0 && percentMatches(part, w, stated))
    ? null
    : { value, key };
}

const statedTotal = new RegExp(
  String.raw`(总数为|总数是|总数|共计|合计|总计|共)\s*(${numberPattern})\s*(${countUnit})`,
  'g',
);

/** Totals stated anywhere (“公开信息总数为136条”) by unit — the whole a later “占…%” may refer to. */
function statedTotals(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const m of matchesAround(text, statedTotal, totalAnchors)) {
    const unit = m[3] as string;
    out.set(unit, [...(out.get(unit) ?? []), parseNumber(m[2] as string)]);
  }
  return out;
}

const rateStated = /(办结率|答复率)[^\d。\n]{0,8}100(?:\.0+)?\s*[%％]/g;

export function nRate(this: Rule, data: ReportData): Finding[] {
  const m = matchesAround(data.text, rateStated, ['办结率', '答复率']).next().value;
  if (!m) return [];
  const evidence = sentenceAt(data.text, m.index, m[0].length);
  if (data.format === 'national-2014' || data.format === 'legacy-local') {
    const closed = cell(data, '申请办结数');
    const received = cell(data, '收到申请数');
    if (closed === null || received === null || closed >= received) return [];
    return [
      finding(this, data, {
        message: `正文称${m[1]} 100%，但表中收到申请 ${received} 件、办结仅 ${closed} 件`,
        keys: ['申请办结数', '收到申请数'],
        values: [closed, received],
        evidence,
      }),
    ];
  }
  // gov formats: requests carried to next year may simply not be due yet — worth a look only.
  const open = cell(data, '结转下年度继续办理.总计');
  if (open === null || open === 0) return [];
  return [
    finding(this, data, {
      message: `正文称${m[1]} 100%，但表三有 ${open} 件结转下年度继续办理`,
      keys: ['结转下年度继续办理.总计'],
      values: [open],
      evidence,
      severity: 'info',
    }),
  ];
}

const missingNumber = new RegExp(
  String.raw`(全年|本年|今年|年内|共计|共|累计)([^\d。；;，,\n]{0,4}?)(公开|发布|收到|受理|办结|答复|制发|核准|审批|处理|举办|召开|培训)([\u4e00-\u9fa5]{1,12}?)(人次|条|件|次|篇|个|份)(?=[，。,；;、）)\s]|$)`,
  'g',
);
/** A unit glued to the word before it is a noun (文件, 案件, 层次 …), not a count with its number lost. */
const compoundNouns = new Set(
  '文件 条件 案件 事件 邮件 稿件 附件 软件 证件 信件 要件 物件 函件 批件 原件 复件 快件 来件 部件 硬件 组件 配件 议件 访件 办件 示件 密件 报件 诉件 单件 层次 批次 班次 场次 档次 名次 频次 线条 教条 专条 链条 便条 整个 各个 这个 那个 月份 年份 省份 股份 身份 备份 部份 全份'.split(
    ' ',
  ),
);
/** The words the pattern starts with (共计 is found by 共). */
const missingNumberAnchors = ['全年', '本年', '今年', '年内', '共', '累计'];
const numeralInside = /[零〇一二两三四五六七八九十百千万几数多余每各该此本逐首其]/;

export function nMissingNumber(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  for (const m of matchesAround(data.text, missingNumber, missingNumberAnchors)) {
    const noun = m[4] as string;
    const unit = m[5] as string;
    if (numeralInside.test(noun) || compoundNouns.has(`${noun.slice(-1)}${unit}`)) continue;
    if (isTableLine(data.text, m.index)) continue;
    out.push(
      finding(this, data, {
        message: `“${m[0]}”中缺少数字：${unit}前没有数量`,
        keys: [],
        values: [m[0]],
        evidence: sentenceAt(data.text, m.index, m[0].length),
      }),
    );
  }
  return out;
}

const figureReference =
  /如下图|见下图|如图所示|下图所示|如下表|见下表|下表所示|详见附表|见附表|详见附件|见附件|如附表/g;
const figureMarker = /\[图|!\[|<img|图\s*[1-9一二三四五六七八九]|图表\s*[1-9一二三四五六七八九]/;

const tableLine = /\n[^\n]*\|[^\n]*\|[^\n]*\|/;

export function nLostFigure(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  // Whether the text holds a table is asked only of a reference to one (a scan of the whole text).
  let hasTable: boolean | undefined;
  for (const m of matches(data.text, figureReference)) {
    const isChart = m[0].includes('图');
    if (!isChart && (hasTable ??= data.tablesFound.length > 0 || tableLine.test(data.text))) continue;
    if (isChart && figureMarker.test(data.text.slice(m.index + m[0].length, m.index + m[0].length + 200))) {
      continue;
    }
    out.push(
      finding(this, data, {
        message: `正文提到“${m[0]}”，但报告文本中没有该${isChart ? '图' : '表'}（图表未随报告公开或已丢失）`,
        keys: [],
        values: [m[0]],
        evidence: sentenceAt(data.text, m.index, m[0].length),
      }),
    );
  }
  return out.slice(0, 5);
}
