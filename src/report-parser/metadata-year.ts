import type { ReportDates, ReportMetadata } from '../core/report-format/report-data.ts';
import type { TextLine } from './segment.ts';

/** `2023年(度)政府信息公开(工作)年度报告`: the year and the report's name. */
const yearAndName = String.raw`(\d{4})\s*年度?\s*(?:政府)?信息公开(?:工作)?(?:年度)?(?:工作)?报告`;
/** `沭阳县发展和改革局2023年(度)政府信息公开(工作)年度报告` — body, then year, then the report's name. */
const bodyThenYear = new RegExp(String.raw`([\u4e00-\u9fff（）()]{2,40}?)${yearAndName}`);
/**
 * What bodyThenYear needs after the body: a quick scan (it starts at digits) that spares the
 * body's lazy run being tried at every character of lines that hold no report name.
 */
const hasYearAndName = new RegExp(yearAndName);
/** `现将2015年二七区政府信息公开工作开展情况报告如下` — year, then body. */
const yearThenBody =
  /(\d{4})\s*年度?\s*([\u4e00-\u9fff]{2,20}?)(?:人民政府)?政府信息公开(?:工作)?(?:年度报告|开展情况|情况)/;
/** Words that come before the body's name in a sentence, not part of it. */
const lead = /^.*(?:《|现将|现予|特将|公布|发布|印发|编制了?|根据|按照|关于|向社会|予以)/;
const notBody = /^(?:本|我|全|各|该|年度|今年|本年度)/;

function cleanBody(raw: string): string | null {
  const body = raw
    .replace(lead, '')
    .replace(/[（(][^）)]*[）)]?$/, '')
    .trim();
  if (body.length < 2 || body.length > 30 || notBody.test(body)) return null;
  return body;
}

const plausibleYear = (y: number) => y >= 2007 && y <= 2099;

/** Inside 《…》: a cited notice (《…关于做好2016年度政府信息公开年度报告…的通知》), not the title. */
const insideBookTitle = (text: string, at: number) => text.lastIndexOf('《', at) > text.lastIndexOf('》', at);

/** A body's name alone on its line … */
const bodyLine = /^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|办公室|办公厅|委员会|管委会|局|办事处)$/;
/** … over a date alone on the next: a cover (“广州市人民政府” / “2013年3月”) or the signature. */
const dateLine = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;

/** The body named by a cover or a signature (first or last lines), when no title names it. */
function bodyOverDate(lines: readonly TextLine[]): string | null {
  const compact = (i: number) => lines[i]?.text.replace(/\s+/g, '') ?? '';
  const indices = [...Array(Math.min(12, lines.length)).keys()];
  for (let i = Math.max(12, lines.length - 8); i < lines.length; i++) indices.push(i);
  for (const i of indices) {
    if (bodyLine.test(compact(i)) && dateLine.test(compact(i + 1))) return cleanBody(compact(i));
  }
  return null;
}

/**
 * Report year and body name: from the title (first lines, or the page metadata title), else from
 * the first sentences, else the year of the statistic period. null when none says it.
 */
export function readYearAndAgency(
  lines: readonly TextLine[],
  metadata: ReportMetadata,
  dates: ReportDates,
): { year: number | null; agency: string | null } {
  const first = lines.slice(0, 12).map((l) => l.text.replace(/[\s#*]+/g, ''));
  // A title wrapped over two lines (“2024年上海市科委政府信息公开工作” / “年度报告”).
  const head = [...first, ...first.slice(0, -1).map((l, i) => l + first[i + 1]!)];
  const candidates = [metadata.title ?? '', ...head].filter(Boolean);
  let year: number | null = null;
  let agency: string | null = null;
  // Title form first (body, then year), then a sentence (year, then body).
  for (const [pattern, yearGroup, bodyGroup] of [
    [bodyThenYear, 2, 1],
    [yearThenBody, 1, 2],
  ] as const) {
    for (const text of candidates) {
      // Both patterns need the words 信息公开: most lines lack them and are not scanned.
      const mayMatch = pattern === bodyThenYear ? hasYearAndName.test(text) : text.includes('信息公开');
      const m = mayMatch ? pattern.exec(text) : null;
      if (!m || !plausibleYear(Number(m[yearGroup])) || insideBookTitle(text, m.index)) continue;
      year ??= Number(m[yearGroup]);
      agency ??= cleanBody(m[bodyGroup]!);
      if (agency) break;
    }
    if (year !== null && agency !== null) break;
  }
  if (year === null && dates.period?.from) year = Number(dates.period.from.slice(0, 4));
  agency ??= metadata.publisher?.trim() || bodyOverDate(lines);
  return { year, agency };
}
