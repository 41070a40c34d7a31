import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import type { Election } from '../../src/domain/elections/election';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildCandidate,
  buildElection,
  buildPolling,
  buildTree,
  buildUnit,
  buildUser,
  type BuiltTree,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

let t: TestApp;
const c = new Map<string, string>();
type Item = Record<string, unknown>;
type Json = Record<string, unknown> & { items: Item[] };
let tree: BuiltTree;
// A ward of six khu phố in a second city of the province ('kalong' signs in as its officer); the
// tree's ward ('cambinh') sits in the other city.
let kalong: Unit;
const khuPho: Unit[] = [];
// The province's village-head election of 2022, before the law of 2022 took effect, and the
// national election of 2021.
let vh2022: Election;
let na2021: Election;

beforeAll(async () => {
  t = await buildTestApp();
  tree = await buildTree(t.deps);
  const city = await buildUnit(t.deps, { parent: tree.province, name: 'TP thử', kind: 'district' });
  kalong = await buildUnit(t.deps, { parent: city, name: 'Phường thử hai', kind: 'commune' });
  for (let n = 1; n <= 6; n++)
    khuPho.push(await buildUnit(t.deps, { parent: kalong, name: `Khu phố ${n}`, kind: 'village' }));
  const users = {
    admin: tree.users.province.admin,
    quangninh: tree.users.province.officer,
    cambinh: tree.users.commune.officer,
    kalong: await buildUser(t.deps, kalong, { role: 'officer' }),
    'lanhdao.kalong': await buildUser(t.deps, kalong, { role: 'leader' }),
  };
  for (const [who, user] of Object.entries(users)) c.set(who, await t.login(user.username));
  ({ election: vh2022 } = await buildElection(t.deps, tree.province, {
    electionDay: '2022-06-05',
  }));
  ({ election: na2021 } = await buildElection(t.deps, tree.province, {
    type: 'NA_HDND',
    electionDay: '2021-05-23',
    term: '2021-2026',
  }));
});
afterAll(async () => t.close());

const req = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  who?: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: c.get(who) ?? '' } : {},
    ...(payload ? { payload } : {}),
  });
/** An election as the API lists it to `who` (with its rules as voters read them). */
const election = async (who: string, id: string): Promise<Item> => {
  const e = (await req('GET', '/api/v1/elections', who))
    .json<Json>()
    .items.find((x) => x.id === id);
  if (!e) throw new Error(`${who} does not see election ${id}`);
  return e;
};
const milestones = async (who: string, id: unknown): Promise<Item[]> =>
  (await req('GET', `/api/v1/elections/${String(id)}/milestones`, who)).json<Json>().items;
const photo = { name: 'niem-yet.png', bytes: samplePhotoPng(1) };
/** Marks a sub-unit's step done, as the web's form sends it. */
const complete = async (url: string, who: string, parts: FormParts) => {
  const form = await formBody(parts);
  return t.app.inject({
    method: 'PUT',
    url,
    headers: { cookie: c.get(who) ?? '', ...form.headers },
    payload: form.payload,
  });
};
const LAW = 'Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023/NĐ-CP';

describe('village and khu phố head elections (Luật Thực hiện dân chủ ở cơ sở 2022)', () => {
  test('the template has the steps of the law from the meeting day M, M+5 counted in working days, each with its citation', async () => {
    // Thursday 04/6/2026: five working days later is Thursday 11/6, not Tuesday 09/6.
    const res = await req('POST', '/api/v1/elections', 'cambinh', {
      type: 'VILLAGE_HEAD',
      name: 'Bầu Trưởng khu phố thử',
      term: '2026-2031',
      electionDay: '2026-06-04',
      unitId: tree.commune.id,
      voterBasis: 'voters',
      voteDenominator: 'present',
    });
    expect(res.statusCode, res.body).toBe(201);
    const e = res.json<Item>();
    expect(e.voterBasis).toBe('voters');
    expect(e.rules).toContain(
      'Hội nghị cộng đồng dân cư hợp lệ khi có trên 50% tổng số cử tri của thôn, tổ dân phố tham dự.',
    );
    const steps = (await milestones('cambinh', e.id)).map((m) => [m.offset, m.dueOn, m.title]);
    expect(steps).toEqual([
      [-20, '2026-05-15', 'Quyết định tổ chức bầu và kế hoạch, hướng dẫn của UBND cấp xã'],
      [-15, '2026-05-20', 'Danh sách người ứng cử gửi UBND cấp xã'],
      [-10, '2026-05-25', 'Thành lập Tổ bầu cử'],
      [-7, '2026-05-28', 'Niêm yết, thông báo công khai (nhà văn hóa, loa truyền thanh)'],
      [0, '2026-06-04', 'Hội nghị cộng đồng dân cư bầu trưởng thôn / tổ trưởng tổ dân phố'],
      [5, '2026-06-11', 'UBND cấp xã công nhận kết quả hoặc quyết định bầu lại'],
    ]);
    for (const m of await milestones('cambinh', e.id)) expect(m.citation).toBe(LAW);
    const ics = await req('GET', `/api/v1/elections/${String(e.id)}/calendar.ics`, 'cambinh');
    expect(ics.body).toContain('Căn cứ: Luật Thực hiện dân chủ ở cơ sở 2022');
  });

  test('the 2022 election predates the law: its steps cite nothing; it is voted by household representatives', async () => {
    const e = await election('kalong', vh2022.id);
    expect(e.voterBasis).toBe('households');
    expect(e.rules).toContain(
      'Người bầu: cử tri đại diện hộ gia đình của thôn, tổ dân phố (mỗi hộ một người đại diện).',
    );
    const own = (await milestones('kalong', e.id)).filter((m) => m.unitId === null);
    expect(own.every((m) => m.citation === null)).toBe(true);
    const voterList = (await milestones('kalong', na2021.id)).find((m) => m.code === 'voter_list');
    expect(voterList?.citation).toContain('Điều 32 Luật Bầu cử');
  });

  test("the portal shows a village-head election the village-head text, not the 18+ citizens' text", async () => {
    const village = await req('GET', `/bau-cu/${vh2022.slug}/${tree.village.id}`);
    expect(village.statusCode).toBe(200);
    expect(village.body).not.toContain('đủ 18 tuổi');
    expect(village.body).toContain('cử tri đại diện hộ gia đình');
    expect(village.body).toContain('trên 50%');
    expect(village.body).toContain('bầu lại');
    const na = await req('GET', `/bau-cu/${na2021.slug}/${tree.village.id}`);
    expect(na.statusCode).toBe(200);
    expect(na.body).toContain('đủ 18 tuổi trở lên');
  });

  test('an officer adds, edits and removes a milestone of their own, each change audited; legal steps cannot be removed', async () => {
    const e = na2021;
    const base = `/api/v1/elections/${e.id}/milestones`;
    const blank = await req('POST', base, 'admin', { title: '   ', dueOn: '2021-05-01' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json<Item>().errors).toBeDefined();
    const added = await req('POST', base, 'admin', {
      title: 'Tập huấn Tổ bầu cử',
      dueOn: '2021-05-10',
      citation: 'Hướng dẫn của Ủy ban bầu cử (dữ liệu mẫu)',
    });
    expect(added.statusCode, added.body).toBe(201);
    const m = added.json<Item>();
    expect(m).toMatchObject({
      custom: true,
      citation: 'Hướng dẫn của Ủy ban bầu cử (dữ liệu mẫu)',
    });
    const edited = await req('PATCH', `${base}/${String(m.id)}`, 'admin', {
      dueOn: '2021-05-11',
      citation: null,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Item>()).toMatchObject({ dueOn: '2021-05-11', citation: null });
    const legal = (await milestones('admin', e.id)).find((x) => x.code === 'voter_list');
    expect((await req('DELETE', `${base}/${String(legal?.id)}`, 'admin')).statusCode).toBe(400);
    expect((await req('DELETE', `${base}/${String(m.id)}`, 'admin')).statusCode).toBe(200);
    expect((await milestones('admin', e.id)).some((x) => x.id === m.id)).toBe(false);
    const audit = (await req('GET', '/api/v1/audit?entity=election_milestone', 'admin'))
      .json<Json>()
      .items.filter((a) => a.entityId === m.id);
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });
});

describe("a ward's own part of the province's election", () => {
  test('a ward adds a step each khu phố does; each posts with a date and a photo; the ward sees who has not', async () => {
    const e = vh2022;
    const base = `/api/v1/elections/${e.id}/milestones`;
    const added = await req('POST', base, 'kalong', {
      title: 'Thông báo trên loa truyền thanh khu phố (thử)',
      dueOn: '2022-05-30',
      perSubUnit: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const m = added.json<Item>();
    expect(m).toMatchObject({ own: true, perSubUnit: true, subUnits: { done: 0, total: 6 } });
    const [kp1 = kalong] = khuPho;
    const subUnits = `${base}/${String(m.id)}/sub-units`;
    const notImage = await complete(`${subUnits}/${kp1.id}`, 'kalong', {
      doneOn: '2022-05-28',
      photo: { name: 'a.png', bytes: Buffer.from('không phải ảnh') },
    });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.body).toContain('photo');
    const noPhoto = await complete(`${subUnits}/${kp1.id}`, 'kalong', {
      doneOn: '2022-05-28',
    });
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json().errors[0].path).toBe('body.photo');
    const tomorrow = await complete(`${subUnits}/${kp1.id}`, 'kalong', {
      doneOn: '2999-01-01',
      photo,
    });
    expect(tomorrow.json().errors[0].path).toBe('doneOn');
    const done = await complete(`${subUnits}/${kp1.id}`, 'kalong', {
      doneOn: '2022-05-28',
      note: 'Đã thông báo',
      photo,
    });
    expect(done.statusCode, done.body).toBe(200);
    const rows = (await req('GET', subUnits, 'kalong')).json<Json>().items;
    expect(rows.map((r) => r.unitName)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Khu phố ${n}`));
    expect(rows.filter((r) => r.doneOn === null)).toHaveLength(5);
    expect(rows[0]).toMatchObject({ doneOn: '2022-05-28', hasPhoto: true });
    const img = await req('GET', `${subUnits}/${kp1.id}/photo`, 'lanhdao.kalong');
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    // The province sees the ward's part; the ward in the other city does not.
    expect((await milestones('quangninh', e.id)).some((x) => x.id === m.id)).toBe(true);
    expect((await milestones('cambinh', e.id)).some((x) => x.id === m.id)).toBe(false);
    expect((await req('GET', subUnits, 'cambinh')).statusCode).toBe(404);
    expect(
      (await complete(`${subUnits}/${kp1.id}`, 'cambinh', { doneOn: '2022-05-28', photo }))
        .statusCode,
    ).toBe(404);
    const audit = (await req('GET', '/api/v1/audit?entity=milestone_completion', 'admin'))
      .json<Json>()
      .items.filter((a) => a.entityId === m.id);
    expect(audit.map((a) => a.action)).toEqual(['done']);
    expect((await req('DELETE', `${subUnits}/${kp1.id}`, 'kalong')).statusCode).toBe(200);
    const after = (await req('GET', subUnits, 'kalong')).json<Json>().items;
    expect(after.every((r) => r.doneOn === null)).toBe(true);
  });

  test("a ward acts on its own part only: not on the province's steps, not on a sibling's district", async () => {
    const e = vh2022;
    const base = `/api/v1/elections/${e.id}/milestones`;
    const provinceStep = (await milestones('kalong', e.id)).find((m) => m.unitId === null);
    expect(provinceStep?.own).toBe(false);
    const patch = await req('PATCH', `${base}/${String(provinceStep?.id)}`, 'kalong', {
      dueOn: '2022-05-01',
    });
    expect(patch.statusCode).toBe(404);
    const sibling = await req('POST', base, 'kalong', {
      title: 'Việc của phường khác',
      dueOn: '2022-05-30',
      unitId: tree.commune.id,
    });
    expect(sibling.statusCode).toBe(404);
    // Its own polling areas and results, inside the province's election: its own, not the other ward's.
    const built = await buildPolling(t.deps, e, [
      {
        district: 'Khu phố 2 — phường thử hai',
        name: 'KV 1',
        address: 'Nhà văn hóa khu phố 2',
        commune: kalong,
        villages: khuPho.slice(1, 2),
      },
      {
        district: 'Thôn thử — phường bên kia',
        name: 'KV 1',
        address: 'Nhà văn hóa thôn',
        commune: tree.commune,
        villages: [tree.village],
      },
    ]);
    const district = (name: string) => built.districts.find((d) => d.name.includes(name));
    const own = district('phường thử hai');
    const other = district('phường bên kia');
    if (!own || !other) throw new Error('districts not built');
    const area = built.areas.find((a) => a.districtId === own.id);
    const cands = [await buildCandidate(t.deps, own), await buildCandidate(t.deps, own)];
    const count = {
      districtId: own.id,
      pollingAreaId: area?.id,
      votersListed: 200,
      ballotsIssued: 150,
      valid: 148,
      invalid: 2,
      votes: Object.fromEntries(cands.map((x, i) => [x.id, i === 0 ? 120 : 20])),
    };
    const entered = await req('PUT', '/api/v1/results', 'kalong', count);
    expect(entered.statusCode, entered.body).toBe(200);
    const foreign = await req('PUT', '/api/v1/results', 'kalong', {
      ...count,
      districtId: other.id,
      pollingAreaId: null,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
