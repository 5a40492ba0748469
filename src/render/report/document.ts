import type { FormatId } from '../../core/report-format/index.ts';
import type { ReportProse } from '../../core/report-prose/index.ts';

/** Figures of earlier years for the year-over-year chart (summary keys). */
export interface YearPoint {
  year: number;
  received: number | null;
  closed: number | null;
}

/** Everything a renderer needs: figures, prose, and the data of the charts. */
export interface ReportDocument {
  agency: string;
  year: number;
  format: FormatId;
  fields: Record<string, number | null>;
  prose: ReportProse;
  /** Proactively published items of the year by channel (政府网站, 政府公报 …). */
  itemsByChannel: Record<string, number>;
  /** This year and earlier ones, oldest first. */
  history: YearPoint[];
  /** Version label and date when published; absent for a draft. */
  version?: { number: number; publishedOn: string; correctionReason?: string | null };
}

export function reportTitle(doc: Pick<ReportDocument, 'agency' | 'year'>): string {
  return `${doc.agency}${doc.year}年政府信息公开工作年度报告`;
}

/** The chapters in order, each either prose or a table (by declaration id). */
export type Section =
  | { kind: 'prose'; heading: string; paragraphs: Array<{ heading?: string; text: string }> }
  | { kind: 'table'; heading: string; tableId: string };

export function sections(doc: ReportDocument): Section[] {
  const overview: Section = {
    kind: 'prose',
    heading: '一、总体情况',
    paragraphs: doc.prose.overview.map((p) => ({ heading: p.heading, text: p.text })),
  };
  if (doc.format === 'national-2014') {
    return [
      overview,
      { kind: 'table', heading: '二、政府信息公开情况统计表', tableId: 'statistics' },
      { kind: 'prose', heading: '三、存在的主要问题及改进情况', paragraphs: [{ text: doc.prose.problems }] },
      { kind: 'prose', heading: '四、其他需要报告的事项', paragraphs: [{ text: doc.prose.otherMatters }] },
    ];
  }
  return [
    overview,
    { kind: 'table', heading: '二、主动公开政府信息情况', tableId: 'table2' },
    { kind: 'table', heading: '三、收到和处理政府信息公开申请情况', tableId: 'table3' },
    { kind: 'table', heading: '四、政府信息公开行政复议、行政诉讼情况', tableId: 'table4' },
    { kind: 'prose', heading: '五、存在的主要问题及改进情况', paragraphs: [{ text: doc.prose.problems }] },
    { kind: 'prose', heading: '六、其他需要报告的事项', paragraphs: [{ text: doc.prose.otherMatters }] },
  ];
}
