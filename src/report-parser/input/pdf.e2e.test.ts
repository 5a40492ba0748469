import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { formats, findTable } from '../../core/report-format/index.ts';
import type { TableDeclaration } from '../../core/report-format/index.ts';
import { launchBrowser } from '../../../test/support/browser.ts';
import { pipeRow } from './types.ts';
import { readReportSource } from './index.ts';

const table3 = findTable(formats['gov-2021'], 'table3') as TableDeclaration;
const columns = table3.columns;

/** Known figures: a deterministic value per cell; the 科研机构 column is left empty (as 01 does). */
function figure(row: number, column: number): string {
  if (columns[column]!.key === '科研机构') return '';
  return String((row * 37 + column * 11) % 120);
}

/** Groups of consecutive rows sharing a heading (rendered with rowspan, as the official form is). */
function groupSpans(): number[] {
  return table3.rows.map((row, i) => {
    if (!row.group || table3.rows[i - 1]?.group === row.group) return 0;
    let span = 1;
    while (table3.rows[i + span]?.group === row.group) span++;
    return span;
  });
}

function table3Html(): string {
  const spans = groupSpans();
  const body = table3.rows
    .map((row, r) => {
      const label = row.group
        ? `${spans[r]! > 0 ? `<td rowspan="${spans[r]}">${row.group}</td>` : ''}<td colspan="2">${row.label}</td>`
        : `<td colspan="3">${row.label}</td>`;
      return `<tr>${label}${columns.map((_, c) => `<td>${figure(r, c)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  const legal = columns.filter((c) => c.key !== '自然人' && c.key !== '总计');
  return `<table>
<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr>${legal.map((c) => `<td>${c.label}</td>`).join('')}</tr>
${body}
</table>`;
}

/** What the reader must give back for every data row: group label, row label, the seven cells. */
function expectedRows(): string[] {
  return table3.rows.map((row, r) =>
    pipeRow([...(row.group ? [row.group] : []), row.label, ...columns.map((_, c) => figure(r, c))]),
  );
}

const page = (body: string, style = ''): string => `<!doctype html><html><head><meta charset="utf-8"><style>
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 12pt; margin: 0; }
table { border-collapse: collapse; width: 100%; } td { border: 1px solid #000; padding: 2pt 4pt; font-size: 9pt; }
p { text-indent: 2em; margin: 0 0 6pt; } ${style}
</style></head><body>${body}</body></html>`;

const prose =
  '本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，' +
  '全年共收到政府信息公开申请126件，较上年增长百分之十二，全部在法定期限内答复。';

describe('readReportSource — PDFs printed by Chromium from known data', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  async function printPdf(html: string): Promise<Uint8Array> {
    const tab = await browser.newPage();
    try {
      await tab.setContent(html, { waitUntil: 'load' });
      return new Uint8Array(
        await tab.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' } }),
      );
    } finally {
      await tab.close();
    }
  }

  it('gov-2021 表三 with merged header cells and an empty column reads back cell for cell', async () => {
    const pdf = await printPdf(
      page(
        `<h1>某县2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p>${table3Html()}`,
      ),
    );
    const source = await readReportSource(pdf, '表三.pdf');
    expect(source.kind).toBe('pdf');
    expect(source.warnings).toEqual([]);
    const lines = source.text.split('\n');
    expect(lines).toContain('三、收到和处理政府信息公开申请情况');
    const rows = lines.filter((line) => line.startsWith('|'));
    expect(rows.slice(-table3.rows.length)).toEqual(expectedRows());
    expect(rows[2]).toBe(
      pipeRow([
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '自然人',
        ...columns.filter((c) => c.key !== '自然人' && c.key !== '总计').map((c) => c.label),
        '总计',
      ]),
    );
  });

  it('prose wrapped at the right margin is one paragraph again', async () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>（${i + 1}）${prose.repeat(2)}</p>`).join('');
    const source = await readReportSource(
      await printPdf(page(`<p>一、总体情况</p>${paragraphs}`)),
      '段落.pdf',
    );
    expect(source.text.split('\n')).toEqual([
      '一、总体情况',
      ...Array.from({ length: 4 }, (_, i) => `（${i + 1}）${prose.repeat(2)}`),
    ]);
  });

  it('a table cut by a page break keeps every row and the group label of the rows on the next page', async () => {
    // The spacer leaves room for the header and a few rows on page 1; the rest go to page 2.
    const pdf = await printPdf(
      page(`<div style="height: 200mm"></div><p>三、收到和处理政府信息公开申请情况</p>${table3Html()}`),
    );
    const source = await readReportSource(pdf, '跨页.pdf');
    const rows = source.text.split('\n').filter((line) => line.startsWith('|'));
    expect(rows.slice(-table3.rows.length)).toEqual(expectedRows());
  });

  it('a borderless table is read by the gaps between figures, with a warning that blanks cannot be placed', async () => {
    const html = page(
      `<p>二、主动公开政府信息情况</p><table style="width:80%"><tr><td>规章</td><td>3</td><td>1</td><td>12</td></tr><tr><td>行政规范性文件</td><td>8</td><td>0</td><td>18</td></tr></table>`,
      'td { border: none; padding: 2pt 24pt; }',
    );
    const source = await readReportSource(await printPdf(html), '无框.pdf');
    expect(source.text.split('\n')).toEqual([
      '二、主动公开政府信息情况',
      '| 规章 | 3 | 1 | 12 |',
      '| 行政规范性文件 | 8 | 0 | 18 |',
    ]);
    expect(source.warnings.map((w) => w.code)).toEqual(['P-TABLE-NO-RULES']);
  });

  it('a scanned PDF (only an image) gives P-NO-TEXT-LAYER and empty text', async () => {
    const html = page(`<canvas id="scan" width="600" height="300"></canvas><script>
      const ctx = document.getElementById('scan').getContext('2d');
      ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, 600, 300); ctx.fillStyle = '#000';
      ctx.font = '28px sans-serif'; ctx.fillText('政府信息公开工作年度报告', 20, 60);</script>`);
    const source = await readReportSource(await printPdf(html), '扫描件.pdf');
    expect(source.text).toBe('');
    expect(source.unreadable?.code).toBe('P-NO-TEXT-LAYER');
    expect(source.unreadable?.message).toContain('OCR');
  });

  it('a PDF cut off half-way gives a warning, never a crash', async () => {
    const pdf = await printPdf(page(`<p>一、总体情况</p><p>${prose}</p>`));
    for (const cut of [0.2, 0.5, 0.9]) {
      const source = await readReportSource(pdf.subarray(0, Math.floor(pdf.length * cut)), '截断.pdf');
      expect(source.kind).toBe('pdf');
      expect(source.unreadable === undefined ? source.text.length > 0 : source.warnings.length > 0).toBe(
        true,
      );
    }
  });
});
