import { fileTypeFromBuffer } from 'file-type/core';
import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { invalid, notFound } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { UnitCertificate } from './certificate';

/** A unit's signing certificate as people see it (never the key); null while it has none. */
export async function getUnitCertificate(
  deps: Reads<'units' | 'certificates'>,
  actor: Actor,
  unitId: string,
): Promise<UnitCertificate | null> {
  const unit = await getUnit(deps, actor, unitId);
  return deps.repos.certificates.find(unit.id);
}

export interface UploadCertificateInput {
  file: Buffer;
  password: string;
  /** undefined keeps the image held; null removes it. */
  sealPng?: Buffer | null;
  signaturePng?: Buffer | null;
}

const MAX_P12 = 64 * 1024;
const MAX_PNG = 1024 * 1024;

/** Pixels an image may have: a seal at 600 dpi is under 900 × 900; each signing decodes it. */
const MAX_PIXELS = 2000 * 2000;

async function checkPng(field: string, bytes: Buffer | null | undefined): Promise<void> {
  if (!bytes) return;
  if (bytes.length > MAX_PNG) throw invalid(field, 'Ảnh lớn hơn 1 MB.');
  if ((await fileTypeFromBuffer(bytes))?.ext !== 'png' || bytes.length < 24)
    throw invalid(field, 'Ảnh phải là tệp PNG (nền trong suốt).');
  // The size is in the PNG's first chunk (IHDR): a small file can unpack to gigabytes of pixels.
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  if (width * height > MAX_PIXELS)
    throw invalid(
      field,
      `Ảnh ${width} × ${height} điểm ảnh quá lớn; hãy thu nhỏ còn dưới 2000 × 2000.`,
    );
}

/**
 * An admin gives a unit its signing certificate (PKCS#12) and the images its signature shows.
 * The file is read in the capped parser pool (its password-derivation count is the sender's
 * choice), refused with the field named when it or its password is wrong, then sealed; a new
 * upload replaces the old one. Audited without any secret.
 */
export async function uploadCertificate(
  deps: Writes<'units' | 'certificates' | 'audit'> &
    Pick<Deps, 'clock' | 'ids' | 'vault' | 'parsers'>,
  actor: Actor,
  unitId: string,
  input: UploadCertificateInput,
): Promise<UnitCertificate> {
  const unit = await getUnit(deps, actor, unitId);
  authorize(actor, 'user.write', unit.path);
  if (input.file.length > MAX_P12) throw invalid('certificate', 'Tệp chứng thư số lớn hơn 64 KB.');
  await checkPng('seal', input.sealPng);
  await checkPng('signature', input.signaturePng);
  const { info, p12 } = await deps.parsers.certificate(input.file, input.password);
  const sealed = deps.vault.seal(Buffer.from(p12), input.password);
  const now = deps.clock.now();
  return deps.uow.transaction(async (repos) => {
    const held = await repos.certificates.secret(unit.id);
    await repos.certificates.put(
      unit.id,
      info,
      {
        sealed,
        sealPng: input.sealPng === undefined ? (held?.sealPng ?? null) : input.sealPng,
        signaturePng:
          input.signaturePng === undefined ? (held?.signaturePng ?? null) : input.signaturePng,
      },
      actor.userId,
      now,
    );
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'certificate',
      entityId: unit.id,
      action: held ? 'update' : 'create',
      changes: {
        subject: info.subject,
        issuer: info.issuer,
        serial: info.serial,
        notAfter: info.notAfter.toISOString(),
      },
    });
    const saved = await repos.certificates.find(unit.id);
    if (!saved) throw notFound('chứng thư số');
    return saved;
  });
}

/** An admin takes a unit's certificate away; documents issued after that go out unsigned. */
export async function removeCertificate(
  deps: Writes<'units' | 'certificates' | 'audit'> & Pick<Deps, 'clock' | 'ids'>,
  actor: Actor,
  unitId: string,
): Promise<void> {
  const unit = await getUnit(deps, actor, unitId);
  authorize(actor, 'user.write', unit.path);
  await deps.uow.transaction(async (repos) => {
    const held = await repos.certificates.find(unit.id);
    if (!held || !(await repos.certificates.remove(unit.id))) throw notFound('chứng thư số');
    await recordChange(repos, deps, actor, {
      unitId: unit.id,
      entity: 'certificate',
      entityId: unit.id,
      action: 'delete',
      changes: { subject: held.subject, serial: held.serial },
    });
  });
}
