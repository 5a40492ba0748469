import ExcelJS from 'exceljs';
import { reportTitle, type ReportDocument } from './document.ts';
import { placeGrid, tableGrids, type TableGrid } from './layout.ts';

const SHEET_NAMES: Record<string, string> = {
  table2: '表二 主动公开',
  table3: '表三 依申请公开',
  table4: '表四 复议诉讼',
  statistics: '统计表',
};

const thin = { style: 'thin' as const };

function fillSheet(sheet: ExcelJS.Worksheet, grid: TableGrid, doc: ReportDocument): void {
  sheet.getCell(1, 1).value = `${reportTitle(doc)}——${grid.title}`;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, grid.width);
  const offset = 2;
  for (const { row, col, cell } of placeGrid(grid)) {
    const r = row + offset + 1;
    const c = col + 1;
    const target = sheet.getCell(r, c);
    // Figures are numbers (not text), so a supervisor can sum them; a blank stays empty.
    target.value = cell.key ? (cell.text === '' ? null : Number(cell.text)) : cell.text;
    target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    target.border = { top: thin, bottom: thin, left: thin, right: thin };
    if (cell.key) target.note = cell.key;
    if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) {
      sheet.mergeCells(r, c, r + (cell.rowSpan ?? 1) - 1, c + (cell.colSpan ?? 1) - 1);
    }
  }
  sheet.columns.forEach((column, i) => {
    column.width = i < 3 && grid.id !== 'table4' ? 22 : 12;
  });
}

/** One sheet per table; each figure cell carries its canonical key as a note. */
export async function reportXlsx(doc: ReportDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Gongkai';
  workbook.title = reportTitle(doc);
  for (const grid of tableGrids(doc.format, doc.fields)) {
    fillSheet(workbook.addWorksheet(SHEET_NAMES[grid.id] ?? grid.title), grid, doc);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
