import type { ReportMetadata } from '../../core/report-format/report-data.ts';

type MetadataField = keyof ReportMetadata;

/**
 * Labels of the page metadata table government CMSs print above an article (simplified forms:
 * this runs after traditional → simplified). Earlier labels of the same field win.
 */
const labels: readonly [string, MetadataField][] = [
  ['索引号', 'indexNumber'],
  ['发布机构', 'publisher'],
  ['发文机关', 'publisher'],
  ['发布单位', 'publisher'],
  ['公开目录', 'catalogue'],
  ['所属目录', 'catalogue'],
  ['信息分类', 'catalogue'],
  ['组配分类', 'catalogue'],
  ['主题分类', 'catalogue'],
  ['分类', 'catalogue'],
  ['发布日期', 'publishedOn'],
  ['公开日期', 'publishedOn'],
  ['发布时间', 'publishedOn'],
  ['文号', 'documentNumber'],
  ['发文字号', 'documentNumber'],
  ['标题', 'title'],
  ['名称', 'title'],
  ['题名', 'title'],
];

/** Labels that belong to the same header but fill no field: they end the previous value. */
const otherLabels = [
  '成文日期',
  '生效日期',
  '有效性',
  '时效',
  '关键词',
  '主题词',
  '浏览量',
  '浏览次数',
  '点击数',
  '访问量',
  '来源',
  '文件下载',
  '生成日期',
  '体裁分类',
  '服务对象',
];

const labelOf = new Map<string, MetadataField | null>([
  ...labels,
  ...otherLabels.map((label): [string, null] => [label, null]),
]);
const labelPattern = [...labelOf.keys()].sort((a, b) => b.length - a.length).join('|');
/** `label：value` pairs, several on one line (`索引号：… 发布机构：…`). */
const pairPattern = new RegExp(`(${labelPattern})\\s*[:：]\\s*`, 'g');
/** The same at the start of a line: most lines start with no label and need no scan for pairs. */
const startsWithPair = new RegExp(`^(?:${labelPattern})\\s*[:：]`);

export interface MetadataResult {
  metadata: ReportMetadata;
  /** Indexes of the lines that were the metadata header (removed from the text). */
  lines: Set<number>;
}

/** Only the top of a page carries the header; below the first chapter it would be report text. */
const headerLines = 60;

export function extractMetadata(lines: readonly string[]): MetadataResult {
  const metadata: ReportMetadata = {};
  const used = new Set<number>();
  const limit = Math.min(lines.length, headerLines);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!.trim();
    if (/^[一二三四五六七八九十]+、/.test(line)) break;
    const pairs = line.includes('|') ? pipePairs(line) : colonPairs(line);
    if (!pairs) continue;
    let fields = 0;
    for (const [label, value] of pairs) {
      const field = labelOf.get(label);
      if (field === undefined) continue;
      fields++;
      if (field && value && metadata[field] === undefined) {
        metadata[field] = field === 'publishedOn' ? (isoDate(value) ?? value) : value;
      }
    }
    if (fields > 0) used.add(i);
  }
  return { metadata, lines: used };
}

/** `| 索引号 | 0152… | 发布机构 | … |`: a label cell followed by its value cell (or by another label). */
function pipePairs(line: string): [string, string][] | null {
  const cells = line
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim());
  const pairs: [string, string][] = [];
  for (let i = 0; i < cells.length; i++) {
    const label = cells[i]!.replace(/[:：]$/, '');
    if (label === '') continue;
    if (!labelOf.has(label)) {
      // A cell that is neither a label nor a label's value: not a metadata row.
      if (i === 0 || !labelOf.has(cells[i - 1]!.replace(/[:：]$/, ''))) return null;
      continue;
    }
    const next = cells[i + 1];
    const value = next !== undefined && !labelOf.has(next.replace(/[:：]$/, '')) ? next : '';
    pairs.push([label, value]);
  }
  return pairs.length > 0 ? pairs : null;
}

/** `索引号：01526078 发布机构：腾冲市… 发布日期：2019-01-11`. The line must start with a label. */
function colonPairs(line: string): [string, string][] | null {
  if (!startsWithPair.test(line)) return null;
  const matches = [...line.matchAll(pairPattern)];
  if (matches.length === 0 || matches[0]!.index !== 0) return null;
  // A long sentence that happens to start with “标题：” is prose, not a header field.
  if (matches.length === 1 && line.length > 80) return null;
  return matches.map((match, k) => {
    const start = match.index + match[0].length;
    const end = matches[k + 1]?.index ?? line.length;
    return [match[1]!, line.slice(start, end).trim()];
  });
}

function isoDate(text: string): string | undefined {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(text);
  if (!match) return undefined;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}
