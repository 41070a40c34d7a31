import { DomainError, type ErrorCode } from '../../domain/shared/domain-error';

export type PdfSigningReason = 'not_pdf' | 'already_signed' | 'no_font';

const REFUSALS: Record<PdfSigningReason, { code: ErrorCode; message: string }> = {
  not_pdf: { code: 'validation', message: 'Tệp không phải tài liệu PDF.' },
  // Rewriting a signed PDF would break the signature already in it.
  already_signed: {
    code: 'conflict',
    message: 'Tài liệu PDF này đã được ký số; không thể đóng dấu hoặc ký lại lên bản đã ký.',
  },
  no_font: {
    code: 'unavailable',
    message: 'Máy chủ chưa cài phông chữ Unicode (DejaVu hoặc Liberation) để ghi thông tin ký số.',
  },
};

/**
 * A PDF could not be signed or checked: a DomainError (so the API answers with the right status
 * and a Vietnamese message) with the precise `reason` for callers and logs.
 */
export class PdfSigningError extends DomainError {
  readonly reason: PdfSigningReason;

  constructor(reason: PdfSigningReason, detail?: string) {
    const { code, message } = REFUSALS[reason];
    super(code, message, { details: detail === undefined ? { reason } : { reason, detail } });
    this.name = 'PdfSigningError';
    this.reason = reason;
  }
}
