import { cells, formats } from '../../report-format/index.ts';
import type { ReportData } from '../../report-format/index.ts';
import { cell, cellLabel, sameNumber, sum } from '../cells.ts';
import { finding } from '../rule.ts';
import type { CheckContext, Finding, Rule } from '../types.ts';

const shown = 6;

export function hSum(this: Rule, data: ReportData, ctx: CheckContext): Finding[] {
  const children = (ctx.children ?? []).filter((c) => c.format === data.format && c.year === data.year);
  const out: Finding[] = [];
  const names = new Set(children.map((c) => c.agency ?? ''));
  const missing = (ctx.expectedChildren ?? []).filter(
    (n) => ![...names].some((a) => a.includes(n) || n.includes(a)),
  );
  if (missing.length > 0) {
    out.push(
      finding(this, data, {
        message: `汇总报告的下级中有 ${missing.length} 个未提交报告，无法核对：${missing.join('、')}`,
        keys: [],
        values: missing,
        evidence: '',
      }),
    );
  }
  if (children.length === 0) return out;
  const byTable = new Map<string, Array<{ key: string; parent: number; children: number }>>();
  for (const c of cells(formats[data.format])) {
    const parent = cell(data, c.key);
    if (parent === null) continue;
    const values = children.map((child) => cell(child, c.key));
    if (values.some((v) => v === null)) continue;
    const total = sum(values as number[]);
    if (sameNumber(parent, total)) continue;
    byTable.set(c.table, [...(byTable.get(c.table) ?? []), { key: c.key, parent, children: total }]);
  }
  const missingNote = missing.length > 0 ? `（另有 ${missing.length} 个下级报告缺失）` : '';
  for (const diffs of byTable.values()) {
    const listed = diffs
      .slice(0, shown)
      .map((d) => `${cellLabel(data.format, d.key)}汇总 ${d.parent}、下级合计 ${d.children}`)
      .join('；');
    out.push(
      finding(this, data, {
        message: `汇总数与 ${children.length} 个下级报告之和不符${missingNote}：${listed}${diffs.length > shown ? ` 等 ${diffs.length} 格` : ''}`,
        keys: diffs.map((d) => d.key),
        values: diffs.map((d) => d.parent),
      }),
    );
  }
  return out;
}

/** Is `data` a 汇总 (summary of subordinate bodies) report? Said in its title or opening. */
export function isSummaryReport(data: ReportData): boolean {
  return /汇总/.test(data.metadata.title ?? '') || /汇总/.test(data.text.slice(0, 400));
}
