/** The documents Loa issues with a number and sends: a plan, a sơ kết, a final report. */
export const ISSUED_DOCUMENT_KINDS = ['plan', 'phase_report', 'final_report'] as const;
export type IssuedDocumentKind = (typeof ISSUED_DOCUMENT_KINDS)[number];

/** Where an issued document's PDF stands: made and kept, waiting its turn, or refused with a reason. */
export const ISSUED_DOCUMENT_STATUSES = ['pending', 'ready', 'failed'] as const;
export type IssuedDocumentStatus = (typeof ISSUED_DOCUMENT_STATUSES)[number];

export interface IssuedDocument {
  id: string;
  kind: IssuedDocumentKind;
  entityId: string;
  unitId: string;
  numberText: string;
  issuedOn: string;
  title: string;
  status: IssuedDocumentStatus;
  /** The stored PDF, once made. */
  fileKey: string | null;
  /** The certificate holder that signed it; null when the unit had no certificate. */
  signedBy: string | null;
  signedAt: Date | null;
  /** Why the last attempt failed, as a person can read it. */
  error: string | null;
  attempts: number;
  createdAt: Date;
  updatedAt: Date;
}

/** Where the PDF of an issued document is kept on the file storage. */
export const issuedPdfKey = (doc: Pick<IssuedDocument, 'id'>): string => `issued/${doc.id}.pdf`;
