import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
});
afterAll(async () => t.close());

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('a photo kept as evidence is checked by its content, stored, and shown only inside the subtree', async () => {
  const cambinh = await t.login('cambinh');
  const kalong = await t.login('kalong');
  const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: cambinh } })).json();
  const activity = (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/activities',
      headers: { cookie: cambinh },
      payload: {
        unitId: me.unit.id,
        occurredOn: '2022-05-02',
        channel: 'visual',
        categoryCode: 'bang_ron',
        quantity: 12,
        title: 'Treo băng rôn khu phố 1–4',
      },
    })
  ).json();
  const put = async (cookie: string, body: Buffer) => {
    const form = await formBody({ photo: { name: 'anh.png', bytes: body } });
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/activities/${activity.id}/photo`,
      headers: { cookie, ...form.headers },
      payload: form.payload,
    });
  };

  const exe = await put(
    cambinh,
    Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
  );
  expect(exe.statusCode).toBe(400);
  expect((await put(kalong, PNG)).statusCode).toBe(404);
  expect((await put(cambinh, PNG)).statusCode).toBe(200);

  const photo = await t.app.inject({
    url: `/api/v1/activities/${activity.id}/photo`,
    headers: { cookie: cambinh },
  });
  expect(photo.statusCode).toBe(200);
  expect(photo.headers['content-type']).toBe('image/png');
  expect(photo.rawPayload.equals(PNG)).toBe(true);
  expect(
    (
      await t.app.inject({
        url: `/api/v1/activities/${activity.id}/photo`,
        headers: { cookie: kalong },
      })
    ).statusCode,
  ).toBe(404);
  const listed = (
    await t.app.inject({
      url: `/api/v1/activities?from=2022-05-02&to=2022-05-02`,
      headers: { cookie: cambinh },
    })
  ).json();
  expect(listed.items.find((a: { id: string }) => a.id === activity.id).hasPhoto).toBe(true);
});
