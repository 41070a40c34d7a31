import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  UnitCertificateResponseSchema,
  UploadCertificateRequestSchema,
  type CertificateResponse,
} from '../../contracts/certificates.contract';
import type { Deps } from '../../domain/deps';
import { certificateState, type UnitCertificate } from '../../domain/documents/certificate';
import {
  getUnitCertificate,
  removeCertificate,
  uploadCertificate,
} from '../../domain/documents/unit-certificates';
import { requireActor } from '../plugins/auth';

const tags = ['units'];

const toCertificate = (c: UnitCertificate, now: Date): CertificateResponse => ({
  unitId: c.unitId,
  subject: c.subject,
  organization: c.organization,
  issuer: c.issuer,
  serial: c.serial,
  fingerprint: c.fingerprint,
  notBefore: c.notBefore.toISOString(),
  notAfter: c.notAfter.toISOString(),
  state: certificateState(c, now),
  hasSeal: c.hasSeal,
  hasSignature: c.hasSignature,
  uploadedAt: c.uploadedAt.toISOString(),
});

const image = (b64: string | null | undefined) =>
  b64 === undefined ? undefined : b64 === null ? null : Buffer.from(b64, 'base64');

/** A unit's signing certificate: shown to its people, given and taken away by an admin. */
export function certificatesRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/units/:id/certificate',
      {
        schema: {
          tags,
          summary: 'The unit’s signing certificate: holder, issuer, validity (never the key)',
          params: IdParamsSchema,
          response: { 200: UnitCertificateResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const found = await getUnitCertificate(deps, requireActor(request), request.params.id);
        return { certificate: found && toCertificate(found, deps.clock.now()) };
      },
    );
    r.put(
      '/units/:id/certificate',
      {
        schema: {
          tags,
          summary: 'Give the unit a PKCS#12 signing certificate (admin); replaces the one held',
          params: IdParamsSchema,
          body: UploadCertificateRequestSchema,
          response: { 200: UnitCertificateResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const body = request.body;
        const saved = await uploadCertificate(deps, requireActor(request), request.params.id, {
          file: Buffer.from(body.fileBase64, 'base64'),
          password: body.password,
          sealPng: image(body.sealPngBase64),
          signaturePng: image(body.signaturePngBase64),
        });
        return { certificate: toCertificate(saved, deps.clock.now()) };
      },
    );
    r.delete(
      '/units/:id/certificate',
      {
        schema: {
          tags,
          summary: 'Take the unit’s certificate away (admin); later documents go out unsigned',
          params: IdParamsSchema,
          response: { 200: OkResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        await removeCertificate(deps, requireActor(request), request.params.id);
        return { ok: true as const };
      },
    );
  };
}
