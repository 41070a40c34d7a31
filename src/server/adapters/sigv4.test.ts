import { describe, expect, it } from 'vitest';
import { s3Storage } from './s3-storage';
import { sha256Hex, signV4 } from './sigv4';

const creds = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  region: 'us-east-1',
  service: 's3',
};

describe('AWS Signature Version 4, by hand', () => {
  it('matches the published S3 example (GET /test.txt with a Range header)', () => {
    const headers = signV4(
      {
        method: 'GET',
        url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
        headers: { Range: 'bytes=0-9' },
        payloadHash: sha256Hex(''),
      },
      creds,
      new Date('2013-05-24T00:00:00Z'),
    );
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('the adapter signs path-style requests and reads a 404 as no file', async () => {
    const seen: Array<{ url: string; auth: string | null }> = [];
    const fake = (async (url: URL, init: RequestInit) => {
      seen.push({ url: String(url), auth: new Headers(init.headers).get('authorization') });
      return new Response(null, { status: init.method === 'GET' ? 404 : 200 });
    }) as unknown as typeof fetch;
    const storage = s3Storage({ endpoint: 'https://s3.example.vn', bucket: 'loa', ...creds }, fake);
    await storage.put('content/a b.mp3', new Uint8Array([1, 2]), 'audio/mpeg');
    expect(await storage.get('content/x.mp3')).toBeNull();
    expect(seen[0]?.url).toBe('https://s3.example.vn/loa/content/a%20b.mp3');
    expect(
      seen.every((s) => s.auth?.startsWith('AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/')),
    ).toBe(true);
  });
});
