import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { samplePhotoPng } from '../../src/db/seed/sample-png';
import { buildTestApp, type TestApp } from '../support/test-app';
import { formBody, type FormParts } from '../support/upload-form';

let t: TestApp;
const c = new Map<string, string>();
type Item = Record<string, unknown>;
type Json = Record<string, unknown> & { items: Item[] };

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh', 'kalong', 'lanhdao.kalong', 'quangninh'])
    c.set(who, await t.login(who));
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
const unit = async (q: string, who = 'admin'): Promise<Item> => {
  const found = (
    await req('GET', `/api/v1/units?search=${encodeURIComponent(q)}`, who)
  ).json<Json>().items[0];
  if (!found) throw new Error(`no unit ${q}`);
  return found;
};
const election = async (who: string, slug: string): Promise<Item> => {
  const e = (await req('GET', '/api/v1/elections', who))
    .json<Json>()
    .items.find((x) => x.slug === slug);
  if (!e) throw new Error(`no election ${slug}`);
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
const VH2022 = 'village-head.quang-ninh.2022-06-05';
const LAW = 'Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023/NĐ-CP';

describe('village and khu phố head elections (Luật Thực hiện dân chủ ở cơ sở 2022)', () => {
  test('the template has the steps of the law from the meeting day M, M+5 counted in working days, each with its citation', async () => {
    const cambinh = await unit('cam binh');
    // Thursday 04/6/2026: five working days later is Thursday 11/6, not Tuesday 09/6.
    const res = await req('POST', '/api/v1/elections', 'cambinh', {
      type: 'VILLAGE_HEAD',
      name: 'Bầu Trưởng khu phố thử',
      term: '2026-2031',
      electionDay: '2026-06-04',
      unitId: cambinh.id,
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
    const e = await election('kalong', VH2022);
    expect(e.voterBasis).toBe('households');
    expect(e.rules).toContain(
      'Người bầu: cử tri đại diện hộ gia đình của thôn, tổ dân phố (mỗi hộ một người đại diện).',
    );
    const own = (await milestones('kalong', e.id)).filter((m) => m.unitId === null);
    expect(own.every((m) => m.citation === null)).toBe(true);
    const na = await election('kalong', 'na-hdnd.2021-05-23');
    const voterList = (await milestones('kalong', na.id)).find((m) => m.code === 'voter_list');
    expect(voterList?.citation).toContain('Điều 32 Luật Bầu cử');
  });

  test("the portal shows a village-head election the village-head text, not the 18+ citizens' text", async () => {
    const kp = await unit('khu pho 3');
    const village = await req('GET', `/bau-cu/${VH2022}/${String(kp.id)}`);
    expect(village.statusCode).toBe(200);
    expect(village.body).not.toContain('đủ 18 tuổi');
    expect(village.body).toContain('cử tri đại diện hộ gia đình');
    expect(village.body).toContain('trên 50%');
    expect(village.body).toContain('bầu lại');
    const na = await req('GET', `/bau-cu/na-hdnd.2021-05-23/${String(kp.id)}`);
    expect(na.statusCode).toBe(200);
    expect(na.body).toContain('đủ 18 tuổi trở lên');
  });

  test('an officer adds, edits and removes a milestone of their own, each change audited; legal steps cannot be removed', async () => {
    const e = await election('cambinh', 'na-hdnd.2021-05-23');
    const base = `/api/v1/elections/${String(e.id)}/milestones`;
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
  test('Ka Long adds a step each khu phố does; each posts with a date and a photo; the ward sees who has not', async () => {
    const e = await election('kalong', VH2022);
    const base = `/api/v1/elections/${String(e.id)}/milestones`;
    const added = await req('POST', base, 'kalong', {
      title: 'Thông báo trên loa truyền thanh khu phố (thử)',
      dueOn: '2022-05-30',
      perSubUnit: true,
    });
    expect(added.statusCode, added.body).toBe(201);
    const m = added.json<Item>();
    expect(m).toMatchObject({ own: true, perSubUnit: true, subUnits: { done: 0, total: 6 } });
    const kp1 = await unit('khu pho 1', 'kalong');
    const subUnits = `${base}/${String(m.id)}/sub-units`;
    const notImage = await complete(`${subUnits}/${String(kp1.id)}`, 'kalong', {
      doneOn: '2022-05-28',
      photo: { name: 'a.png', bytes: Buffer.from('không phải ảnh') },
    });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.body).toContain('photo');
    const noPhoto = await complete(`${subUnits}/${String(kp1.id)}`, 'kalong', {
      doneOn: '2022-05-28',
    });
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json().errors[0].path).toBe('body.photo');
    const tomorrow = await complete(`${subUnits}/${String(kp1.id)}`, 'kalong', {
      doneOn: '2999-01-01',
      photo,
    });
    expect(tomorrow.json().errors[0].path).toBe('doneOn');
    const done = await complete(`${subUnits}/${String(kp1.id)}`, 'kalong', {
      doneOn: '2022-05-28',
      note: 'Đã thông báo',
      photo,
    });
    expect(done.statusCode, done.body).toBe(200);
    const rows = (await req('GET', subUnits, 'kalong')).json<Json>().items;
    expect(rows.map((r) => r.unitName)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Khu phố ${n}`));
    expect(rows.filter((r) => r.doneOn === null)).toHaveLength(5);
    expect(rows[0]).toMatchObject({ doneOn: '2022-05-28', hasPhoto: true });
    const img = await req('GET', `${subUnits}/${String(kp1.id)}/photo`, 'lanhdao.kalong');
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/png');
    // The province sees Ka Long's part; Cẩm Bình, in another city, does not.
    expect((await milestones('quangninh', e.id)).some((x) => x.id === m.id)).toBe(true);
    expect((await milestones('cambinh', e.id)).some((x) => x.id === m.id)).toBe(false);
    expect((await req('GET', subUnits, 'cambinh')).statusCode).toBe(404);
    expect(
      (await complete(`${subUnits}/${String(kp1.id)}`, 'cambinh', { doneOn: '2022-05-28', photo }))
        .statusCode,
    ).toBe(404);
    const audit = (await req('GET', '/api/v1/audit?entity=milestone_completion', 'admin'))
      .json<Json>()
      .items.filter((a) => a.entityId === m.id);
    expect(audit.map((a) => a.action)).toEqual(['done']);
    expect((await req('DELETE', `${subUnits}/${String(kp1.id)}`, 'kalong')).statusCode).toBe(200);
    const after = (await req('GET', subUnits, 'kalong')).json<Json>().items;
    expect(after.every((r) => r.doneOn === null)).toBe(true);
  });

  test("a ward acts on its own part only: not on the province's steps, not on a sibling's district", async () => {
    const e = await election('kalong', VH2022);
    const base = `/api/v1/elections/${String(e.id)}/milestones`;
    const provinceStep = (await milestones('kalong', e.id)).find((m) => m.unitId === null);
    expect(provinceStep?.own).toBe(false);
    const patch = await req('PATCH', `${base}/${String(provinceStep?.id)}`, 'kalong', {
      dueOn: '2022-05-01',
    });
    expect(patch.statusCode).toBe(404);
    const cambinh = await unit('cam binh');
    const sibling = await req('POST', base, 'kalong', {
      title: 'Việc của phường khác',
      dueOn: '2022-05-30',
      unitId: cambinh.id,
    });
    expect(sibling.statusCode).toBe(404);
    // Its own polling areas and results, inside the province's election: Ka Long's, not Cẩm Bình's.
    const polling = (
      await req('GET', `/api/v1/elections/${String(e.id)}/polling`, 'quangninh')
    ).json<{ districts: Item[]; areas: Item[] }>();
    const district = (name: string) => polling.districts.find((d) => String(d.name).includes(name));
    const own = district('Khu phố 2 — phường Ka Long');
    const other = district('Khu phố 2 — phường Cẩm Bình');
    const area = polling.areas.find((a) => a.districtId === own?.id);
    const cands = (await req('GET', `/api/v1/elections/${String(e.id)}/candidates`, 'kalong'))
      .json<Json>()
      .items.filter((x) => x.districtId === own?.id);
    const count = {
      districtId: own?.id,
      pollingAreaId: area?.id,
      votersListed: 200,
      ballotsIssued: 150,
      valid: 148,
      invalid: 2,
      votes: Object.fromEntries(cands.map((x, i) => [String(x.id), i === 0 ? 120 : 20])),
    };
    const entered = await req('PUT', '/api/v1/results', 'kalong', count);
    expect(entered.statusCode, entered.body).toBe(200);
    const foreign = await req('PUT', '/api/v1/results', 'kalong', {
      ...count,
      districtId: other?.id,
      pollingAreaId: null,
    });
    expect(foreign.statusCode).toBe(404);
  });
});
