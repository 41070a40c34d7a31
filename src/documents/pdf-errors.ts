import { DomainError } from '../domain/shared/domain-error';

/**
 * LibreOffice is not installed, so no PDF can be made; an 'unavailable' DomainError, so the API
 * answers 503 with this message and the user can still download the DOCX.
 */
export class PdfUnavailableError extends DomainError {
  constructor() {
    super('unavailable', 'Chưa có bản PDF vì máy chủ chưa cài LibreOffice; hãy tải bản DOCX.');
    this.name = 'PdfUnavailableError';
  }
}

/** LibreOffice ran but gave no PDF (it failed, or took longer than the time limit). */
export class PdfConversionError extends DomainError {
  constructor(reason: 'timeout' | 'failed', detail: string) {
    super(
      'internal',
      reason === 'timeout'
        ? 'Chuyển sang PDF quá lâu nên đã dừng; hãy thử lại hoặc tải bản DOCX.'
        : 'Không chuyển được tài liệu sang PDF; hãy tải bản DOCX.',
      { details: { reason, detail } },
    );
    this.name = 'PdfConversionError';
  }
}
