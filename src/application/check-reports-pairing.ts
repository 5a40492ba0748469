import type { ReportData } from '../core/report-format/index.ts';
import { isSummaryReport } from '../core/checks/index.ts';
import type { CheckContext } from '../core/checks/index.ts';

/** Names compared without spaces and without the OCR/typing variance of full-width brackets. */
export function bodyKey(agency: string | null): string {
  return (agency ?? '').replace(/\s+/g, '').replace(/[（）()]/g, '');
}

/** A parent's region prefix: 沭阳县人民政府 → 沭阳县 (its children's names start with it). */
function regionOf(agency: string): string | null {
  const m = /^(.+?(?:省|自治区|市|州|盟|县|区|旗))(?:人民政府|政府)(?:办公室)?$/.exec(agency);
  return m ? (m[1] as string) : null;
}

/**
 * For each report of a batch, the context the year-over-year and hierarchy rules need:
 * `previous` = the same body's report of year Y−1 among the inputs; `children` = for a 汇总 report
 * of a government, the same year's reports of bodies under it (names starting with its region);
 * `expectedChildren` = bodies that were its children in Y−1 (when those reports are among the
 * inputs), so a child that stopped reporting is named.
 */
export function pairReports(reports: readonly ReportData[]): CheckContext[] {
  const byBodyYear = new Map<string, ReportData>();
  for (const r of reports) {
    if (r.year === null || !r.agency || r.unreadable) continue;
    const key = `${bodyKey(r.agency)}|${r.year}`;
    if (!byBodyYear.has(key)) byBodyYear.set(key, r);
  }
  const childrenOf = (parent: ReportData, year: number): ReportData[] => {
    const region = regionOf(bodyKey(parent.agency));
    if (!region) return [];
    return reports.filter(
      (r) =>
        r !== parent &&
        r.year === year &&
        !r.unreadable &&
        bodyKey(r.agency).startsWith(region) &&
        bodyKey(r.agency) !== bodyKey(parent.agency),
    );
  };
  return reports.map((r) => {
    const ctx: CheckContext = {};
    if (r.year === null || !r.agency || r.unreadable) return ctx;
    const previous = byBodyYear.get(`${bodyKey(r.agency)}|${r.year - 1}`);
    if (previous && previous !== r) ctx.previous = previous;
    if (isSummaryReport(r)) {
      const children = childrenOf(r, r.year);
      if (children.length > 0) ctx.children = children;
      if (previous) {
        const before = childrenOf(previous, r.year - 1).map((c) => c.agency as string);
        if (before.length > 0) ctx.expectedChildren = before;
      }
    }
    return ctx;
  });
}
