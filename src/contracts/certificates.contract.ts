import { z } from 'zod';

const png = (what: string) =>
  z
    .string()
    .max(1_400_000)
    .nullable()
    .optional()
    .describe(`${what}: a transparent PNG, base64-encoded (at most 1 MB); null removes it`);

export const UploadCertificateRequestSchema = z.strictObject({
  fileBase64: z
    .string()
    .min(1)
    .max(90_000)
    .describe('The PKCS#12 file (.p12, .pfx), base64-encoded (at most 64 KB)'),
  password: z.string().max(200).describe('The file’s password; sealed with it, never sent back'),
  sealPngBase64: png('The seal (con dấu) at real size'),
  signaturePngBase64: png('The signer’s handwritten signature'),
});

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

export const VerifyDocumentRequestSchema = z.strictObject({
  fileBase64: z.string().min(1).max(9_800_000).describe('The PDF, base64-encoded (at most 7 MB)'),
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
