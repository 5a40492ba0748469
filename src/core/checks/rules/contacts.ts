import type { ReportData } from '../../report-format/index.ts';
import { sentenceAt } from '../evidence.ts';
import { finding } from '../rule.ts';
import { matchAt, matches, matchesAround, occurrences } from '../text.ts';
import type { Finding, Rule } from '../types.ts';

/** One finding per distinct wrong token: the same bad address printed twice is one mistake. */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${String(f.values[0])}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const url =
  /(?:h\s*t\s*t\s*p\s*s?|ftp)\s*[:：;；]?\s*\/\s*\/[^\s，。；、（）()“”"'<>\u4e00-\u9fa5]*|www\.[^\s，。；、（）()“”"'<>\u4e00-\u9fa5]+/gi;
/** Second-level `.gov.` domains that exist for Chinese-language government sites. */
const govSuffixes = new Set(['cn', 'hk', 'mo', 'tw']);

function urlProblem(raw: string, following: string): string | null {
  if (/^https?\s*[:：;；]?\s*\/\s*\/\s*(https?|www\s*\.\s*https?)\s*[:：]?\s*\/\//i.test(raw))
    return '协议头重复（如“http://http://”）';
  if (/^h\s+t|^ht\s+t|^htt\s+p|\s/.test(raw.replace(/^\s+|\s+$/g, ''))) return '地址中间有空格';
  if (/^https?\s*[;；：]/i.test(raw)) return '协议头的冒号写错（应为“://”）';
  if (/^https?:\/\/$/i.test(raw.trim())) {
    return /^\s+[a-z0-9-]+\./i.test(following) ? '地址中间有空格' : '只有协议头，没有网址';
  }
  const host = raw
    .replace(/^[a-z]+:\/\//i, '')
    .split(/[/?#:]/)[0]
    ?.replace(/\.$/, '')
    .toLowerCase();
  if (!host) return null;
  if (host.includes('..')) return '域名中有连续的“..”';
  const gov = /\.gov\.([a-z]+)$/.exec(host);
  if (gov && !govSuffixes.has(gov[1] as string)) return `域名后缀“.gov.${gov[1]}”不存在（应为“.gov.cn”）`;
  // “http://www.xx.gov.cn” followed by a space and more address: the address was broken in two.
  if (/^\s+[a-z0-9-]+\.(gov|com|cn|net|org)\b/i.test(following)) return '地址中间有空格';
  return null;
}

/** Every address has “//” or “www.”: a text with neither a slash nor a www is not scanned. */
function mayHoldUrl(text: string): boolean {
  return text.includes('/') || /www\./i.test(text);
}

export function cUrl(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  for (const m of mayHoldUrl(data.text) ? matches(data.text, url) : []) {
    const raw = m[0];
    const problem = urlProblem(raw, data.text.slice(m.index + raw.length, m.index + raw.length + 30));
    if (!problem) continue;
    out.push(
      finding(this, data, {
        message: `网址“${raw.trim()}”有误：${problem}`,
        keys: [],
        values: [raw.trim()],
        evidence: sentenceAt(data.text, m.index, raw.length),
      }),
    );
  }
  return distinct(out);
}

const phoneCue =
  /(联系电话|咨询电话|监督电话|举报电话|投诉电话|办公电话|电话号码|联系方式|电话|传真)\s*[:：]?\s*/g;
const phoneToken = /^[0-9()（）\-—－\s转]+/;

/** Why a telephone number cannot be dialled as printed, or null when it is well-formed. */
export function phoneProblem(token: string): string | null {
  const t = token.replace(/[\s()（）]/g, '').replace(/[—－]/g, '-');
  const main = t.split('转')[0] as string;
  const withArea = /^(0\d{2,3})-(\d+)(?:-\d{1,5})?$/.exec(main);
  if (withArea) {
    const local = (withArea[2] as string).length;
    return local === 7 || local === 8 ? null : `区号后的号码为 ${local} 位（应为 7 或 8 位）`;
  }
  const digits = main.replace(/-/g, '');
  if (!/^\d+$/.test(digits)) return null;
  // 400/800 service numbers: 10 digits, no area code.
  if (/^[48]00\d{7}$/.test(digits)) return null;
  if (digits.startsWith('1') && digits.length > 6) {
    return digits.length === 11 ? null : `手机号码为 ${digits.length} 位（应为 11 位）`;
  }
  if (digits.startsWith('0') && digits.length > 4) {
    return digits.length >= 10 && digits.length <= 12
      ? null
      : `带区号的号码共 ${digits.length} 位（应为 10–12 位）`;
  }
  // 3–8 digits without area code: local numbers, 12345-type hotlines — fine.
  return digits.length >= 3 && digits.length <= 8 ? null : `号码为 ${digits.length} 位`;
}

export function cPhone(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  for (const m of matches(data.text, phoneCue)) {
    const rest = data.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
    // Several numbers may follow one cue: “0432-1234567、0432-7654321”.
    for (const piece of rest.split(/[、，,；;/或和及]/, 4)) {
      const token = phoneToken.exec(piece)?.[0]?.trim();
      if (!token || !/\d{3}/.test(token)) break;
      const problem = phoneProblem(token);
      if (problem) {
        out.push(
          finding(this, data, {
            message: `电话号码“${token}”有误：${problem}`,
            keys: [],
            values: [token],
            evidence: sentenceAt(data.text, m.index, m[0].length + token.length),
          }),
        );
      }
      if (piece.trim().length > token.length + 2) break;
    }
  }
  return distinct(out);
}

const postcode = /(邮政编码|邮编)\s*[:：]?\s*([0-9０-９]+)/g;

export function cPostcode(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  for (const m of matchesAround(data.text, postcode, ['邮政编码', '邮编'])) {
    const code = m[2] as string;
    if (code.length === 6) continue;
    out.push(
      finding(this, data, {
        message: `邮政编码“${code}”为 ${code.length} 位，应为 6 位数字`,
        keys: [],
        values: [code],
        evidence: sentenceAt(data.text, m.index, m[0].length),
      }),
    );
  }
  return distinct(out);
}

const emailCue =
  /(电子邮箱|电子信箱|电子邮件|邮箱|e-?mail)\s*[:：]?\s*([^\s，。；;、（）()“”\u4e00-\u9fa5]+)/gi;
const emailShape = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
// A local part is required: “@上海发布” / “关注@xxx” are social-media handles, not addresses.
const localPartChar = /[A-Za-z0-9._%+-]/;
const anyAt = new RegExp(String.raw`${localPartChar.source}+[@＠][^\s，。；;、（）()“”\u4e00-\u9fa5]*`, 'g');

/**
 * matches(text, anyAt), found from the at signs: a scan of the whole text tries every run of
 * letters and digits (every figure of the report), while a match can only start the run right
 * before an at sign (or where the scan stands, inside it) — an at sign is never part of a run.
 */
function* atSignAddresses(text: string): Generator<RegExpExecArray> {
  const nextAtSign = occurrences(text, ['@', '＠']);
  let from = 0;
  for (;;) {
    const at = nextAtSign(from);
    if (at === -1) return;
    let start = at;
    while (start > from && localPartChar.test(text.charAt(start - 1))) start--;
    const m = start < at ? matchAt(text, anyAt, start) : null;
    if (m === null) {
      from = at + 1;
      continue;
    }
    from = m.index + m[0].length;
    yield m;
  }
}

function emailProblem(raw: string): string | null {
  const t = raw.replace(/[.,]+$/, '');
  if (emailShape.test(t)) return null;
  if (t.includes('＠')) return '“@”写成了全角“＠”';
  if (!t.includes('@')) return /\.(com|cn|net|org)$/i.test(t) ? '缺少“@”' : null;
  if ((t.match(/@/g) ?? []).length > 1) return '有多个“@”';
  const [, domain = ''] = t.split('@');
  if (domain.includes(',')) return '域名中的“.”写成了“,”';
  if (!domain.includes('.')) return '域名不完整（缺少后缀）';
  return '格式不正确';
}

/** The finding on an address printed at `index`, if it is malformed. */
function emailFinding(rule: Rule, data: ReportData, raw: string, index: number): Finding[] {
  const problem = emailProblem(raw);
  if (!problem) return [];
  return [
    finding(rule, data, {
      message: `电子邮箱“${raw}”有误：${problem}`,
      keys: [],
      values: [raw],
      evidence: sentenceAt(data.text, index, raw.length),
    }),
  ];
}

export function cEmail(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<number>();
  for (const m of matches(data.text, emailCue)) {
    const raw = m[2] as string;
    const at = m.index + m[0].length - raw.length;
    seen.add(at);
    if (/^https?:|^www\./i.test(raw)) continue;
    out.push(...emailFinding(this, data, raw, at));
  }
  for (const m of atSignAddresses(data.text)) {
    if (seen.has(m.index) || m[0].length < 3) continue;
    out.push(...emailFinding(this, data, m[0], m.index));
  }
  return distinct(out);
}

/** 腾冲市腾越街道办事处 → 腾越 : the proper name without region prefix and body type. */
function coreName(name: string): string {
  return name
    .replace(/\s/g, '')
    .replace(/^.*?(省|自治区|市|州|盟|县|区|旗)(?=.{2,})/, '')
    .replace(/(人民政府|街道办事处|办事处|街道|镇|乡|政府)$/, '');
}

const titleYear = /((?:19|20)\d{2})\s*年度?[^\n]{0,30}?(政府信息公开|政务公开)[^\n]{0,12}?(年度)?报告/;

export function cConsistentFormat(this: Rule, data: ReportData): Finding[] {
  const out: Finding[] = [];
  const publisher = data.metadata.publisher?.trim();
  const agency = data.agency?.trim();
  if (publisher && agency && !publisher.includes(agency) && !agency.includes(publisher)) {
    const same = coreName(publisher) === coreName(agency);
    out.push(
      finding(this, data, {
        message: `页面发布机构为“${publisher}”，报告中的主体为“${agency}”，名称不一致${same ? '（机构类型不同）' : ''}`,
        keys: [],
        values: [publisher, agency],
        evidence: `发布机构：${publisher}`,
      }),
    );
  }
  const title = data.metadata.title ?? firstTitleLine(data);
  const stated = title ? titleYear.exec(title) : null;
  if (stated && data.year !== null && Number(stated[1]) !== data.year) {
    out.push(
      finding(this, data, {
        message: `标题中的年份 ${stated[1]} 与报告所述年度 ${data.year} 不一致`,
        keys: [],
        values: [Number(stated[1]), data.year],
        evidence: title ?? '',
        severity: 'warning',
      }),
    );
  }
  return out;
}

/** The title is one of the first three non-empty lines (a year quoted later in the text is not a title). */
function firstTitleLine(data: ReportData): string | null {
  const head = data.text.slice(0, 1000);
  let nonEmpty = 0;
  // Line by line, up to the third non-empty one (the rest of the head is never split).
  for (let start = 0; start <= head.length && nonEmpty < 3;) {
    const newline = head.indexOf('\n', start);
    const end = newline === -1 ? head.length : newline;
    const line = head.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) continue;
    nonEmpty++;
    if (line.length <= 60 && titleYear.test(line)) return line;
  }
  return null;
}
