import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({ demo: true });
});
afterAll(async () => t.close());

const PAGE = '/bau-cu/village-head.quang-ninh.2022-06-05';

test('a khu phố’s election page lists the corrections published above it, and a new article appears once published', async () => {
  const cambinh = await t.login('cambinh');
  const kp = (
    await t.app.inject({
      url: `/api/v1/units?search=${encodeURIComponent('khu pho 3')}`,
      headers: { cookie: cambinh },
    })
  ).json().items[0];
  const before = await t.app.inject(`${PAGE}/${kp.id}`);
  expect(before.body).toContain('Đính chính:');
  expect(before.body).toContain('Cử tri không phải nộp bất kỳ khoản tiền nào khi đi bầu');
  expect(before.body).not.toContain('Lịch tiếp xúc cử tri khu phố 3');

  const me = (await t.app.inject({ url: '/api/v1/me', headers: { cookie: cambinh } })).json();
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/content',
    headers: { cookie: cambinh },
    payload: {
      kind: 'article',
      title: 'Lịch tiếp xúc cử tri khu phố 3',
      summary: 'Tối thứ Bảy tại nhà văn hóa.',
      body: 'Mời cử tri dự buổi tiếp xúc.',
      unitId: me.unit.id,
    },
  });
  expect(created.statusCode).toBe(201);
  const admin = await t.login('admin');
  expect(
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/content/${created.json().id}/approve`,
        headers: { cookie: admin },
        payload: {},
      })
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/content/${created.json().id}/publish`,
        // Four eyes: its author does not publish it; the admin who approved it does.
        headers: { cookie: admin },
        payload: {},
      })
    ).statusCode,
  ).toBe(200);

  const after = await t.app.inject(`${PAGE}/${kp.id}`);
  expect(after.body).toContain('Lịch tiếp xúc cử tri khu phố 3');
  expect(after.headers.etag).not.toBe(before.headers.etag);
});
