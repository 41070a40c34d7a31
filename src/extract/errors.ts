import type { ExtractErrorCode } from './extraction.schema';

/** The one error the readers throw; its message is shown to officers, so it is Vietnamese. */
export class ExtractError extends Error {
  constructor(
    readonly code: ExtractErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}

export const MESSAGES = {
  listCut: (what: string, max: number) =>
    `Văn bản có hơn ${max.toLocaleString('vi-VN')} mục ${what}; chỉ đọc ${max.toLocaleString('vi-VN')} mục đầu.`,
  empty: 'Tệp rỗng: không có nội dung để đọc.',
  notDocument: (what: string) =>
    `Tệp không phải là văn bản (${what}). Hãy tải lên tệp .docx, .pdf, .html hoặc .txt.`,
  unsupported: (what: string) =>
    `Chưa hỗ trợ định dạng ${what}. Hãy lưu lại thành .docx, .pdf, .html hoặc .txt.`,
  tooLarge: (mb: number) => `Tệp quá lớn (${mb} MB); giới hạn là 50 MB.`,
  zipBomb: (mb: number) =>
    `Tệp .docx khi giải nén lớn bất thường (${mb} MB, giới hạn 50 MB); đã từ chối để bảo vệ hệ thống.`,
  docxBroken: 'Tệp .docx bị hỏng hoặc không đúng định dạng Word (thiếu word/document.xml).',
  pdfEncrypted: 'Tệp PDF được đặt mật khẩu hoặc mã hóa; hãy gỡ mật khẩu rồi tải lên lại.',
  pdfBroken: 'Tệp PDF bị hỏng, không đọc được.',
  noText:
    'Không tìm thấy chữ trong tệp (có thể là bản chụp/scan). Hãy dùng bản có lớp chữ hoặc nhập tay.',
  readFailed: 'Không đọc được tệp do lỗi không xác định.',
  tooComplex: 'Tệp quá phức tạp để đọc. Hãy lưu lại tệp bằng Word/Excel rồi thử lại.',
} as const;
