import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { query } from '../support/db-state';
import { buildTestApp, type TestApp } from '../support/test-app';

// A past campaign entered after the fact: a weekly report carries the day it was really sent and
// is marked as entered later; an item whose validity has ended is sent on a day it was valid.

let t: TestApp;
const cookies = new Map<string, string>();
const ids: Record<string, string> = {};
const call = (method: 'GET' | 'POST', url: string, who: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: cookies.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh', 'campha']) cookies.set(who, await t.login(who));
  for (const [key, name] of [
    ['cambinh', 'Phường Cẩm Bình'],
    ['campha', 'Thành phố Cẩm Phả'],
    ['ttvh', 'Trung tâm Truyền thông và Văn hóa thành phố Cẩm Phả'],
  ] as const) {
    const [row] = await query(t.database, `select id from units where name = '${name}'`);
    ids[key] = String(row?.id);
  }
});
afterAll(async () => t.close());

const report = (who: string, submittedOn: string) =>
  call('POST', '/api/v1/reports', who, {
    unitId: ids.cambinh,
    kind: 'weekly',
    periodKey: '2022-W18',
    narrative: { results: 'Phát thanh hằng tuần (dữ liệu mẫu).', difficulties: '', proposals: '' },
    submit: true,
    submittedOn,
  });

describe('a weekly report of 2022 entered now', () => {
  test('the sending day is neither in the future, nor before the week, nor given by another unit', async () => {
    expect((await report('cambinh', '2099-01-01')).json().errors[0].path).toBe('submittedOn');
    expect((await report('cambinh', '2022-04-30')).json().errors[0].path).toBe('submittedOn');
    // Only the reporting unit writes its report, whatever day it gives (ADR 16).
    expect((await report('admin', '2022-05-09')).statusCode).toBe(403);
  });

  test('sent on its due day, it is on time, and the city sees it marked as entered later', async () => {
    const res = await report('cambinh', '2022-05-09');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'submitted',
      submittedOn: '2022-05-09',
      enteredLater: true,
    });
    expect(res.json().submittedAt.slice(0, 4) > '2022').toBe(true);
    const grid = await call(
      'GET',
      `/api/v1/reports/grid?unitId=${ids.campha}&weeks=1&endDay=2022-05-08`,
      'campha',
    );
    const row = grid
      .json<{
        rows: Array<{ unitId: string; cells: Array<{ state: string; enteredLater?: boolean }> }>;
      }>()
      .rows.find((r) => r.unitId === ids.cambinh);
    expect(row?.cells[0]).toMatchObject({ state: 'on_time', enteredLater: true });
  });
});

describe('an item valid in the past', () => {
  test('is sent on a day it was valid; not today, when it has expired', async () => {
    const created = await call('POST', '/api/v1/content', 'campha', {
      unitId: ids.ttvh,
      kind: 'article',
      title: 'Lịch bầu cử Trưởng khu phố 2022 (dữ liệu mẫu)',
      body: 'Ngày bầu cử: 05/6/2022.',
      validFrom: '2022-04-01',
      validUntil: '2022-06-15',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    await call('POST', `/api/v1/content/${id}/approve`, 'admin');
    const send = (distributedOn?: string) =>
      call('POST', `/api/v1/content/${id}/distribute`, 'campha', {
        unitIds: [ids.cambinh],
        includeSubtree: false,
        ...(distributedOn ? { distributedOn } : {}),
      });
    expect((await send()).json().errors[0].path).toBe('validUntil');
    expect((await send('2022-03-20')).json().errors[0].path).toBe('distributedOn');
    const past = await send('2022-04-05');
    expect(past.statusCode).toBe(200);
    expect(past.json()).toMatchObject({ added: 1 });
  });
});
