import type { ComputedReport } from '../report-compute/report.ts';
import { draftOverview, type DraftParagraph } from './overview.ts';

/**
 * The editable prose of a report: chapter number → paragraphs. Tables are not prose; they are
 * rendered from the fields (二、三、四 of the gov formats, the 统计表 of national-2014).
 */
export interface ReportProse {
  /** 一、总体情况 */
  overview: DraftParagraph[];
  /** 五、存在的主要问题及改进情况 */
  problems: string;
  /** 六、其他需要报告的事项 */
  otherMatters: string;
}

/** 信息处理费 charged (国办函〔2020〕109号) — asked for in chapter 六 from 2021 (国办公开办函〔2021〕30号). */
export function feeSentence(feeYuan: number): string {
  return feeYuan > 0
    ? `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费${feeYuan}元。`
    : '本年度未收取信息处理费。';
}

export function draftProse(report: ComputedReport, facts: { feeYuan: number }): ReportProse {
  return {
    overview: draftOverview(report),
    problems: '（由本机关填写本年度工作存在的主要问题及改进情况。）',
    otherMatters: report.format === 'gov-2021' ? feeSentence(facts.feeYuan) : '无。',
  };
}
