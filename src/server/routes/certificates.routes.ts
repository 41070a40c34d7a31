import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParamsSchema, OkResponseSchema, problemResponses } from '../../contracts/common';
import {
  UnitCertificateResponseSchema,
  UploadCertificateForm,
  type CertificateResponse,
} from '../../contracts/certificates.contract';
import type { Deps } from '../../domain/deps';
import { certificateState, type UnitCertificate } from '../../domain/documents/certificate';
import {
  getUnitCertificate,
  removeCertificate,
  uploadCertificate,
} from '../../domain/documents/unit-certificates';
import { invalid } from '../../domain/shared/domain-error';
import { requireActor } from '../plugins/auth';
import { acceptUploadForms, readUploadForm, uploadRoute, type UploadedFile } from './upload-form';

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

/**
 * An image of the form as the domain takes it: a file sent replaces the one held, `remove`
 * takes it away (null), neither keeps it (undefined). Sending one and removing it is refused.
 */
function image(
  file: UploadedFile | undefined,
  remove: boolean | undefined,
  field: 'seal' | 'signature',
): Buffer | null | undefined {
  const flag = field === 'seal' ? 'removeSeal' : 'removeSignature';
  if (file && remove === true)
    throw invalid(
      `body.${flag}`,
      `Không thể vừa gửi ảnh ở trường "${field}" vừa yêu cầu xóa ảnh đó ("${flag}").`,
    );
  if (remove === true) return null;
  return file ? Buffer.from(file.bytes) : undefined;
}

/** A unit's signing certificate: shown to its people, given and taken away by an admin. */
export function certificatesRoutes(deps: Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    await acceptUploadForms(app);
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
        ...uploadRoute(UploadCertificateForm),
        schema: {
          tags,
          summary:
            'Give the unit a PKCS#12 signing certificate (admin, a form with the file, its password and the images); replaces the one held',
          params: IdParamsSchema,
          response: { 200: UnitCertificateResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { fields, files } = await readUploadForm(request, UploadCertificateForm);
        const saved = await uploadCertificate(deps, actor, request.params.id, {
          file: Buffer.from(files.certificate.bytes),
          password: fields.password,
          sealPng: image(files.seal, fields.removeSeal, 'seal'),
          signaturePng: image(files.signature, fields.removeSignature, 'signature'),
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
