import { z } from 'zod';
import { formFlag, uploadForm, type FilePart } from './upload-form';

/** The largest PKCS#12 file taken: a certificate with its chain is a few kilobytes. */
export const CERTIFICATE_FILE_MAX_BYTES = 64 * 1024;
/** The largest seal or signature image taken. */
export const SIGNATURE_IMAGE_MAX_BYTES = 1024 * 1024;

const png = (what: string) =>
  ({
    maxBytes: SIGNATURE_IMAGE_MAX_BYTES,
    optional: true,
    description: `${what}: a transparent PNG (at most 1 MB); without it the one held is kept`,
  }) as const satisfies FilePart;

export const UploadCertificateForm = uploadForm(
  z.strictObject({
    password: z.string().max(200).describe('The file’s password; sealed with it, never sent back'),
    removeSeal: formFlag
      .optional()
      .describe('"true" removes the seal held (then send no `seal`); absent or "false" keeps it'),
    removeSignature: formFlag
      .optional()
      .describe(
        '"true" removes the signature held (then send no `signature`); absent or "false" keeps it',
      ),
  }),
  {
    certificate: {
      maxBytes: CERTIFICATE_FILE_MAX_BYTES,
      description: 'The PKCS#12 file (.p12, .pfx), at most 64 KB',
    },
    seal: png('The seal (con dấu) at real size'),
    signature: png('The signer’s handwritten signature'),
  },
);

export const CertificateSchema = z.object({
  unitId: z.uuid(),
  subject: z.string().describe('The holder (CN)'),
  organization: z.string().nullable(),
  issuer: z.string().describe('The issuing authority (CN)'),
  serial: z.string(),
  fingerprint: z.string().describe('SHA-256 of the certificate'),
  notBefore: z.string(),
  notAfter: z.string(),
  state: z.enum(['not_yet', 'valid', 'expired']).describe('Whether it can sign today'),
  hasSeal: z.boolean(),
  hasSignature: z.boolean(),
  uploadedAt: z.string(),
});
export type CertificateResponse = z.infer<typeof CertificateSchema>;

export const UnitCertificateResponseSchema = z.object({
  certificate: CertificateSchema.nullable().describe('Null while the unit has none'),
});
export type UnitCertificateResponse = z.infer<typeof UnitCertificateResponseSchema>;

export const IssuedPdfResponseSchema = z.object({
  status: z
    .enum(['pending', 'ready', 'failed'])
    .describe('pending: waiting to be made; ready: made and kept; failed: see error'),
  signedBy: z
    .string()
    .nullable()
    .describe('The certificate holder that signed it; null if unsigned'),
  signedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type IssuedPdfResponse = z.infer<typeof IssuedPdfResponseSchema>;

/** The largest PDF checked. */
export const VERIFY_FILE_MAX_BYTES = 7 * 1024 * 1024;

export const VerifyDocumentForm = uploadForm(z.strictObject({}), {
  file: { maxBytes: VERIFY_FILE_MAX_BYTES, description: 'The PDF to check (at most 7 MB)' },
});

export const SignatureCheckSchema = z.object({
  signerName: z.string(),
  organization: z.string().nullable(),
  issuerName: z.string(),
  signedAt: z.string().nullable(),
  intact: z.boolean().describe('Unchanged since signing, and the signature holds'),
  coversWholeFile: z.boolean().describe('Nothing was added after signing'),
  chained: z.boolean().describe('The certificate leads to a root this installation trusts'),
  certificateValidAtSigning: z.boolean(),
});
export type SignatureCheckResponse = z.infer<typeof SignatureCheckSchema>;

export const VerifyDocumentResponseSchema = z.object({
  signatures: z.array(SignatureCheckSchema).describe('Empty: the PDF carries no signature'),
});
export type VerifyDocumentResponse = z.infer<typeof VerifyDocumentResponseSchema>;
