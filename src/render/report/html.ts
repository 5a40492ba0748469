import { html, raw, type SafeHtml } from '../../web/html.ts';
import { reportCharts, type Chart } from './charts.ts';
import { reportTitle, sections, type ReportDocument } from './document.ts';
import { periodSentence } from './text.ts';
import { tableGrids, type GridCell, type TableGrid } from './layout.ts';

function cellHtml(cell: GridCell, tag: 'th' | 'td'): SafeHtml {
  const t = cell.heading ? 'th' : tag;
  const span = html`${cell.colSpan ? html` colspan="${cell.colSpan}"` : ''}${cell.rowSpan ? html` rowspan="${cell.rowSpan}"` : ''}`;
  const key = cell.key ? html` data-key="${cell.key}"` : '';
  return t === 'th' ? html`<th${span}${key}>${cell.text}</th>` : html`<td${span}${key}>${cell.text}</td>`;
}

export function tableHtml(grid: TableGrid): SafeHtml {
  return html`<table class="report-table" id="${grid.id}">
    <caption>
      ${grid.title}
    </caption>
    ${
      grid.header.length > 0
        ? html`<thead>
            ${grid.header.map(
              (row) =>
                html`<tr>
                  ${row.map((c) => cellHtml(c, 'th'))}
                </tr> `,
            )}
          </thead>`
        : ''
    }
    <tbody>
      ${grid.body.map(
        (row) =>
          html`<tr>
            ${row.map((c) => cellHtml(c, 'td'))}
          </tr> `,
      )}
    </tbody>
  </table>`;
}

function chartFigure(chart: Chart): SafeHtml {
  // The SVG comes from ECharts' own serializer (labels escaped there), never from user input.
  return html`<figure class="report-chart" id="chart-${chart.id}">
    ${raw(chart.svg)}
    <figcaption>${chart.title}</figcaption>
  </figure>`;
}

/** The report body (for the portal page, or inside the standalone document below). */
export function reportBodyHtml(doc: ReportDocument): SafeHtml {
  const grids = new Map(tableGrids(doc.format, doc.fields).map((g) => [g.id, g]));
  const charts = reportCharts(doc);
  return html`<article class="annual-report">
    <h1>${reportTitle(doc)}</h1>
    ${doc.version ? html`<p class="report-version">第${doc.version.number}版，发布日期：${doc.version.publishedOn}${doc.version.correctionReason ? html`（更正原因：${doc.version.correctionReason}）` : ''}</p>` : html`<p class="report-version">草稿</p>`}
    <p>${periodSentence(doc.year)}</p>
    ${sections(doc).map((section) =>
      section.kind === 'prose'
        ? html`<section>
            <h2>${section.heading}</h2>
            ${section.paragraphs.map((p) => html`<p>${p.heading ? html`<strong>${p.heading}</strong>` : ''}${p.text}</p>`)}
          </section> `
        : html`<section>
            <h2>${section.heading}</h2>
            ${grids.get(section.tableId) ? tableHtml(grids.get(section.tableId)!) : ''}
          </section> `,
    )}
    <section class="report-charts">
      <h2>图表</h2>
      ${charts.map(chartFigure)}
    </section>
  </article>`;
}

const STYLE = `body{font-family:"FangSong","仿宋","STFangsong","Noto Serif CJK SC",serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.8}
h1,h2{font-family:"SimHei","黑体","Noto Sans CJK SC",sans-serif}h1{text-align:center;font-size:1.6rem}
.report-table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.9rem}
.report-table th,.report-table td{border:1px solid #333;padding:.25rem .4rem;text-align:center}
.report-table th{font-weight:normal;background:#f5f5f5}.report-table caption{font-weight:bold}
.report-chart{display:inline-block;margin:.5rem}.report-chart svg{max-width:100%;height:auto}`;

/** A standalone HTML document (CLI `--format html`, download). */
export function reportHtmlDocument(doc: ReportDocument): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html`${reportTitle(doc)}`.value}</title><style>${STYLE}</style></head>
<body>${reportBodyHtml(doc).value}</body></html>
`;
}
