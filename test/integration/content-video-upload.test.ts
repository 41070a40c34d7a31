import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Unit } from '../../src/domain/units/unit';
import { signedIn } from '../support/content-helpers';
import { buildTree } from '../support/factories';
import { peakGrowth } from '../support/memory';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, streamedForm } from '../support/upload-form';

// A 100 MB video used to be read whole into memory on upload (the body parser's buffer) and
// again on download. Now it streams from the request to storage and from storage to the reply.
// Uploads go over a real socket, as a browser's do: `inject` hands the route a simpler stream,
// and hid a request body that a hook walked through the whole server until the heap ran out.

let t: TestApp;
let s: ReturnType<typeof signedIn>;
let city: Unit;
let officer: User;
let port = 0;
beforeAll(async () => {
  t = await buildTestApp();
  const tree = await buildTree(t.deps);
  city = tree.district;
  officer = tree.users.district.officer;
  s = signedIn(t);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => t.close());

const MiB = 1024 * 1024;

/** An MP4 of `size` bytes: an `ftyp` box, then chunks made as they are read. */
function mp4(size: number): Readable {
  const ftyp = Buffer.from('00000018667479706973736f6d0000020069736f6d69736f32', 'hex');
  return Readable.from(
    (function* () {
      yield ftyp;
      for (let at = ftyp.length; at < size; at += 256 * 1024)
        yield Buffer.alloc(Math.min(256 * 1024, size - at), 7);
    })(),
  );
}

/** PUTs `body` over a socket, announcing `size`; the status and body of the answer. */
async function put(
  id: string,
  body: Readable,
  size: number,
): Promise<{ statusCode: number; body: string }> {
  const cookie = await s.cookie(officer);
  const form = streamedForm(
    { size: String(size) },
    { field: 'file', name: 'phóng sự.mov', size, body },
  );
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'PUT',
    path: `/api/v1/content/${id}/file`,
    headers: {
      cookie,
      ...form.headers,
      'content-length': String(form.length),
    },
  });
  const answered = new Promise<{ statusCode: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
  });
  await pipeline(Readable.from(form.body), req);
  return answered;
}

test('a 32 MB video goes to storage as it arrives, and comes back as a stream', async () => {
  const created = await s.call('POST', '/api/v1/content', officer, {
    unitId: city.id,
    kind: 'video',
    title: 'Phóng sự ngày bầu cử',
  });
  const id = created.json<{ id: string }>().id;
  const size = 32 * MiB;
  let status = 0;
  const growth = await peakGrowth(async () => {
    status = (await put(id, mp4(size), size)).statusCode;
  });
  expect(status).toBe(200);
  // Streamed, a few MB; buffered, the whole file at least. The bound leaves room for a busy machine.
  expect(growth).toBeLessThan(size * 0.75);
  const item = await s.call('GET', `/api/v1/content/${id}`, officer);
  expect(item.json().file).toMatchObject({
    name: 'phóng sự.mp4',
    mediaType: 'video/mp4',
    size,
  });
  const got = await s.call('GET', `/api/v1/content/${id}/file`, officer);
  expect(got.statusCode).toBe(200);
  expect(got.headers['content-length']).toBe(String(size));
  expect(got.rawPayload.length).toBe(size);
  // A collection every 10 ms while the upload runs (see peakGrowth) is slow on a busy machine.
}, 600_000);

test('a video cut short is refused and nothing is kept', async () => {
  const created = await s.call('POST', '/api/v1/content', officer, {
    unitId: city.id,
    kind: 'video',
    title: 'Tệp bị ngắt',
  });
  const id = created.json<{ id: string }>().id;
  // Through inject, which ends the request where the body ends: a socket would wait for the rest.
  const form = await formBody({
    size: String(3 * MiB),
    file: { name: 'cut.mp4', bytes: Buffer.concat(await mp4(2 * MiB).toArray()) },
  });
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/content/${id}/file`,
    headers: { cookie: await s.cookie(officer), ...form.headers },
    payload: form.payload,
  });
  expect(res.statusCode).toBe(400);
  expect((await s.call('GET', `/api/v1/content/${id}`, officer)).json().file).toBeNull();
});
