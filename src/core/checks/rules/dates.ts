import type { ReportData } from '../../report-format/index.ts';
import { sentenceAt } from '../evidence.ts';
import { finding } from '../rule.ts';
import { matches, matchesAround } from '../text.ts';
import type { BodyKind, CheckContext, Finding, Rule } from '../types.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** 2017-03-18 → 2017年3月18日 */
export const zhDate = (isoDate: string) => {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

const closingDate = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;

/** The date under the signature: the parser's, or the last thing in the text. */
export function signedOn(data: ReportData): string | null {
  if (data.dates.signedOn) return data.dates.signedOn;
  const m = closingDate.exec(data.text.slice(-80).trimEnd());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function publishedOn(data: ReportData): string | null {
  const raw = data.dates.publishedOn ?? data.metadata.publishedOn;
  const m = raw ? /((?:19|20)\d{2})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/.exec(raw) : null;
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const planCue = new RegExp(
  String.raw`(预计|计划于|计划在|拟于|拟在|将于|将在|争取在|争取于|力争在|力争于)\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月`,
  'g',
);

export function dYear(this: Rule, data: ReportData): Finding[] {
  const year = data.year;
  if (year === null) return [];
  const out: Finding[] = [];
  const signed = signedOn(data);
  if (signed && Number(signed.slice(0, 4)) <= year) {
    out.push(
      finding(this, data, {
        message: `落款日期 ${zhDate(signed)} 早于所报告的 ${year} 年度结束，报告不可能在年度结束前写成`,
        keys: [],
        values: [signed, year],
        evidence: data.text.slice(-120).replace(/\s+/g, ' ').trim(),
      }),
    );
  }
  const published = publishedOn(data);
  if (published && Number(published.slice(0, 4)) <= year) {
    out.push(
      finding(this, data, {
        message: `发布日期 ${zhDate(published)} 早于所报告的 ${year} 年度结束`,
        keys: [],
        values: [published, year],
        evidence: published,
      }),
    );
  }
  // A plan (“预计2015年2月完成”) in the report on 2015 must be dated 2016 or later.
  for (const m of matches(data.text, planCue)) {
    const planned = Number(m[2]);
    if (planned > year) continue;
    out.push(
      finding(this, data, {
        message: `${year} 年度报告中的计划日期“${m[0]}”不在报告年度之后，应为 ${year + 1} 年或以后`,
        keys: [],
        values: [planned, year],
        evidence: sentenceAt(data.text, m.index, m[0].length),
        severity: 'warning',
      }),
    );
  }
  return out;
}

const governmentName = /(人民政府|政府|镇|乡|街道办事处|街道|管委会|管理委员会)$/;
const departmentName = /(局|委员会|委|厅|办公室|办|中心|院|署|队|公司|部|会)$/;

/** Guessed from the name when the caller does not say (a guess: findings resting on it are milder). */
export function guessBodyKind(agency: string | null): BodyKind | null {
  const name = (agency ?? '').trim();
  if (governmentName.test(name)) return 'government';
  if (departmentName.test(name)) return 'department';
  return null;
}

function deadlineOf(year: number, kind: BodyKind | null): { date: string; article: string } {
  // Reports on 2018 and before were due under the 2008 条例 Art. 31: 31 March for everyone.
  if (year >= 2019 && kind === 'department') {
    return { date: iso(year + 1, 1, 31), article: '2019年《条例》第四十九条（部门：1月31日前）' };
  }
  if (year >= 2019)
    return { date: iso(year + 1, 3, 31), article: '2019年《条例》第四十九条（政府：3月31日前）' };
  return { date: iso(year + 1, 3, 31), article: '2008年《条例》第三十一条（3月31日前）' };
}

export function dDeadline(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  if (data.year === null) return [];
  const told = ctx.bodyKind ?? null;
  const kind = told ?? guessBodyKind(data.agency);
  const published = publishedOn(data);
  const signed = signedOn(data);
  // Without a publication date, a signature after the deadline still proves lateness.
  const date = published ?? signed;
  if (!date || Number(date.slice(0, 4)) <= data.year) return [];
  const deadline = deadlineOf(data.year, kind);
  if (date <= deadline.date) return [];
  const lenient = deadlineOf(data.year, 'government');
  // Late only against a guessed department deadline: worth a look, not a warning.
  const severity = told === null && kind === 'department' && date <= lenient.date ? 'info' : 'warning';
  const what = published ? '发布日期' : '落款日期';
  return [
    finding(this, data, {
      message: `${what} ${zhDate(date)} 晚于法定公布期限 ${zhDate(deadline.date)}（${deadline.article}）`,
      keys: [],
      values: [date, deadline.date],
      evidence: published
        ? (data.metadata.publishedOn ?? published)
        : data.text.slice(-120).replace(/\s+/g, ' ').trim(),
      severity,
    }),
  ];
}

const periodStated = new RegExp(
  String.raw`(统计期限|统计时限|统计时间|统计期|统计区间)[^。\n\d]{0,12}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。\n\d]{0,8}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`,
);
const periodBlank =
  /(统计期限|统计时限|统计时间|统计期)[^。\n\d]{0,12}?自\s*(年\s*月\s*日\s*)?(起\s*)?至\s*(年\s*月\s*日\s*)?止?/;

export function dPeriod(this: Rule, data: ReportData): Finding[] {
  if (data.year === null) return [];
  let from = data.dates.period?.from;
  let to = data.dates.period?.to;
  let evidence = data.dates.period?.text ?? '';
  let blank = data.dates.period?.blank ?? false;
  if (!data.dates.period) {
    const m = matchesAround(data.text, periodStated, ['统计']).next().value;
    if (m) {
      from = iso(Number(m[2]), Number(m[3]), Number(m[4]));
      to = iso(Number(m[5]), Number(m[6]), Number(m[7]));
      evidence = sentenceAt(data.text, m.index, m[0].length);
    } else {
      const b = matchesAround(data.text, periodBlank, ['统计']).next().value;
      if (b) {
        blank = true;
        evidence = sentenceAt(data.text, b.index, b[0].length);
      }
    }
  }
  if (blank) {
    return [
      finding(this, data, {
        message: '统计期限的起止日期空白（印为“自至”），未写明统计期限',
        keys: [],
        values: [],
        evidence,
      }),
    ];
  }
  const want = [iso(data.year, 1, 1), iso(data.year, 12, 31)];
  if (!from || !to || (from === want[0] && to === want[1])) return [];
  return [
    finding(this, data, {
      message: `所写统计期限为 ${zhDate(from)} 至 ${zhDate(to)}，不是 ${data.year} 年 1月1日至12月31日`,
      keys: [],
      values: [from, to],
      evidence,
    }),
  ];
}
