// Files that fooled the hand-written type detector, built in memory for the tests.
import ExcelJS from 'exceljs';

/** A workbook as ExcelJS writes it: its first ZIP entries are not the workbook's own parts. */
export async function excelJsWorkbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Hoạt động').addRow(['Ngày', 'Số lượng']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The smallest HEIC an iPhone's photo starts with: an ISO-BMFF `ftyp` box, brand `heic`. */
export function heicPhoto(): Uint8Array {
  const box = new Uint8Array(64);
  const view = new DataView(box.buffer);
  view.setUint32(0, 24);
  box.set(new TextEncoder().encode('ftypheic\0\0\0\0mif1heic'), 4);
  view.setUint32(24, 40);
  box.set(new TextEncoder().encode('meta'), 28);
  return box;
}

export const pdfBytes = (): Uint8Array =>
  new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
