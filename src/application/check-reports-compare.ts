import { cellKeys, formats, summaryKeys } from '../core/report-format/index.ts';
import { checkReport, toCheckDocument } from '../core/checks/index.ts';
import type { CheckDocument } from '../core/checks/index.ts';
import { parseInput } from './check-reports.ts';
import { bodyKey } from './check-reports-pairing.ts';
import { displayWidth } from './check-reports-table.ts';

export interface CellChange {
  key: string;
  old: number | null;
  new: number | null;
  /** new − old; null when either side is absent. */
  change: number | null;
}

export interface Comparison {
  old: CheckDocument;
  new: CheckDocument;
  /** Cells of the newer report's format (or the summary keys when the formats differ), in form order. */
  cells: CellChange[];
  notes: string[];
}

/**
 * `gongkai compare OLD NEW`: two years of one body, cell by cell, with the findings of each — the
 * newer one checked with the older as its previous year (T3-CARRY, T2-STOCK, L-CUMULATIVE).
 */
export async function compareReports(oldPath: string, newPath: string): Promise<Comparison> {
  const [older, newer] = await Promise.all([
    parseInput({ source: oldPath }),
    parseInput({ source: newPath }),
  ]);
  const notes: string[] = [];
  if (older.agency && newer.agency && bodyKey(older.agency) !== bodyKey(newer.agency)) {
    notes.push(`两份报告的主体不同：“${older.agency}”与“${newer.agency}”`);
  }
  if (older.year !== null && newer.year !== null && newer.year !== older.year + 1) {
    notes.push(`两份报告不是相邻年度（${older.year} 与 ${newer.year}），跨年规则未运行`);
  }
  const oldDoc = toCheckDocument(oldPath, older, checkReport(older));
  const newDoc = toCheckDocument(newPath, newer, checkReport(newer, { previous: older }));
  const keys =
    older.format === newer.format
      ? [
          ...new Set([
            ...cellKeys(formats[newer.format]),
            ...summaryKeys,
            ...Object.keys(newDoc.fields),
            ...Object.keys(oldDoc.fields),
          ]),
        ]
      : [...summaryKeys];
  if (older.format !== newer.format)
    notes.push(`两份报告格式不同（${older.format} → ${newer.format}），只比较汇总指标`);
  const cells = keys.map((key) => {
    const o = oldDoc.fields[key] ?? null;
    const n = newDoc.fields[key] ?? null;
    return { key, old: o, new: n, change: o !== null && n !== null ? Math.round((n - o) * 1e6) / 1e6 : null };
  });
  return { old: oldDoc, new: newDoc, cells, notes };
}

function signed(n: number | null): string {
  if (n === null) return '';
  return n > 0 ? `+${n}` : n === 0 ? '0' : `−${-n}`;
}

const padTo = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/** Side by side in a terminal: only cells with a figure on either side; then each year's findings. */
export function renderComparison(c: Comparison): string {
  const rows = c.cells.filter((x) => x.old !== null || x.new !== null);
  const oldHead = `${c.old.year ?? '旧'}年`;
  const newHead = `${c.new.year ?? '新'}年`;
  const table = [
    ['指标（规范键）', oldHead, newHead, '变化'],
    ...rows.map((r) => [
      r.key,
      r.old === null ? '—' : String(r.old),
      r.new === null ? '—' : String(r.new),
      signed(r.change),
    ]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...table.map((r) => displayWidth(r[i] as string))));
  const out = [
    `${c.new.agency ?? c.old.agency ?? ''}：${oldHead}（${c.old.source}） ↔ ${newHead}（${c.new.source}）`,
  ];
  for (const note of c.notes) out.push(`注意：${note}`);
  out.push('');
  for (const r of table)
    out.push(
      r
        .map((cell, i) => padTo(cell, widths[i] as number))
        .join('  ')
        .trimEnd(),
    );
  if (rows.length === 0) out.push('（两份报告都没有读出表格数字）');
  for (const doc of [c.old, c.new]) {
    out.push('', `■ ${doc.year ?? ''}年的发现（${doc.findings.length} 条）`);
    for (const f of doc.findings) out.push(`  [${f.severity}] ${f.code}  ${f.message}`);
  }
  return out.join('\n');
}
