import type { FileStorage } from '../../domain/content/content.port';
import { sha256Hex, signV4 } from './sigv4';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph, the Viettel/VNPT clouds), path-style
 * addressing, each request signed with SigV4 over plain fetch.
 */
export function s3Storage(config: S3Config, fetchFn: typeof fetch = fetch): FileStorage {
  const creds = { ...config, service: 's3' };
  const urlOf = (key: string): URL =>
    new URL(
      `${config.endpoint.replace(/\/$/, '')}/${config.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`,
    );
  const send = async (method: string, key: string, body?: Uint8Array, mediaType?: string) => {
    const url = urlOf(key);
    const headers = signV4(
      {
        method,
        url,
        headers: mediaType ? { 'content-type': mediaType } : {},
        payloadHash: sha256Hex(body ?? ''),
      },
      creds,
      new Date(),
    );
    const { host: _host, ...sendHeaders } = headers;
    return fetchFn(url, {
      method,
      headers: sendHeaders,
      ...(body ? { body: Buffer.from(body) } : {}),
    });
  };
  return {
    async put(key, bytes, mediaType) {
      const res = await send('PUT', key, bytes, mediaType);
      if (!res.ok) throw new Error(`S3 PUT ${key}: ${res.status}`);
    },
    async get(key) {
      const res = await send('GET', key);
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`S3 GET ${key}: ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
    async delete(key) {
      const res = await send('DELETE', key);
      if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${key}: ${res.status}`);
    },
  };
}
