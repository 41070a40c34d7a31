import { describe, expect, it } from 'vitest';
import { excelJsWorkbook, heicPhoto, pdfBytes } from '../../../test/support/file-samples';
import { describeUnknown, nameForType, sniffFileType } from './file-type';

describe('file type by content, with Loa’s own allow-list', () => {
  it('knows an ExcelJS workbook is a spreadsheet, not a Word document, and does not accept it', async () => {
    const xlsx = await excelJsWorkbook();
    expect(await sniffFileType(xlsx)).toBeNull();
    expect(await describeUnknown(xlsx)).toContain('XLSX');
  });

  it('does not take a HEIC photo for an MP4 video', async () => {
    expect(await sniffFileType(heicPhoto())).toBeNull();
    expect(await describeUnknown(heicPhoto())).toContain('HEIC');
  });

  it('knows a PDF whatever it is called', async () => {
    expect(await sniffFileType(pdfBytes())).toMatchObject({
      family: 'document',
      extension: 'pdf',
      mediaType: 'application/pdf',
    });
  });

  it('offers a stored file under the extension of what it is', () => {
    expect(nameForType('x.mp3', 'pdf')).toBe('x.pdf');
    expect(nameForType('ảnh đẹp.JPEG', 'jpg')).toBe('ảnh đẹp.JPEG');
    expect(nameForType('bao-cao', 'docx')).toBe('bao-cao.docx');
    expect(nameForType('.mp3', 'wav')).toBe('.mp3.wav');
    expect(nameForType('', 'png')).toBe('tep.png');
  });
});
