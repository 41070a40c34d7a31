import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { demoSession } from '../support/content-helpers';
import { peakGrowth } from '../support/memory';
import { buildTestApp, type TestApp } from '../support/test-app';

// A 100 MB video used to be read whole into memory on upload (the body parser's buffer) and
// again on download. Now it streams from the request to storage and from storage to the reply.

let t: TestApp;
let s: Awaited<ReturnType<typeof demoSession>>;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  s = await demoSession(t, ['campha'], { campha: 'thanh pho cam pha' });
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

const put = (id: string, body: Readable, size: number) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/content/${id}/file`,
    headers: {
      cookie: s.cookies.get('campha') ?? '',
      'content-type': 'application/octet-stream',
      'content-length': String(size),
      'x-file-name': encodeURIComponent('phóng sự.mov'),
    },
    payload: body,
  });

test('a 48 MB video goes to storage as it arrives, and comes back as a stream', async () => {
  const created = await s.call('POST', '/api/v1/content', 'campha', {
    unitId: s.unit('campha'),
    kind: 'video',
    title: 'Phóng sự ngày bầu cử',
  });
  const id = created.json<{ id: string }>().id;
  const size = 48 * MiB;
  let status = 0;
  const growth = await peakGrowth(async () => {
    status = (await put(id, mp4(size), size)).statusCode;
  });
  expect(status).toBe(200);
  // Streamed, a few MB; buffered, the whole file at least. The bound is generous.
  expect(growth).toBeLessThan(size / 2);
  const item = await s.call('GET', `/api/v1/content/${id}`, 'campha');
  expect(item.json().file).toMatchObject({
    name: 'phóng sự.mp4',
    mediaType: 'video/mp4',
    size,
  });
  const got = await s.call('GET', `/api/v1/content/${id}/file`, 'campha');
  expect(got.statusCode).toBe(200);
  expect(got.headers['content-length']).toBe(String(size));
  expect(got.rawPayload.length).toBe(size);
}, 120_000);

test('a video cut short is refused and nothing is kept', async () => {
  const created = await s.call('POST', '/api/v1/content', 'campha', {
    unitId: s.unit('campha'),
    kind: 'video',
    title: 'Tệp bị ngắt',
  });
  const id = created.json<{ id: string }>().id;
  const res = await put(id, mp4(2 * MiB), 3 * MiB);
  expect(res.statusCode).toBe(400);
  expect((await s.call('GET', `/api/v1/content/${id}`, 'campha')).json().file).toBeNull();
});
