import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { User } from '../../src/domain/accounts/user';
import type { Election } from '../../src/domain/elections/election';
import { civilDate, formatDateVi } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import {
  buildCandidate,
  buildElection,
  buildPolling,
  buildUnit,
  buildUser,
  sundayAhead,
} from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

// Never save something other than what was typed, never record a place twice: out-of-range
// figures are refused naming the field (never clamped), a count before election day is refused
// with the day, a reopened count shows what was saved, and sibling units have distinct names.

let t: TestApp;
const c = new Map<string, string>();
type Json = Record<string, unknown> & { items: Array<Record<string, unknown>> };
type Problem = { code: string; detail?: string; errors?: Array<{ path: string; message: string }> };
/** An election of a ward with one electoral district and its candidates. */
type Ballot = { election: Election; districtId: string; candidates: string[] };
let city: Unit;
let otherCity: Unit;
let upcoming: Ballot;
let held: Ballot;
let heldWard: Unit;

// A province with two cities; under the first, a ward whose village-head election is weeks ahead
// and a ward whose election day has passed, each with a district of three candidates.
beforeAll(async () => {
  t = await buildTestApp();
  const unit = (parent: Unit | null, name: string, kind: Unit['kind']) =>
    buildUnit(t.deps, { parent, name, kind });
  const province = await unit(null, 'Tỉnh Thử Nghiệm', 'province');
  city = await unit(province, 'Thành phố Thử Cảng', 'district');
  otherCity = await unit(province, 'Thành phố Thử Núi', 'district');
  const ward = await unit(city, 'Phường Thử Biển', 'commune');
  heldWard = await unit(city, 'Phường Thử Đồi', 'commune');
  const people: Array<[string, Unit, User['role']]> = [
    ['admin', province, 'admin'],
    ['ward', ward, 'officer'],
    ['wardLeader', ward, 'leader'],
    ['held', heldWard, 'officer'],
  ];
  for (const [who, home, role] of people)
    c.set(who, await t.login((await buildUser(t.deps, home, { role })).username));
  upcoming = await ballot(ward);
  // A Sunday about two months back: results of that election may be entered now.
  held = await ballot(heldWard, sundayAhead(civilDate(new Date()), -9));
});
afterAll(async () => t.close());

async function ballot(unit: Unit, electionDay?: string): Promise<Ballot> {
  const { election } = await buildElection(t.deps, unit, electionDay ? { electionDay } : {});
  const { districts } = await buildPolling(t.deps, election, [
    {
      district: 'Đơn vị bầu cử số 1',
      name: 'Khu vực bỏ phiếu số 1',
      address: 'Nhà văn hóa khu phố 1',
      commune: unit,
    },
  ]);
  const [district] = districts;
  if (!district) throw new Error('no district built');
  const candidates: string[] = [];
  for (let i = 0; i < 3; i++) candidates.push((await buildCandidate(t.deps, district)).id);
  return { election, districtId: district.id, candidates };
}

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
    .items as Array<{ id: string; name: string; trail?: string[] }>;
const entered = async (who: string, electionId: string, districtId: string) =>
  (await req('GET', `/api/v1/elections/${electionId}/results`, who))
    .json<Json>()
    .items.find((r) => r.districtId === districtId) as {
    entered: boolean;
    rows: Array<Record<string, unknown>>;
  };

describe('election results are what was typed, on or after the day', () => {
  test('a count before election day is refused with the day as dd/MM/yyyy, and nothing is saved', async () => {
    const { election: e, districtId, candidates } = upcoming;
    expect(e.electionDay > civilDate(new Date())).toBe(true);
    const d = { id: districtId, candidates };
    const res = await req('PUT', '/api/v1/results', 'ward', {
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
    expect((await entered('wardLeader', e.id, d.id)).entered).toBe(false);
  });

  test('a vote of -3, a fraction or a count past ten million is refused naming the field, never saved as something else', async () => {
    const { election: e, districtId, candidates } = held;
    expect(e.electionDay < civilDate(new Date())).toBe(true);
    const d = { id: districtId, candidates };
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
      const res = await req('PUT', '/api/v1/results', 'held', { ...good, ...change });
      expect(res.statusCode, path).toBe(400);
      const named = res.json<Problem>().errors?.find((x) => x.path === path);
      expect(named?.message, path).toMatch(/Phải là số nguyên từ 0 đến 10000000/);
    }
    expect((await entered('held', e.id, d.id)).entered).toBe(false);
    const saved = await req('PUT', '/api/v1/results', 'held', good);
    expect(saved.statusCode, saved.body).toBe(200);
    // Reopened, the form gets back what the officer typed, embargo or not.
    const again = await entered('held', e.id, d.id);
    expect(again.rows).toEqual([
      expect.objectContaining({
        votersListed: 300,
        ballotsIssued: 200,
        votes,
      }),
    ]);
  });

  test('a quantity or a reach past its cap is refused naming the field', async () => {
    const kalong = heldWard;
    const cats = (await req('GET', '/api/v1/activity-categories', 'held')).json<Json>().items;
    const cat = cats[0] as { code: string };
    const activity = await req('POST', '/api/v1/activities', 'held', {
      unitId: kalong.id,
      occurredOn: civilDate(new Date()),
      channel: 'loudspeaker',
      categoryCode: cat.code,
      quantity: 99_999_999_999_999,
    });
    expect(activity.statusCode).toBe(400);
    expect(activity.json<Problem>().errors?.map((x) => x.path)).toContain('body.quantity');
    const claim = await req('POST', '/api/v1/claims', 'held', {
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
  test('a second ward of the same name under a city is refused however it is spelt, naming the clash', async () => {
    const campha = city;
    for (const name of ['Phường Thử Biển', 'PHƯỜNG THỬ BIỂN', 'phuong thu bien']) {
      const res = await req('POST', '/api/v1/units', 'admin', {
        parentId: campha.id,
        name,
        kind: 'commune',
      });
      expect(res.statusCode, name).toBe(409);
      const p = res.json<Problem>();
      expect(p.detail).toContain('Trong "Thành phố Thử Cảng" đã có đơn vị "Phường Thử Biển"');
      expect(p.errors?.[0]?.path).toBe('name');
    }
    expect(
      (await search('admin', 'thu bien')).filter((u) => u.name === 'Phường Thử Biển'),
    ).toHaveLength(1);
  });

  test('renaming to, moving next to or importing a sibling of the same name is refused', async () => {
    const campha = city;
    const made = await req('POST', '/api/v1/units', 'admin', {
      parentId: campha.id,
      name: 'Phường Thử Trùng Tên',
      kind: 'commune',
    });
    expect(made.statusCode).toBe(201);
    const unit = made.json<{ id: string; version: number }>();
    const renamed = await req('PATCH', `/api/v1/units/${unit.id}`, 'admin', {
      name: 'phường thử biển',
      version: unit.version,
    });
    expect(renamed.statusCode).toBe(409);
    // Same name, other place: a ward of another city with the same name may not move under this one.
    const other = otherCity;
    const twin = await req('POST', '/api/v1/units', 'admin', {
      parentId: other.id,
      name: 'Phường Thử Biển',
      kind: 'commune',
    });
    expect(twin.statusCode).toBe(201);
    const twinId = twin.json<{ id: string }>().id;
    const moved = await req('POST', `/api/v1/units/${twinId}/move`, 'admin', {
      parentId: campha.id,
    });
    expect(moved.statusCode).toBe(409);
    // Search tells the two apart by where they are.
    const found = (await search('admin', 'phuong thu bien')).filter(
      (u) => u.name === 'Phường Thử Biển',
    );
    expect(found.map((u) => u.trail?.join(' — ')).sort()).toEqual([
      'Thành phố Thử Cảng — Tỉnh Thử Nghiệm',
      'Thành phố Thử Núi — Tỉnh Thử Nghiệm',
    ]);
    const csv = [
      'ma,ten,ten_viet_tat,loai,ma_cap_tren',
      ',Phuong Thu Bien,,Phường,',
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
    const campha = city;
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
    const campha = city;
    const parent = campha;
    const id = crypto.randomUUID();
    await expect(
      t.deps.repos.units.insert({
        id,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        name: 'PHUONG THU BIEN',
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
