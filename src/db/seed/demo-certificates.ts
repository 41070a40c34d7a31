import { X509Certificate } from 'node:crypto';
import type { Deps } from '../../domain/deps';
import { uploadCertificate } from '../../domain/documents/unit-certificates';
import { issueUnitCertificate, makeCertificateAuthority } from '../../documents/signing/demo-ca';
import { sampleSealPng, sampleSignaturePng } from '../../documents/signing/stamp-images';
import { actorOf, unitId as id, type DemoIds } from './demo-actors';

/** The demo's certificates open with this password (the demo's, published like its logins). */
export const DEMO_CERTIFICATE_PASSWORD = 'demo1234';

/** The demo CA's name says what it is: sample data, worth nothing outside this demo. */
const DEMO_CA_NAME = 'Loa Demo CA (mẫu, không có giá trị pháp lý)';

/** The bodies that issue the seeds' documents, as their certificates name them. */
const HOLDERS: { unit: string; commonName: string; organization: string }[] = [
  { unit: 'cambinh', commonName: 'UBND phường Cẩm Bình', organization: 'Thành phố Cẩm Phả' },
  { unit: 'campha', commonName: 'UBND thành phố Cẩm Phả', organization: 'Tỉnh Quảng Ninh' },
  { unit: 'halong', commonName: 'UBND thành phố Hạ Long', organization: 'Tỉnh Quảng Ninh' },
  {
    unit: 'halong-tbtt',
    commonName: 'Tiểu ban Tuyên truyền Ủy ban Bầu cử thành phố Hạ Long',
    organization: 'Thành phố Hạ Long',
  },
];

/**
 * A small local CA (sample data) gives Cẩm Bình, Cẩm Phả and Hạ Long signing certificates, with
 * sample seal and signature images, through the admin's own upload; the CA becomes a trusted
 * root, so the demo's signed PDFs verify in Loa (other readers will call the root unknown).
 */
export async function seedDemoCertificates(
  deps: Omit<Deps, 'mailer'>,
  units: DemoIds,
): Promise<void> {
  const admin = await actorOf(deps, 'admin');
  const now = deps.clock.now();
  const ca = makeCertificateAuthority({ commonName: DEMO_CA_NAME, now });
  const root = new X509Certificate(ca.certPem);
  await deps.repos.certificates.addTrustedRoot(
    { fingerprint: root.fingerprint256, name: DEMO_CA_NAME, pem: ca.certPem },
    now,
  );
  const seal = sampleSealPng(280);
  const signature = sampleSignaturePng(240, 90);
  for (const holder of HOLDERS) {
    const file = issueUnitCertificate(ca, {
      commonName: holder.commonName,
      organization: holder.organization,
      province: 'Quảng Ninh',
      now,
      password: DEMO_CERTIFICATE_PASSWORD,
    });
    await uploadCertificate(deps, admin, id(units, holder.unit), {
      file,
      password: DEMO_CERTIFICATE_PASSWORD,
      sealPng: seal,
      signaturePng: signature,
    });
  }
}
