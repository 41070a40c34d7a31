import type { CertificateInfo, UnitCertificate } from './certificate';
import type { IssuedDocument, IssuedDocumentKind, IssuedDocumentStatus } from './issued-document';

/** The PDFs of issued documents: queued at issue, made once, kept. */
export interface IssuedDocumentRepository {
  /** Queues the document's PDF; a second call for the same document keeps the first. */
  enqueue(doc: IssuedDocument): Promise<void>;
  find(kind: IssuedDocument['kind'], entityId: string): Promise<IssuedDocument | null>;
  get(id: string): Promise<IssuedDocument | null>;
  /** Documents still waiting for their PDF, or refused fewer than `maxAttempts` times. */
  unmade(limit: number, maxAttempts: number): Promise<IssuedDocument[]>;
  /** Records the made PDF; false when the document was already made (the first one stands). */
  markReady(
    id: string,
    made: { fileKey: string; signedBy: string | null; signedAt: Date | null },
    at: Date,
  ): Promise<boolean>;
  markFailed(id: string, error: string, at: Date): Promise<void>;
}

/** The sealed file and what it signs with, for the signer only. */
export interface CertificateSecret {
  sealed: Buffer;
  sealPng: Buffer | null;
  signaturePng: Buffer | null;
}

export interface CertificateRepository {
  find(unitId: string): Promise<UnitCertificate | null>;
  secret(unitId: string): Promise<CertificateSecret | null>;
  /** Replaces the unit's certificate and images. */
  put(
    unitId: string,
    info: CertificateInfo,
    secret: CertificateSecret,
    by: string,
    at: Date,
  ): Promise<void>;
  remove(unitId: string): Promise<boolean>;
  trustedRoots(): Promise<{ fingerprint: string; name: string; pem: string }[]>;
  addTrustedRoot(root: { fingerprint: string; name: string; pem: string }, at: Date): Promise<void>;
}

/**
 * Keeps certificate files (PKCS#12) sealed: the file and its password together under the
 * server's key; only the signer opens them again.
 */
export interface CertificateVault {
  seal(p12: Buffer, password: string): Buffer;
  open(sealed: Buffer): { p12: Buffer; password: string };
}

/** One document in a unit's "Văn bản đến": what came, from whom, signed by whom, received when. */
export interface InboxItem {
  kind: IssuedDocumentKind;
  entityId: string;
  numberText: string;
  issuedOn: string;
  title: string;
  issuerId: string;
  issuerName: string;
  /** The signed PDF: null until the document's PDF is queued, then its state and signer. */
  pdfStatus: IssuedDocumentStatus | null;
  signedBy: string | null;
  receivedAt: Date | null;
  receivedByName: string | null;
}

/** A unit's incoming documents, newest first. */
export interface InboxRepository {
  /** The newest `limit`, and how many there are in all and not yet received. */
  received(
    unitId: string,
    limit: number,
  ): Promise<{ items: InboxItem[]; total: number; unread: number }>;
}
