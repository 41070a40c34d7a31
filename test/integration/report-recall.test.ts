import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AuditAction } from '../../src/domain/audit/audit-vocabulary';
import type { Unit } from '../../src/domain/units/unit';
import { buildTree, buildUnit, buildUser } from '../support/factories';
import { docxText } from '../support/plan-helpers';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/** A weekly report can be taken back until someone above has opened it; it prints as a BÁO CÁO. */
let t: TestApp;
const opened = openedSoFar();
const c = new Map<string, string>();
let ward: Unit;
let city: Unit;
let cambinh = '';

// A ward (`ward`) reporting to its city (`city`, read by `campha`), an admin above both, and an
// officer of another city (`halong`) who must not read the ward's reports.
beforeAll(async () => {
  t = await opened.open(buildTestApp());
  const tree = await buildTree(t.deps);
  city = await buildUnit(t.deps, {
    parent: tree.province,
    name: 'Thành phố Thử Cảng',
    kind: 'district',
  });
  ward = await buildUnit(t.deps, { parent: city, name: 'Phường Thử Biển', kind: 'commune' });
  cambinh = ward.id;
  const users = {
    ward: await buildUser(t.deps, ward, { role: 'officer' }),
    city: await buildUser(t.deps, city, { role: 'officer' }),
    halong: await buildUser(t.deps, tree.district, { role: 'officer' }),
  };
  c.set('cambinh', await t.login(users.ward.username));
  c.set('campha', await t.login(users.city.username));
  c.set('halong', await t.login(users.halong.username));
  c.set('admin', await t.login(tree.users.province.admin.username));
}, 180_000);
afterAll(() => opened.closeAll());

function get(url: string, who: string) {
  return t.app.inject({ url, headers: { cookie: c.get(who) ?? '' } });
}
function post(url: string, who: string, payload?: object) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: c.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });
}
const send = async (week: string, results = 'Phát thanh 3 buổi về ngày bầu cử') => {
  const res = await post('/api/v1/reports', 'cambinh', {
    unitId: cambinh,
    kind: 'weekly',
    periodKey: week,
    narrative: { results, difficulties: '', proposals: 'Cấp thêm loa' },
    submit: true,
  });
  expect(res.statusCode).toBe(200);
  return res.json<{ id: string; status: string }>();
};
const audits = async (id: string, action: AuditAction) =>
  (
    await t.deps.repos.audit.find({
      withinPath: '/',
      entity: 'report',
      action,
      limit: 500,
      offset: 0,
    })
  ).items.filter((a) => a.entityId === id);

describe('recalling a weekly report', () => {
  test('before the parent opens it, the ward takes it back to a draft, audited', async () => {
    const sent = await send('2025-W05');
    // The ward opening its own report is not the parent reading it.
    expect((await post(`/api/v1/reports/${sent.id}/read`, 'cambinh')).json().readAt).toBeNull();
    const back = await post(`/api/v1/reports/${sent.id}/recall`, 'cambinh');
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ status: 'draft', submittedAt: null, readAt: null });
    expect(back.json().narrative.proposals).toBe('Cấp thêm loa');
    expect(await audits(sent.id, 'recall')).toHaveLength(1);
    // Recalled, the parent cannot accept it, and it can be sent again.
    expect((await post(`/api/v1/reports/${sent.id}/accept`, 'admin', {})).statusCode).toBe(409);
    expect((await send('2025-W05')).status).toBe('submitted');
  });

  test('once the parent has opened it, recalling is refused with a 409 saying so', async () => {
    const sent = await send('2025-W06');
    const read = await post(`/api/v1/reports/${sent.id}/read`, 'campha');
    expect(read.statusCode).toBe(200);
    const readAt = read.json().readAt;
    expect(readAt).toEqual(expect.any(String));
    // Opening it again keeps the first reading.
    expect((await post(`/api/v1/reports/${sent.id}/read`, 'admin')).json().readAt).toBe(readAt);
    expect(await audits(sent.id, 'read')).toHaveLength(1);
    const refused = await post(`/api/v1/reports/${sent.id}/recall`, 'cambinh');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('Cấp trên đã đọc báo cáo');
    expect((await get(`/api/v1/reports/${sent.id}`, 'cambinh')).json()).toMatchObject({
      status: 'submitted',
      readAt,
    });
  });

  test('only the reporting unit recalls: the city is refused', async () => {
    const sent = await send('2025-W07');
    expect((await post(`/api/v1/reports/${sent.id}/recall`, 'campha')).statusCode).toBe(403);
  });

  test('a reading and a recall at once: exactly one wins, and the report says which', async () => {
    for (let i = 0; i < 8; i++) {
      const sent = await send(`2025-W${String(20 + i).padStart(2, '0')}`);
      const [read, recall] = await Promise.all([
        post(`/api/v1/reports/${sent.id}/read`, 'campha'),
        post(`/api/v1/reports/${sent.id}/recall`, 'cambinh'),
      ]);
      expect(read.statusCode).toBe(200);
      const end = (await get(`/api/v1/reports/${sent.id}`, 'cambinh')).json();
      if (recall.statusCode === 200) {
        expect(end).toMatchObject({ status: 'draft', readAt: null });
        expect(await audits(sent.id, 'read')).toHaveLength(0);
      } else {
        expect(recall.statusCode).toBe(409);
        expect(end).toMatchObject({ status: 'submitted', readAt: expect.any(String) });
        expect(await audits(sent.id, 'recall')).toHaveLength(0);
      }
    }
  });
});

describe('a weekly report as DOCX', () => {
  test('prints as BÁO CÁO of the ward with its figures table and narrative', async () => {
    const activity = await post('/api/v1/activities', 'cambinh', {
      unitId: cambinh,
      occurredOn: '2025-03-05',
      channel: 'visual',
      categoryCode: 'bang_ron',
      quantity: 12,
    });
    expect(activity.statusCode).toBe(201);
    const sent = await send('2025-W10', 'Treo băng rôn trên các tuyến phố chính');
    const res = await get(`/api/v1/reports/${sent.id}/docx`, 'campha');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('bao-cao-tuan-2025-w10.docx');
    const text = await docxText(res.rawPayload);
    for (const part of [
      'ỦY BAN NHÂN DÂN PHƯỜNG THỬ BIỂN',
      'BÁO CÁO',
      'Kết quả công tác tuyên truyền tuần 10 (từ ngày 03/03/2025 đến ngày 09/03/2025)',
      'Hình thức',
      'Số lượng',
      'Treo băng rôn trên các tuyến phố chính',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'Cấp thêm loa',
      'Thành phố Thử Cảng (b/c)',
    ])
      expect(text).toContain(part);
    expect(text).toMatch(/\b12\b/);
    expect(text).not.toContain('DỰ THẢO');
  });

  test('is read only by those who may read the report', async () => {
    const sent = await send('2025-W11');
    expect((await get(`/api/v1/reports/${sent.id}/docx`, 'cambinh')).statusCode).toBe(200);
    expect((await get(`/api/v1/reports/${sent.id}/docx`, 'halong')).statusCode).toBe(404);
  });
});
