import { X509Certificate } from 'node:crypto';
import type { User } from '../../../src/domain/accounts/user';
import type { Deps } from '../../../src/domain/deps';
import type { UnitCertificate } from '../../../src/domain/documents/certificate';
import { uploadCertificate } from '../../../src/domain/documents/unit-certificates';
import { weekOfDay } from '../../../src/domain/reports/report-week';
import type { ReportRow } from '../../../src/domain/reports/reports.port';
import { submitReport, type SubmitReportInput } from '../../../src/domain/reports/submit-report';
import { addDays } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import {
  issueUnitCertificate,
  makeCertificateAuthority,
} from '../../../src/documents/signing/demo-ca';
import { sampleSealPng, sampleSignaturePng } from '../../../src/documents/signing/stamp-images';
import { actingAs } from './accounts';
import { nextNumber, SAMPLE } from './sequence';

export type ReportOverrides = Partial<Omit<SubmitReportInput, 'unitId'>> & {
  /** Who writes and sends it (an officer of the unit itself); a new officer of the unit otherwise. */
  author?: User;
};

/**
 * A weekly report of `unit`, sent through `submitReport` (which freezes the week's figures and
 * tells the unit above). Defaults: last week's report, submitted, with a sample narrative; pass
 * `submit: false` for a draft.
 */
export async function buildReport(
  deps: Deps,
  unit: Unit,
  overrides: ReportOverrides = {},
): Promise<ReportRow> {
  const { author, ...input } = overrides;
  const officer = await actingAs(deps, unit, author, 'officer');
  const lastWeek = weekOfDay(addDays(civilDate(deps.clock.now()), -7)).key;
  return submitReport(deps, officer, {
    unitId: unit.id,
    kind: 'weekly',
    periodKey: lastWeek,
    narrative: {
      results: `Phát thanh 3 buổi về ngày bầu cử ${SAMPLE}`,
      difficulties: '',
      proposals: `Cấp thêm loa ${SAMPLE}`,
    },
    submit: true,
    ...input,
  });
}

export interface CertificateOverrides {
  /** The signer as the certificate names it; "UBND <unit's name>" otherwise. */
  commonName?: string;
  /** The CA's name; a sample CA's otherwise. */
  issuer?: string;
  /** Whether this installation trusts the CA as a root (as the demo trusts its own); no otherwise. */
  trusted?: boolean;
  /** Sample seal and signature images (default), or none. */
  images?: boolean;
  /** Who uploads it (an admin of the unit or above); a new admin of the unit otherwise. */
  admin?: User;
}

/** A unit's certificate as held, and the .p12 file and password it was uploaded with. */
export interface BuiltCertificate {
  certificate: UnitCertificate;
  file: Buffer;
  password: string;
}

/**
 * A signing certificate for `unit` from a new local CA, uploaded through `uploadCertificate` as an
 * admin would, so documents the unit issues from then on are signed with it. Only the trust of the
 * CA is written through the repository: no use case adds a trusted root (an operator does).
 */
export async function buildCertificate(
  deps: Deps,
  unit: Unit,
  overrides: CertificateOverrides = {},
): Promise<BuiltCertificate> {
  const admin = await actingAs(deps, unit, overrides.admin, 'admin');
  const now = deps.clock.now();
  const issuer = overrides.issuer ?? `CA thử nghiệm số ${nextNumber()} ${SAMPLE}`;
  const ca = makeCertificateAuthority({ commonName: issuer, now });
  if (overrides.trusted) {
    const root = new X509Certificate(ca.certPem);
    await deps.repos.certificates.addTrustedRoot(
      { fingerprint: root.fingerprint256, name: issuer, pem: ca.certPem },
      now,
    );
  }
  const password = 'mat-khau-mau';
  const file = issueUnitCertificate(ca, {
    commonName: overrides.commonName ?? `UBND ${unit.name}`,
    organization: `Cơ quan thử ${SAMPLE}`,
    now,
    password,
  });
  const images = overrides.images ?? true;
  const certificate = await uploadCertificate(deps, admin, unit.id, {
    file,
    password,
    ...(images ? { sealPng: sampleSealPng(280), signaturePng: sampleSignaturePng(240, 90) } : {}),
  });
  return { certificate, file, password };
}
