import type { SignatureCheck } from '../../domain/documents/certificate';
import { DomainError, invalid } from '../../domain/shared/domain-error';
import { verifySignedPdf } from '../../documents/signing/verify-pdf';

/**
 * Checks the signatures of an uploaded PDF (in the parser pool: the file is anyone's) against
 * the roots this installation trusts. A file that is no PDF is refused against its field.
 */
export function verifyUploadedPdf(bytes: Uint8Array, trustedRootsPem: string[]): SignatureCheck[] {
  try {
    return verifySignedPdf(Buffer.from(bytes), trustedRootsPem).signatures;
  } catch (error) {
    const message = error instanceof DomainError ? error.message : 'Không đọc được tệp PDF này.';
    throw invalid('file', message);
  }
}
