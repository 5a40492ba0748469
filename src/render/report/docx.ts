import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { reportCharts, type Chart } from './charts.ts';
import { reportTitle, sections, type ReportDocument } from './document.ts';
import { periodSentence } from './text.ts';
import { tableGrids, type GridCell, type TableGrid } from './layout.ts';

/**
 * The official layout of 党政机关公文格式 (GB/T 9704-2012): A4, margins 37/35/28/26 mm, body in
 * 仿宋_GB2312 三号 (16 pt), level-one headings in 黑体, the title in 方正小标宋简体 二号 (22 pt).
 * Sizes are half-points, lengths twips (1 mm ≈ 56.7 twips).
 */
const FANGSONG = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const HEITI = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const BODY_SIZE = 32;
const TABLE_SIZE = 20;
const mm = (n: number) => Math.round(n * 56.7);

/** Word shows the SVG (Office 2016+); older readers get this blank 1×1 PNG and the data table below. */
const FALLBACK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==',
  'base64',
);

function bodyParagraph(text: string, heading?: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [
      ...(heading
        ? [
            new TextRun({
              text: heading,
              font: { name: '楷体_GB2312', eastAsia: '楷体_GB2312' },
              size: BODY_SIZE,
              bold: true,
            }),
          ]
        : []),
      new TextRun({ text, font: FANGSONG, size: BODY_SIZE }),
    ],
  });
}

function headingParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    children: [new TextRun({ text, font: HEITI, size: BODY_SIZE })],
  });
}

function cell(c: GridCell): TableCell {
  return new TableCell({
    verticalAlign: VerticalAlign.CENTER,
    ...(c.colSpan ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan ? { rowSpan: c.rowSpan } : {}),
    children: [
      new Paragraph({
        alignment: c.heading && c.text.length > 12 ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [new TextRun({ text: c.text, font: FANGSONG, size: TABLE_SIZE })],
      }),
    ],
  });
}

function table(grid: TableGrid): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [...grid.header, ...grid.body].map(
      (row, i) => new TableRow({ tableHeader: i < grid.header.length, children: row.map(cell) }),
    ),
  });
}

function chartBlock(chart: Chart): Array<Paragraph | Table> {
  const svg = Buffer.from(chart.svg, 'utf8');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: svg,
          fallback: { type: 'png', data: FALLBACK_PNG },
          transformation: { width: 560, height: 280 },
          altText: {
            name: chart.id,
            title: chart.title,
            description: chart.data.map(([k, v]) => `${k}${v}`).join('，'),
          },
        }),
      ],
    }),
    table({
      id: chart.id,
      chapter: '',
      title: chart.title,
      width: 2,
      header: [],
      body: chart.data.map(([k, v]) => [{ text: k, heading: true }, { text: String(v) }]),
    }),
  ];
}

export async function reportDocx(doc: ReportDocument): Promise<Buffer> {
  const grids = new Map(tableGrids(doc.format, doc.fields).map((g) => [g.id, g]));
  const children: Array<Paragraph | Table> = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 400 },
      children: [new TextRun({ text: reportTitle(doc), font: TITLE_FONT, size: 44 })],
    }),
    bodyParagraph(periodSentence(doc.year)),
  ];
  for (const section of sections(doc)) {
    children.push(headingParagraph(section.heading));
    if (section.kind === 'prose') {
      for (const p of section.paragraphs) children.push(bodyParagraph(p.text, p.heading));
      continue;
    }
    const grid = grids.get(section.tableId);
    if (grid) children.push(table(grid), new Paragraph({ children: [] }));
  }
  children.push(headingParagraph('附：图表'));
  for (const chart of reportCharts(doc)) children.push(...chartBlock(chart), new Paragraph({ children: [] }));
  const document = new Document({
    creator: 'Gongkai',
    title: reportTitle(doc),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
