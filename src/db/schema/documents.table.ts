import {
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A unit's signing certificate (PKCS#12) with the images its signature shows. The file and its
 * password are kept only sealed with the server's key (LOA_CERTIFICATE_KEY) and never sent back;
 * what a person checks (holder, issuer, validity) is kept beside it in the clear.
 */
export const unitCertificates = pgTable('unit_certificates', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => units.id),
  sealed: bytea('sealed').notNull(),
  subject: text('subject').notNull(),
  organization: text('organization'),
  issuer: text('issuer').notNull(),
  serial: text('serial').notNull(),
  fingerprint: text('fingerprint').notNull(),
  notBefore: timestamp('not_before', { withTimezone: true }).notNull(),
  notAfter: timestamp('not_after', { withTimezone: true }).notNull(),
  /** The seal ("con dấu"), a transparent PNG at real size. */
  sealPng: bytea('seal_png'),
  /** The handwritten signature of the unit's signer, a transparent PNG. */
  signaturePng: bytea('signature_png'),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
});

/**
 * The PDF of an issued document, made once after issue and kept: "pending" until LibreOffice and
 * the signer have made it, then "ready" with its file; "failed" keeps the reason and is tried again.
 */
export const issuedDocuments = pgTable(
  'issued_documents',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind', { enum: ENUMERATED.issued_documents.kind }).notNull(),
    entityId: uuid('entity_id').notNull(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    numberText: text('number_text').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ENUMERATED.issued_documents.status }).notNull(),
    fileKey: text('file_key'),
    signedBy: text('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    error: text('error'),
    /** Attempts that failed; the timer stops trying after a few (a download still tries). */
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('issued_documents_kind_check', oneOf(t.kind, ENUMERATED.issued_documents.kind)),
    check('issued_documents_status_check', oneOf(t.status, ENUMERATED.issued_documents.status)),
    uniqueIndex('issued_documents_entity_idx').on(t.kind, t.entityId),
    index('issued_documents_status_idx').on(t.status),
  ],
);

/** Roots a signed PDF's certificate may chain to for Loa to call it trusted. */
export const trustedRoots = pgTable('trusted_roots', {
  fingerprint: text('fingerprint').primaryKey(),
  name: text('name').notNull(),
  pem: text('pem').notNull(),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
});
