import type { CheckDocument, Finding, Severity } from '../../core/checks/index.ts';
import { dataTable, html, raw } from '../html.ts';
import type { SafeHtml } from '../html.ts';
import { findingsChartSvg } from './chart.ts';

const severityLabel: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Codes by how often they occur across the batch (errors and warnings first in ties). */
export function countByCode(documents: readonly CheckDocument[]): Array<{ code: string; count: number }> {
  const counts = new Map<string, number>();
  for (const d of documents) for (const f of d.findings) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The evidence with the finding's numbers and quoted tokens marked (<mark>), escaped otherwise. */
export function highlightEvidence(f: Finding): SafeHtml {
  const tokens = [
    ...new Set(
      f.values
        .filter((v): v is number | string => v !== null && String(v).length > 0)
        .map(String)
        .filter((t) => t.length >= 1 && t.length <= 80),
    ),
  ].sort((a, b) => b.length - a.length);
  if (tokens.length === 0 || f.evidence === '') return html`${f.evidence}`;
  // Numbers match only as whole numbers (86 is not marked inside 1864).
  const pattern = new RegExp(
    tokens
      .map((t) => (/^\d+(\.\d+)?$/.test(t) ? `(?<![\\d.])${escapeRegExp(t)}(?![\\d])` : escapeRegExp(t)))
      .join('|'),
    'g',
  );
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const m of f.evidence.matchAll(pattern)) {
    parts.push(html`${f.evidence.slice(last, m.index)}<mark>${m[0]}</mark>`);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(html`${f.evidence.slice(last)}`);
  return html`${parts}`;
}

const styles = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#1b1b1b;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse;margin:.5rem 0}
th,td{border:1px solid #c8c8c8;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
td.n{text-align:right}.error{color:#b4412f;font-weight:bold}.warning{color:#8a5a00}.info{color:#505a5f}
mark{background:#ffe08a}.evidence{color:#444;font-size:.9rem;margin:.2rem 0 .6rem 1rem}
section{border-top:1px solid #ddd;padding-top:.5rem}th.code{white-space:nowrap;font-size:.8rem}td:first-child{min-width:9em}.code{font-family:monospace}a{color:#1d70b8}
`;

/** A supervisor's summary of a batch: totals, a chart of the most common findings, one row per report, click-through to findings. */
export function renderCheckSummary(documents: readonly CheckDocument[], generatedAt: string): string {
  const codes = countByCode(documents);
  const codeList = codes.map((c) => c.code);
  const totals = { error: 0, warning: 0, info: 0 };
  for (const d of documents) for (const f of d.findings) totals[f.severity]++;
  const rows = documents.map((d, i) => {
    const byCode = new Map<string, number>();
    for (const f of d.findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
    const count = (s: Severity) => d.findings.filter((f) => f.severity === s).length;
    return html`<tr>
      <td><a href="#r${i}">${d.agency ?? d.source}</a></td>
      <td class="n">${d.year ?? '—'}</td>
      <td>${d.format}</td>
      <td class="n error">${count('error') || ''}</td>
      <td class="n warning">${count('warning') || ''}</td>
      <td class="n info">${count('info') || ''}</td>
      ${codeList.map((c) => html`<td class="n">${byCode.get(c) ?? ''}</td>`)}
    </tr>`;
  });
  const headings = [
    ...['机构', '年度', '格式', '错误', '警告', '提示'],
    ...codeList.map((c) => html`<th class="code">${c}</th>`),
  ];
  const sections = documents.map(
    (d, i) =>
      html`<section id="r${i}">
        <h2>${d.agency ?? '（未识别机构）'} ${d.year ?? ''} <small class="code">${d.source}</small></h2>
        <p>
          格式：${d.format}；文字：${d.script === 'traditional' ? '繁体（已转为简体）' : '简体'}${d.warnings.length > 0 ? `；读取说明 ${d.warnings.length} 条` : ''}
        </p>
        ${
          d.findings.length === 0
            ? html`<p>未发现问题。</p>`
            : html`<ol>
                ${d.findings.map(
                  (f) =>
                    html`<li>
                      <span class="${f.severity}">[${severityLabel[f.severity]}]</span>
                      <span class="code">${f.code}</span> ${f.message}
                      ${f.evidence ? html`<div class="evidence">原文：${highlightEvidence(f)}</div>` : ''}
                    </li>`,
                )}
              </ol>`
        }
        ${
          d.warnings.length > 0
            ? html`<details>
                <summary>读取说明</summary>
                <ul>
                  ${d.warnings.map((w) => html`<li>${w}</li>`)}
                </ul>
              </details>`
            : ''
        }
        <p><a href="#top">返回汇总</a></p>
      </section>`,
  );
  return html`<!doctype html>
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>政府信息公开工作年度报告检查汇总</title>
        <style>
          ${raw(styles)}
        </style>
      </head>
      <body>
        <main id="top">
          <h1>政府信息公开工作年度报告检查汇总</h1>
          <p>
            共检查 ${documents.length} 份报告：错误 <span class="error">${totals.error}</span> 条，警告
            <span class="warning">${totals.warning}</span> 条，提示 ${totals.info}
            条。生成时间：${generatedAt}。
          </p>
          ${
            codes.length > 0
              ? html`<h2>最常见的问题</h2>
                  <figure role="img" aria-label="各规则发现数量">${raw(findingsChartSvg(codes))}</figure>`
              : ''
          }
          <h2>各报告</h2>
          ${dataTable(headings, rows)}
          ${sections}
        </main>
      </body>
    </html> `.value;
}
