import { reportTitle, sections, type ReportDocument } from './document.ts';
import { placeGrid, tableGrids, type TableGrid } from './layout.ts';

/** A table as tab-separated lines, merged cells written once (as text extracted from a page reads). */
function tableText(grid: TableGrid): string {
  const lines: string[][] = [];
  for (const { row, cell } of placeGrid(grid)) (lines[row] ??= []).push(cell.text);
  return lines.map((cells) => cells.join('\t')).join('\n');
}

export function periodSentence(year: number): string {
  return `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制，所列数据统计期限自${year}年1月1日起至${year}年12月31日止。`;
}

/** The whole report as plain text: what the checker reads, and what a parser gets back. */
export function reportText(doc: ReportDocument): string {
  const grids = new Map(tableGrids(doc.format, doc.fields).map((g) => [g.id, g]));
  const parts = [reportTitle(doc), periodSentence(doc.year)];
  for (const section of sections(doc)) {
    parts.push(section.heading);
    if (section.kind === 'prose') {
      for (const p of section.paragraphs) parts.push(`${p.heading ?? ''}${p.text}`);
    } else {
      const grid = grids.get(section.tableId);
      if (grid) parts.push(tableText(grid));
    }
  }
  return `${parts.join('\n')}\n`;
}
