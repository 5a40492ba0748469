import JSZip from 'jszip';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { parseNumbering } from './docx-numbering.ts';
import type { Numbering } from './docx-numbering.ts';
import { renderGrid } from './table-grid.ts';
import type { SourceCell } from './table-grid.ts';
import { LineWriter, joinCellParts } from './text-lines.ts';
import { warning } from './types.ts';
import type { ReportSource } from './types.ts';

/** A document.xml this large is not a report; unzipping it would only exhaust memory. */
const maxDocumentBytes = 64 * 1024 * 1024;

/** Tracked deletions, field codes and alternative renderings: not the visible text. */
const skippedTags = new Set([
  'w:del',
  'w:delText',
  'w:instrText',
  'mc:Fallback',
  'w:rPr',
  'w:pPr',
  'w:sectPr',
  'w:tblPr',
  'w:tblGrid',
]);

/**
 * DOCX (drafts are sent as Word files): word/document.xml read directly. Paragraphs become lines,
 * tables become pipe rows with `w:gridSpan` written once and `w:vMerge` repeated down, like HTML.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReportSource> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  const entry = zip.file('word/document.xml');
  if (!entry) {
    const isSheet = zip.file('xl/workbook.xml') !== null;
    const reason = warning(
      'P-UNSUPPORTED-FORMAT',
      isSheet
        ? '这是 Excel 表格文件（.xlsx），不是年度报告文档'
        : '这是一个压缩包，不是 Word 文档（缺少 word/document.xml）',
    );
    return { text: '', kind: 'docx', warnings: [reason], unreadable: reason };
  }
  const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (size > maxDocumentBytes) {
    const reason = warning(
      'P-TOO-LARGE',
      `Word 文档正文解压后有 ${(size / 1048576).toFixed(0)} MB，不像一份年度报告，未读取`,
    );
    return { text: '', kind: 'docx', warnings: [reason], unreadable: reason };
  }
  const xml = await entry.async('string');
  const numbering = parseNumbering((await zip.file('word/numbering.xml')?.async('string')) ?? null);
  const document = parseDocument(xml, { xmlMode: true });
  const out = new LineWriter();
  walk(document.children, out, numbering);
  const text = out.toString();
  if (text.trim() === '') {
    const reason = warning('P-EMPTY', 'Word 文档中没有文字（可能只有图片）');
    return { text, kind: 'docx', warnings: [reason], unreadable: reason };
  }
  return { text, kind: 'docx', warnings: [] };
}

function walk(nodes: readonly ChildNode[], out: LineWriter, numbering: Numbering): void {
  for (const node of nodes) {
    if (node.type !== 'tag') continue;
    if (skippedTags.has(node.name)) continue;
    switch (node.name) {
      case 'w:t':
        out.text(textOf(node));
        break;
      case 'w:tab':
        out.text('\t');
        break;
      case 'w:br':
      case 'w:cr':
        out.break();
        break;
      case 'w:p':
        out.break();
        out.text(listLabel(node, numbering));
        walk(node.children, out, numbering);
        out.break();
        break;
      case 'w:tbl':
        walkTable(node, out, numbering);
        break;
      default:
        walk(node.children, out, numbering);
    }
  }
}

function walkTable(table: Element, out: LineWriter, numbering: Numbering): void {
  const rows = childTags(table, 'w:tr');
  const hasNested = rows.some((row) => childTags(row, 'w:tc').some((cell) => containsTag(cell, 'w:tbl')));
  out.break();
  if (hasNested) {
    // A layout table around other tables: read its cells as blocks.
    for (const row of rows) for (const cell of childTags(row, 'w:tc')) walk(cell.children, out, numbering);
  } else {
    const grid = rows.map((row) => {
      const cells: SourceCell[] = [];
      const before = gridValue(row, 'w:trPr', 'w:gridBefore');
      if (before > 0) cells.push({ text: '', colSpan: before, rowSpan: 1 });
      for (const cell of childTags(row, 'w:tc')) cells.push(toSourceCell(cell, numbering));
      return cells;
    });
    for (const line of renderGrid(grid)) out.line(line);
  }
  out.break();
}

function toSourceCell(cell: Element, numbering: Numbering): SourceCell {
  const properties = childTags(cell, 'w:tcPr')[0];
  const vMerge = properties ? childTags(properties, 'w:vMerge')[0] : undefined;
  const pieces = new LineWriter();
  walk(cell.children, pieces, numbering);
  return {
    text: joinCellParts(pieces.toString().split('\n')),
    colSpan: Math.max(1, gridValue(cell, 'w:tcPr', 'w:gridSpan')),
    rowSpan: 1,
    // `<w:vMerge/>` (no value, or “continue”) continues the cell above; “restart” starts one.
    continuesAbove: vMerge !== undefined && vMerge.attribs['w:val'] !== 'restart',
  };
}

/** The automatic number of a list paragraph (`w:pPr/w:numPr`), e.g. “一、”. */
function listLabel(paragraph: Element, numbering: Numbering): string {
  const properties = childTags(paragraph, 'w:pPr')[0];
  const numPr = properties ? childTags(properties, 'w:numPr')[0] : undefined;
  if (!numPr) return '';
  const numId = childTags(numPr, 'w:numId')[0]?.attribs['w:val'];
  const level = Number(childTags(numPr, 'w:ilvl')[0]?.attribs['w:val'] ?? 0);
  return numId && numId !== '0' && Number.isInteger(level) ? numbering.next(numId, level) : '';
}

function gridValue(element: Element, propertiesTag: string, tag: string): number {
  const properties = childTags(element, propertiesTag)[0];
  const node = properties ? childTags(properties, tag)[0] : undefined;
  const value = Number.parseInt(node?.attribs['w:val'] ?? '0', 10);
  return Number.isFinite(value) ? Math.min(value, 200) : 0;
}

function childTags(element: Element, name: string): Element[] {
  return element.children.filter((child): child is Element => child.type === 'tag' && child.name === name);
}

function containsTag(element: Element, name: string): boolean {
  return element.children.some(
    (child) => child.type === 'tag' && (child.name === name || containsTag(child, name)),
  );
}

function textOf(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}
