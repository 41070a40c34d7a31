import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AwsClient } from 'aws4fetch';
import type { FileStorage, FileStream } from '../../domain/content/content.port';

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * Files in an S3-compatible bucket (AWS, MinIO, Ceph, the Viettel/VNPT clouds), path-style
 * addressing, each request signed with SigV4 by aws4fetch. Bodies stream both ways: the payload
 * is sent as UNSIGNED-PAYLOAD (TLS protects it) so it need not be read twice to be hashed.
 */
export function s3Storage(config: S3Config, fetchFn: typeof fetch = fetch): FileStorage {
  // No retries inside the signer: a streamed body cannot be sent a second time.
  const aws = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    region: config.region,
    service: 's3',
    retries: 0,
  });
  const urlOf = (key: string): string =>
    `${config.endpoint.replace(/\/$/, '')}/${config.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  // Only the headers are signed (UNSIGNED-PAYLOAD); the body goes straight to fetch, because a
  // Request made from another Request with a stream body tees it and keeps every chunk.
  const send = async (method: string, key: string, init: RequestInit = {}) => {
    const signed = await aws.sign(urlOf(key), { method, headers: init.headers ?? {} });
    return fetchFn(signed.url, { ...init, method, headers: signed.headers });
  };

  // Sent with node:http and pipeline, which waits for the socket to drain: fetch wrote the
  // chunks as fast as they came and held what the network had not taken yet (48 MB measured).
  const putStream = async (key: string, file: FileStream, mediaType: string) => {
    const signed = await aws.sign(urlOf(key), {
      method: 'PUT',
      headers: { 'content-type': mediaType, 'content-length': String(file.size) },
    });
    const url = new URL(signed.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = (url.protocol === 'https:' ? https : http).request(url, {
        method: 'PUT',
        headers: Object.fromEntries(signed.headers),
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      pipeline(Readable.from(file.body), req).catch(reject);
    });
    if (status < 200 || status > 299) throw new Error(`S3 PUT ${key}: ${status}`);
  };
  const open = async (key: string): Promise<FileStream | null> => {
    const res = await send('GET', key);
    if (res.status === 404) return null;
    if (!res.ok || !res.body) throw new Error(`S3 GET ${key}: ${res.status}`);
    return {
      size: Number(res.headers.get('content-length')),
      body: Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>),
    };
  };
  return {
    putStream,
    put: (key, bytes, mediaType) =>
      putStream(key, { size: bytes.byteLength, body: Readable.from([bytes]) }, mediaType),
    open,
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
