import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeCertificateAuthority } from '../documents/signing/demo-ca';
import { loadConfig } from './config';

describe('signing configuration', () => {
  it('reads every root of a PEM bundle, whatever lies between them', () => {
    const now = new Date();
    const a = makeCertificateAuthority({ commonName: 'Root A', now }).certPem;
    const b = makeCertificateAuthority({ commonName: 'Root B', now }).certPem;
    const file = join(mkdtempSync(join(tmpdir(), 'loa-roots-')), 'roots.pem');
    writeFileSync(file, `# Ban Cơ yếu\n${a}\nsubject=CN = Root B\n${b}`);
    const roots = loadConfig({ LOA_TRUSTED_ROOTS: file }).trustedRootsPem;
    expect(roots.map((pem) => new X509Certificate(pem).subject)).toEqual([
      'C=VN\nCN=Root A',
      'C=VN\nCN=Root B',
    ]);
  });

  it('keeps no certificate in production without a key, and refuses a key of the wrong size', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).certificateKey).toBeNull();
    expect(loadConfig({}).certificateKey).toHaveLength(32);
    expect(() => loadConfig({ LOA_CERTIFICATE_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /LOA_CERTIFICATE_KEY: cần 32 byte/,
    );
  });
});
