import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../../scripts/vite-precompress';
import { registerWebApp } from './web-app';

// A built SPA in a temporary folder, compressed the way the build does it.
const dist = mkdtempSync(join(tmpdir(), 'loa-web-app-'));
const script = `export const words = ${JSON.stringify('Đăng nhập '.repeat(500))};\n`;
const app = Fastify();

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Loa</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), script);
  precompressFile(join(dist, 'assets', 'index-abc123.js'));
  await registerWebApp(app, dist, {
    '/app/shown': async () => '<!doctype html><title>Xem nhanh</title>',
    '/app/declined': async () => null,
    '/app/broken': async () => {
      throw new Error('the server is shutting down');
    },
  });
});
afterAll(async () => {
  await app.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (encoding: string) =>
  app.inject({ url: '/app/assets/index-abc123.js', headers: { 'accept-encoding': encoding } });

describe('the workspace’s scripts on the wire', () => {
  it('go out as brotli to a browser that accepts it, cached for a year', async () => {
    const res = await get('gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(script.length / 4);
  });

  it('go out as gzip without brotli, and as they are to a client that accepts neither', async () => {
    expect((await get('gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body).toBe(script);
  });
});

describe('a first view', () => {
  it('answers its address with its own page, private to the user', async () => {
    const res = await app.inject({ url: '/app/shown' });
    expect(res.body).toContain('Xem nhanh');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers.vary).toMatch(/cookie/i);
    // Gzipped to a browser that takes it.
    const zipped = await app.inject({
      url: '/app/shown',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(res.body);
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
  });

  it('leaves the address to the SPA when it declines, and when it fails', async () => {
    for (const url of ['/app/declined', '/app/broken']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe('<!doctype html><title>Loa</title>');
      expect(res.headers.vary, url).toMatch(/cookie/i);
    }
  });
});
