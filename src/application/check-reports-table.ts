import type { CheckDocument, Severity } from '../core/checks/index.ts';

const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** A path keeps its end (the file name) when clipped. */
function clipPath(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of [...s].reverse()) {
    if (displayWidth(ch + out) > width - 1) break;
    out = ch + out;
  }
  return `…${out}`;
}

function clip(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function countBySeverity(doc: CheckDocument): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of doc.findings) counts[f.severity]++;
  return counts;
}

/** A readable terminal table: one row per report, then each report's findings. */
export function renderCheckTable(documents: readonly CheckDocument[]): string {
  const header = ['文件', '机构', '年度', '格式', '错误', '警告', '提示'];
  const rows = documents.map((d) => {
    const c = countBySeverity(d);
    return [
      clipPath(d.source, 40),
      clip(d.agency ?? '—', 24),
      d.year === null ? '—' : String(d.year),
      d.format,
      String(c.error),
      String(c.warning),
      String(c.info),
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] as string))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] as number))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  ')];
  for (const r of rows) out.push(line(r));
  for (const d of documents) {
    if (d.findings.length === 0) continue;
    out.push('', `■ ${d.source}${d.agency ? `（${d.agency}${d.year ?? ''}）` : ''}`);
    for (const f of d.findings) out.push(`  [${severityLabel[f.severity]}] ${f.code}  ${f.message}`);
  }
  const total = documents.reduce(
    (acc, d) => {
      const c = countBySeverity(d);
      return { error: acc.error + c.error, warning: acc.warning + c.warning, info: acc.info + c.info };
    },
    { error: 0, warning: 0, info: 0 },
  );
  out.push(
    '',
    `共 ${documents.length} 份报告：错误 ${total.error}，警告 ${total.warning}，提示 ${total.info}`,
  );
  return out.join('\n');
}
