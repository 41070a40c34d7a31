import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { civilDate, formatDateVi } from '../../src/domain/shared/dates';
import { buildTestApp, type TestApp } from '../support/test-app';

// Never save something other than what was typed, never record a place twice: out-of-range
// figures are refused naming the field (never clamped), a count before election day is refused
// with the day, a reopened count shows what was saved, and sibling units have distinct names.

let t: TestApp;
const c = new Map<string, string>();
type Json = Record<string, unknown> & { items: Array<Record<string, unknown>> };
type Problem = { code: string; detail?: string; errors?: Array<{ path: string; message: string }> };

beforeAll(async () => {
  t = await buildTestApp({ demo: true });
  for (const who of ['admin', 'cambinh', 'kalong', 'lanhdao.cambinh'])
    c.set(who, await t.login(who));
});
afterAll(async () => t.close());

const req = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  who: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    headers: { cookie: c.get(who) ?? '' },
    ...(payload ? { payload } : {}),
  });
const search = async (who: string, q: string) =>
  (await req('GET', `/api/v1/units?search=${encodeURIComponent(q)}&limit=50`, who)).json<Json>()
    .items as Array<{
    id: string;
    name: string;
    parentId: string;
    version: number;
    trail?: string[];
  }>;
const unitNamed = async (name: string) => {
  const u = (await search('admin', name)).find((x) => x.name === name);
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};
const electionWhere = async (who: string, match: (slug: string) => boolean) => {
  const items = (await req('GET', '/api/v1/elections', who)).json<Json>().items;
  const e = items.find((x) => match(String(x.slug)));
  if (!e) throw new Error('no election');
  return e as { id: string; electionDay: string };
};
const firstDistrict = async (who: string, electionId: string) => {
  const polling = (await req('GET', `/api/v1/elections/${electionId}/polling`, who)).json<{
    districts: Array<{ id: string; resultsPublishedAt: string | null }>;
  }>();
  const d = polling.districts.find((x) => !x.resultsPublishedAt);
  if (!d) throw new Error('no open district');
  const cands = (await req('GET', `/api/v1/elections/${electionId}/candidates`, who))
    .json<Json>()
    .items.filter((x) => x.districtId === d.id)
    .map((x) => String(x.id));
  return { id: d.id, candidates: cands };
};
const entered = async (who: string, electionId: string, districtId: string) =>
  (await req('GET', `/api/v1/elections/${electionId}/results`, who))
    .json<Json>()
    .items.find((r) => r.districtId === districtId) as {
    entered: boolean;
    rows: Array<Record<string, unknown>>;
  };

describe('election results are what was typed, on or after the day', () => {
  test('a count before election day is refused with the day as dd/MM/yyyy, and nothing is saved', async () => {
    const e = await electionWhere('cambinh', (s) => s.startsWith('village-head.cam-binh.'));
    expect(e.electionDay > civilDate(new Date())).toBe(true);
    const d = await firstDistrict('cambinh', e.id);
    const res = await req('PUT', '/api/v1/results', 'cambinh', {
      districtId: d.id,
      pollingAreaId: null,
      votersListed: 200,
      ballotsIssued: 150,
      valid: 150,
      invalid: 0,
      votes: Object.fromEntries(d.candidates.map((id) => [id, 10])),
    });
    expect(res.statusCode).toBe(400);
    const problem = res.json<Problem>();
    expect(problem.detail).toContain(`Chưa đến ngày bầu cử (${formatDateVi(e.electionDay)})`);
    expect((await entered('lanhdao.cambinh', e.id, d.id)).entered).toBe(false);
  });

  test('a vote of -3, a fraction or a count past ten million is refused naming the field, never saved as something else', async () => {
    const e = await electionWhere('kalong', (s) => s.startsWith('village-head.quang-ninh.'));
    const d = await firstDistrict('kalong', e.id);
    const [a = '', ...others] = d.candidates;
    const votes = { ...Object.fromEntries(others.map((id) => [id, 0])), [a]: 120 };
    const good = {
      districtId: d.id,
      pollingAreaId: null,
      votersListed: 300,
      ballotsIssued: 200,
      valid: 198,
      invalid: 2,
      votes,
    };
    const cases: Array<[object, string]> = [
      [{ votes: { ...votes, [a]: -3 } }, `body.votes.${a}`],
      [{ votersListed: 300.5 }, 'body.votersListed'],
      [{ ballotsIssued: 99_999_999_999_999 }, 'body.ballotsIssued'],
      [{ valid: 10_000_001 }, 'body.valid'],
    ];
    for (const [change, path] of cases) {
      const res = await req('PUT', '/api/v1/results', 'kalong', { ...good, ...change });
      expect(res.statusCode, path).toBe(400);
      const named = res.json<Problem>().errors?.find((x) => x.path === path);
      expect(named?.message, path).toMatch(/Phải là số nguyên từ 0 đến 10000000/);
    }
    expect((await entered('kalong', e.id, d.id)).entered).toBe(false);
    const saved = await req('PUT', '/api/v1/results', 'kalong', good);
    expect(saved.statusCode, saved.body).toBe(200);
    // Reopened, the form gets back what the officer typed, embargo or not.
    const again = await entered('kalong', e.id, d.id);
    expect(again.rows).toEqual([
      expect.objectContaining({
        votersListed: 300,
        ballotsIssued: 200,
        votes,
      }),
    ]);
  });

  test('a quantity or a reach past its cap is refused naming the field', async () => {
    const kalong = await unitNamed('Phường Ka Long');
    const cats = (await req('GET', '/api/v1/activity-categories', 'kalong')).json<Json>().items;
    const cat = cats[0] as { code: string };
    const activity = await req('POST', '/api/v1/activities', 'kalong', {
      unitId: kalong.id,
      occurredOn: civilDate(new Date()),
      channel: 'loudspeaker',
      categoryCode: cat.code,
      quantity: 99_999_999_999_999,
    });
    expect(activity.statusCode).toBe(400);
    expect(activity.json<Problem>().errors?.map((x) => x.path)).toContain('body.quantity');
    const claim = await req('POST', '/api/v1/claims', 'kalong', {
      unitId: kalong.id,
      text: 'Tin đồn thử',
      platform: 'facebook',
      firstSeenOn: civilDate(new Date()),
      reach: 1_500_000_000,
    });
    expect(claim.statusCode).toBe(400);
    expect(claim.json<Problem>().errors?.map((x) => x.path)).toContain('body.reach');
  });
});

describe('sibling units have distinct names; search says where each is', () => {
  test('a second "Phường Cẩm Bình" under Cẩm Phả is refused however it is spelt, naming the clash', async () => {
    const campha = await unitNamed('Thành phố Cẩm Phả');
    for (const name of ['Phường Cẩm Bình', 'PHƯỜNG CẨM BÌNH', 'phuong cam binh']) {
      const res = await req('POST', '/api/v1/units', 'admin', {
        parentId: campha.id,
        name,
        kind: 'commune',
      });
      expect(res.statusCode, name).toBe(409);
      const p = res.json<Problem>();
      expect(p.detail).toContain('Trong "Thành phố Cẩm Phả" đã có đơn vị "Phường Cẩm Bình"');
      expect(p.errors?.[0]?.path).toBe('name');
    }
    expect(
      (await search('admin', 'cam binh')).filter((u) => u.name === 'Phường Cẩm Bình'),
    ).toHaveLength(1);
  });

  test('renaming to, moving next to or importing a sibling of the same name is refused', async () => {
    const campha = await unitNamed('Thành phố Cẩm Phả');
    const made = await req('POST', '/api/v1/units', 'admin', {
      parentId: campha.id,
      name: 'Phường Thử Trùng Tên',
      kind: 'commune',
    });
    expect(made.statusCode).toBe(201);
    const unit = made.json<{ id: string; version: number }>();
    const renamed = await req('PATCH', `/api/v1/units/${unit.id}`, 'admin', {
      name: 'phường cẩm bình',
      version: unit.version,
    });
    expect(renamed.statusCode).toBe(409);
    // Same name, other place: a ward elsewhere named like Cẩm Bình may not move under Cẩm Phả.
    const other = await unitNamed('Thành phố Móng Cái');
    const twin = await req('POST', '/api/v1/units', 'admin', {
      parentId: other.id,
      name: 'Phường Cẩm Bình',
      kind: 'commune',
    });
    expect(twin.statusCode).toBe(201);
    const twinId = twin.json<{ id: string }>().id;
    const moved = await req('POST', `/api/v1/units/${twinId}/move`, 'admin', {
      parentId: campha.id,
    });
    expect(moved.statusCode).toBe(409);
    // Search tells the two apart by where they are.
    const found = (await search('admin', 'phuong cam binh')).filter(
      (u) => u.name === 'Phường Cẩm Bình',
    );
    expect(found.map((u) => u.trail?.join(' — ')).sort()).toEqual([
      'Thành phố Cẩm Phả — Tỉnh Quảng Ninh',
      'Thành phố Móng Cái — Tỉnh Quảng Ninh',
    ]);
    const csv = [
      'ma,ten,ten_viet_tat,loai,ma_cap_tren',
      ',Phuong Cam Binh,,Phường,',
      ',Phường Mới,,Phường,',
      ',phường mới,,Phường,',
    ].join('\n');
    const imported = await req('POST', '/api/v1/units/import', 'admin', {
      csv,
      parentId: campha.id,
      mode: 'keep_valid',
    });
    expect(imported.statusCode).toBe(200);
    const report = imported.json<{
      created: number;
      errors: Array<{ line: number; field: string }>;
    }>();
    expect(report.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'name'],
      [4, 'name'],
    ]);
    expect(report.created).toBe(1);
  });

  test('two of the same name added at the same moment: one is made, the other is told (409, never 500)', async () => {
    const campha = await unitNamed('Thành phố Cẩm Phả');
    for (let round = 0; round < 5; round++) {
      const name = `Phường Cùng Lúc ${round}`;
      const answers = await Promise.all(
        [name, name.toUpperCase()].map((n) =>
          req('POST', '/api/v1/units', 'admin', { parentId: campha.id, name: n, kind: 'commune' }),
        ),
      );
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      const refused = answers.find((a) => a.statusCode === 409);
      expect(refused?.json<Problem>().detail).toMatch(/cùng tên|đã có đơn vị/);
    }
  });

  test('the database itself refuses a sibling of the same name, diacritics and case aside', async () => {
    const campha = await unitNamed('Thành phố Cẩm Phả');
    const parent = await t.deps.repos.units.get(campha.id);
    if (!parent) throw new Error('no parent');
    const id = crypto.randomUUID();
    await expect(
      t.deps.repos.units.insert({
        id,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        name: 'PHUONG CAM BINH',
        shortName: null,
        kind: 'commune',
        code: null,
        active: true,
        version: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      }),
    ).rejects.toThrow();
  });
});
