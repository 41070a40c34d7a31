import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Activity } from '../../src/domain/activities/activity';
import { buildActivity, buildUnit, buildUser } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody } from '../support/upload-form';

// Two wards of one province: the photo of one ward's activity is the other ward's to neither add
// nor see.
let t: TestApp;
let activity: Activity;

beforeAll(async () => {
  t = await buildTestApp();
  const province = await buildUnit(t.deps, { name: 'Tỉnh thử' });
  const ward = await buildUnit(t.deps, { parent: province, name: 'Phường thử' });
  const other = await buildUnit(t.deps, { parent: province, name: 'Phường bên cạnh' });
  const officer = await buildUser(t.deps, ward, { username: 'canbo.phuong', role: 'officer' });
  await buildUser(t.deps, other, { username: 'canbo.ben.canh', role: 'officer' });
  activity = await buildActivity(t.deps, ward, {
    author: officer,
    occurredOn: '2022-05-02',
    channel: 'visual',
    categoryCode: 'bang_ron',
    quantity: 12,
    title: 'Treo băng rôn khu phố 1–4',
  });
});
afterAll(async () => t.close());

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('a photo kept as evidence is checked by its content, stored, and shown only inside the subtree', async () => {
  const own = await t.login('canbo.phuong');
  const foreign = await t.login('canbo.ben.canh');
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
    own,
    Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]),
  );
  expect(exe.statusCode).toBe(400);
  expect((await put(foreign, PNG)).statusCode).toBe(404);
  expect((await put(own, PNG)).statusCode).toBe(200);

  const photo = await t.app.inject({
    url: `/api/v1/activities/${activity.id}/photo`,
    headers: { cookie: own },
  });
  expect(photo.statusCode).toBe(200);
  expect(photo.headers['content-type']).toBe('image/png');
  expect(photo.rawPayload.equals(PNG)).toBe(true);
  expect(
    (
      await t.app.inject({
        url: `/api/v1/activities/${activity.id}/photo`,
        headers: { cookie: foreign },
      })
    ).statusCode,
  ).toBe(404);
  const listed = (
    await t.app.inject({
      url: `/api/v1/activities?from=2022-05-02&to=2022-05-02`,
      headers: { cookie: own },
    })
  ).json();
  expect(listed.items.find((a: { id: string }) => a.id === activity.id).hasPhoto).toBe(true);
});
