import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { CertificateVault } from '../../domain/documents/documents.port';
import { DomainError } from '../../domain/shared/domain-error';

/**
 * The key a server outside production seals certificates with when LOA_CERTIFICATE_KEY is not
 * set: the demo's certificates come from its own local CA and protect nothing. Never for
 * production, where a missing key means no certificate is kept at all.
 */
export const DEMO_CERTIFICATE_KEY = createHash('sha256').update('loa demo certificates').digest();

const VERSION = 1;

/**
 * Seals a PKCS#12 file and its password with AES-256-GCM: [version, iv(12), tag(16), data].
 * The password travels with the file because signing needs both, and neither is ever sent back.
 */
export function certificateVault(key: Buffer | null): CertificateVault {
  const needKey = (): Buffer => {
    if (!key)
      throw new DomainError(
        'unavailable',
        'Máy chủ chưa có khoá LOA_CERTIFICATE_KEY nên chưa cất được chứng thư số.',
      );
    return key;
  };
  return {
    seal(p12, password) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', needKey(), iv);
      const body = Buffer.from(JSON.stringify({ p12: p12.toString('base64'), password }));
      const data = Buffer.concat([cipher.update(body), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), data]);
    },
    open(sealed) {
      if (sealed[0] !== VERSION) throw new Error('unknown sealed certificate format');
      const decipher = createDecipheriv('aes-256-gcm', needKey(), sealed.subarray(1, 13));
      decipher.setAuthTag(sealed.subarray(13, 29));
      const body = Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
      const parsed = JSON.parse(body.toString()) as { p12: string; password: string };
      return { p12: Buffer.from(parsed.p12, 'base64'), password: parsed.password };
    },
  };
}
