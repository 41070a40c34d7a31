import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import type {
  CertificateRepository,
  IssuedDocumentRepository,
} from '../../domain/documents/documents.port';
import type { IssuedDocument } from '../../domain/documents/issued-document';
import type { Db } from '../db';
import { issuedDocuments, trustedRoots, unitCertificates } from '../schema';

const toDocument = (r: typeof issuedDocuments.$inferSelect): IssuedDocument => ({
  ...r,
  kind: r.kind,
  status: r.status,
});

/** Issued documents' PDFs: the queue and what was made. */
export function issuedDocumentRepository(db: Db): IssuedDocumentRepository {
  return {
    async enqueue(doc) {
      await db.insert(issuedDocuments).values(doc).onConflictDoNothing();
    },
    async find(kind, entityId) {
      const [row] = await db
        .select()
        .from(issuedDocuments)
        .where(and(eq(issuedDocuments.kind, kind), eq(issuedDocuments.entityId, entityId)));
      return row ? toDocument(row) : null;
    },
    async get(id) {
      const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id));
      return row ? toDocument(row) : null;
    },
    async unmade(limit, maxAttempts) {
      const rows = await db
        .select()
        .from(issuedDocuments)
        .where(
          and(
            inArray(issuedDocuments.status, ['pending', 'failed']),
            lt(issuedDocuments.attempts, maxAttempts),
          ),
        )
        // What has never been tried comes before what failed; oldest first within each.
        .orderBy(asc(issuedDocuments.attempts), asc(issuedDocuments.createdAt))
        .limit(limit);
      return rows.map(toDocument);
    },
    async markReady(id, made, at) {
      const rows = await db
        .update(issuedDocuments)
        .set({ status: 'ready', ...made, error: null, updatedAt: at })
        .where(
          and(eq(issuedDocuments.id, id), inArray(issuedDocuments.status, ['pending', 'failed'])),
        )
        .returning({ id: issuedDocuments.id });
      return rows.length > 0;
    },
    async markFailed(id, error, at) {
      await db
        .update(issuedDocuments)
        .set({
          status: 'failed',
          error,
          attempts: sql`${issuedDocuments.attempts} + 1`,
          updatedAt: at,
        })
        .where(
          and(eq(issuedDocuments.id, id), inArray(issuedDocuments.status, ['pending', 'failed'])),
        );
    },
  };
}

/** Units' signing certificates (sealed) and the roots a signature may chain to. */
export function certificateRepository(db: Db): CertificateRepository {
  return {
    async find(unitId) {
      const [row] = await db
        .select({
          unitId: unitCertificates.unitId,
          subject: unitCertificates.subject,
          organization: unitCertificates.organization,
          issuer: unitCertificates.issuer,
          serial: unitCertificates.serial,
          fingerprint: unitCertificates.fingerprint,
          notBefore: unitCertificates.notBefore,
          notAfter: unitCertificates.notAfter,
          uploadedBy: unitCertificates.uploadedBy,
          uploadedAt: unitCertificates.uploadedAt,
          hasSeal: sql<boolean>`${unitCertificates.sealPng} is not null`,
          hasSignature: sql<boolean>`${unitCertificates.signaturePng} is not null`,
        })
        .from(unitCertificates)
        .where(eq(unitCertificates.unitId, unitId));
      return row ?? null;
    },
    async secret(unitId) {
      const [row] = await db
        .select({
          sealed: unitCertificates.sealed,
          sealPng: unitCertificates.sealPng,
          signaturePng: unitCertificates.signaturePng,
        })
        .from(unitCertificates)
        .where(eq(unitCertificates.unitId, unitId));
      return row ?? null;
    },
    async put(unitId, info, secret, by, at) {
      const values = { ...info, ...secret, uploadedBy: by, uploadedAt: at };
      await db
        .insert(unitCertificates)
        .values({ unitId, ...values })
        .onConflictDoUpdate({ target: unitCertificates.unitId, set: values });
    },
    async remove(unitId) {
      const rows = await db
        .delete(unitCertificates)
        .where(eq(unitCertificates.unitId, unitId))
        .returning({ unitId: unitCertificates.unitId });
      return rows.length > 0;
    },
    async trustedRoots() {
      return db
        .select({
          fingerprint: trustedRoots.fingerprint,
          name: trustedRoots.name,
          pem: trustedRoots.pem,
        })
        .from(trustedRoots)
        .orderBy(asc(trustedRoots.name));
    },
    async addTrustedRoot(root, at) {
      await db
        .insert(trustedRoots)
        .values({ ...root, addedAt: at })
        .onConflictDoNothing();
    },
  };
}
