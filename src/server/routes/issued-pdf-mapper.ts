import type { IssuedPdfResponse } from '../../contracts/certificates.contract';
import type { IssuedDocument } from '../../domain/documents/issued-document';

/** Where an issued document's PDF stands, as the API tells it. */
export const toIssuedPdf = (doc: IssuedDocument): IssuedPdfResponse => ({
  status: doc.status,
  signedBy: doc.signedBy,
  signedAt: doc.signedAt?.toISOString() ?? null,
  error: doc.error,
});
