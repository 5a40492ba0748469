import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { chineseCounting } from './docx-numbering.ts';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readReportSource } from './index.ts';

const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell =>
  new TableCell({ children: [new Paragraph(text)], ...span });

/** A draft with known figures: gov-2021 表三 header (merged across and down) and two data rows. */
async function draftReport(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      new TableRow({
        children: [
          cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', {
            columnSpan: 2,
            rowSpan: 2,
          }),
          cell('申请人情况', { columnSpan: 3 }),
        ],
      }),
      new TableRow({ children: [cell('自然人'), cell('法人或其他组织'), cell('总计')] }),
      new TableRow({
        children: [
          cell('一、本年新收政府信息公开申请数量', { columnSpan: 2 }),
          cell('71'),
          cell(''),
          cell('71'),
        ],
      }),
      new TableRow({
        children: [
          cell('三、本年度办理结果', { rowSpan: 2 }),
          cell('（一）予以公开'),
          cell('40'),
          cell('3'),
          cell('43'),
        ],
      }),
      new TableRow({ children: [cell('（二）部分公开'), cell('9'), cell('0'), cell('9')] }),
    ],
  });
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({
            children: [
              new TextRun('某县2023年'),
              new TextRun({ text: '政府信息公开工作年度报告', bold: true }),
            ],
          }),
          new Paragraph('一、总体情况'),
          new Paragraph({
            children: [new TextRun('本年共收到申请'), new TextRun('71'), new TextRun('件。')],
          }),
          table,
          new Paragraph('四、政府信息公开行政复议、行政诉讼情况'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('readReportSource — DOCX made with the docx package, read back cell for cell', () => {
  it('reads paragraphs and the table with merged header cells', async () => {
    const source = await readReportSource(await draftReport(), '草稿.docx');
    expect(source.kind).toBe('docx');
    expect(source.warnings).toEqual([]);
    expect(source.text.split('\n')).toEqual([
      '某县2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本年共收到申请71件。',
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |',
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 自然人 | 法人或其他组织 | 总计 |',
      '| 一、本年新收政府信息公开申请数量 | 71 |  | 71 |',
      '| 三、本年度办理结果 | （一）予以公开 | 40 | 3 | 43 |',
      '| 三、本年度办理结果 | （二）部分公开 | 9 | 0 | 9 |',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
  });

  it('automatic chapter numbers (一、二、 and （一）) are part of the text', async () => {
    const document = new Document({
      numbering: {
        config: [
          {
            reference: 'chapters',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', start: 1 },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', start: 1 },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '总体情况', numbering: { reference: 'chapters', level: 0 } }),
            new Paragraph({ text: '主动公开', numbering: { reference: 'chapters', level: 1 } }),
            new Paragraph({ text: '依申请公开', numbering: { reference: 'chapters', level: 1 } }),
            new Paragraph({ text: '主动公开政府信息情况', numbering: { reference: 'chapters', level: 0 } }),
            new Paragraph({ text: '规章', numbering: { reference: 'chapters', level: 1 } }),
          ],
        },
      ],
    });
    const source = await readReportSource(new Uint8Array(await Packer.toBuffer(document)), '编号.docx');
    expect(source.text.split('\n')).toEqual([
      '一、总体情况',
      '（一）主动公开',
      '（二）依申请公开',
      '二、主动公开政府信息情况',
      '（一）规章',
    ]);
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [105, '一百零五'],
    [110, '一百一十'],
  ])('chineseCounting(%i) = %s (Word numFmt chineseCounting)', (n, text) => {
    expect(chineseCounting(n)).toBe(text);
  });

  it('a truncated DOCX gives a warning, not a crash', async () => {
    const bytes = await draftReport();
    const source = await readReportSource(bytes.subarray(0, Math.floor(bytes.length / 2)), '截断.docx');
    expect(source.text).toBe('');
    expect(source.unreadable?.code).toBe('P-BROKEN-FILE');
  });

  it('a ZIP that is not a Word file says what it is', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const source = await readReportSource(await zip.generateAsync({ type: 'uint8array' }), '表.xlsx');
    expect(source.unreadable?.code).toBe('P-UNSUPPORTED-FORMAT');
    expect(source.unreadable?.message).toContain('Excel');
  });
});
