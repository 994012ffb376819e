import { type BoardTable, toCsv } from './boardTable.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves `blob` under `name` through a link the page clicks (the browser's own download). */
export function saveBlob(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** A file name from the master's title and today's date: "PKS per OPD - Pelayanan Publik - 2026-12-05". */
export function boardFileName(title: string, extension: 'csv' | 'xlsx', today = new Date()): string {
  const safe = title
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  const date = today.toISOString().slice(0, 10);
  return `${['PKS per OPD', safe, date].filter(Boolean).join(' - ')}.${extension}`;
}

/** Downloads the table as .csv. */
export function saveCsv(table: BoardTable, name: string): void {
  saveBlob(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
}

/**
 * Downloads the table as .xlsx: one sheet with a bold, frozen header row, a filter on every
 * column and widths fitted to the text. ExcelJS (about 1 MB) is loaded only here, on the first
 * export.
 */
export async function saveXlsx(table: BoardTable, sheetName: string, name: string): Promise<void> {
  const loaded = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') };
  const ExcelJS = loaded.default ?? (loaded as unknown as typeof import('exceljs'));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sepakat';
  workbook.created = new Date();
  // A sheet name may not hold []:*?/\ and is at most 31 characters.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  table.widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: XLSX_TYPE }), name);
}
