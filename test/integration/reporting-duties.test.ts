import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Role } from '../../src/domain/accounts/access';
import { addGroupMember } from '../../src/domain/groups/manage-members';
import type { Unit } from '../../src/domain/units/unit';
import { buildUnit, buildUser } from '../support/factories';
import { openedSoFar } from '../support/teardown';
import { buildTestApp, type TestApp } from '../support/test-app';

/** The weekly grid covers exactly who must report, at any depth, and only the reporter writes. */
let t: TestApp;
const opened = openedSoFar();
const EARLY = new Date('2020-01-01T00:00:00+07:00');
const narrative = { results: 'Kết quả tuần', difficulties: '', proposals: '' };

async function login(unit: Unit, role: Role): Promise<string> {
  const user = await buildUser(t.deps, unit, { role });
  return t.login(user.username);
}

async function buildWorld() {
  const d = t.deps;
  const province = await buildUnit(d, { name: 'Tỉnh Lưới', createdAt: EARLY });
  const district = await buildUnit(d, {
    parent: province,
    name: 'Huyện Lưới',
    kind: 'district',
    createdAt: EARLY,
  });
  const commune = await buildUnit(d, {
    parent: district,
    name: 'Xã Cũ',
    kind: 'commune',
    createdAt: EARLY,
  });
  // Created on 20/3/2021, in week 11: weeks 9 and 10 owe nothing.
  const newCommune = await buildUnit(d, {
    parent: district,
    name: 'Xã Mới',
    kind: 'commune',
    createdAt: new Date('2021-03-20T09:00:00+07:00'),
  });
  const village = await buildUnit(d, {
    parent: commune,
    name: 'Thôn Một',
    kind: 'village',
    createdAt: EARLY,
  });
  const agency = await buildUnit(d, {
    parent: district,
    name: 'Phòng Văn hóa huyện',
    kind: 'agency',
    createdAt: EARLY,
  });
  const centre = await buildUnit(d, {
    parent: district,
    name: 'Trung tâm Văn hóa huyện',
    kind: 'agency',
    createdAt: EARLY,
  });
  const group = await buildUnit(d, {
    parent: province,
    name: 'Tiểu ban tuyên truyền tỉnh',
    kind: 'group',
    createdAt: EARLY,
  });
  const admin = await buildUser(d, province, { role: 'leader' });
  await addGroupMember(
    d,
    {
      userId: admin.id,
      username: admin.username,
      displayName: admin.displayName,
      role: 'leader',
      unitId: province.id,
      unitPath: province.path,
    },
    // The duty starts on Wednesday of week 10: week 9 is not required of the agency.
    { groupId: group.id, memberId: agency.id, from: '2021-03-10' },
  );
  return {
    u: { province, district, commune, newCommune, village, agency, centre, group },
    c: {
      province: await login(province, 'officer'),
      district: await login(district, 'officer'),
      districtLeader: await login(district, 'leader'),
      commune: await login(commune, 'officer'),
      group: await login(group, 'officer'),
      agency: await login(agency, 'officer'),
    },
  };
}
let w: Awaited<ReturnType<typeof buildWorld>>;

beforeAll(async () => {
  t = await opened.open(buildTestApp());
  w = await buildWorld();
});
afterAll(() => opened.closeAll());

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

type Grid = {
  weeks: Array<{ key: string; label: string }>;
  rows: Array<{
    unitName: string;
    level: number;
    ownerName: string | null;
    cells: Array<{ week: string; state: string; reportId: string | null }>;
  }>;
};
async function grid(unitId: string, cookie: string, extra = ''): Promise<Grid> {
  const res = await call(
    'GET',
    `/api/v1/reports/grid?unitId=${unitId}&fromWeek=2021-W09&toWeek=2021-W12${extra}`,
    cookie,
  );
  expect(res.statusCode).toBe(200);
  return res.json();
}
const states = (g: Grid, name: string) =>
  g.rows.find((r) => r.unitName === name)?.cells.map((c) => c.state);

describe('the weekly grid', () => {
  test('covers exactly the units that must report, at every depth, with Vietnamese week labels', async () => {
    const g = await grid(w.u.province.id, w.c.province);
    expect(g.weeks.map((x) => x.label)).toEqual([
      'Tuần 9 (01/03–07/03/2021)',
      'Tuần 10 (08/03–14/03/2021)',
      'Tuần 11 (15/03–21/03/2021)',
      'Tuần 12 (22/03–28/03/2021)',
    ]);
    expect(g.rows.map((r) => [r.unitName, r.level])).toEqual([
      ['Huyện Lưới', 1],
      ['Phòng Văn hóa huyện', 2],
      ['Xã Cũ', 2],
      ['Xã Mới', 2],
    ]);
    expect(g.rows.find((r) => r.unitName === 'Phòng Văn hóa huyện')?.ownerName).toBe(
      'Tiểu ban tuyên truyền tỉnh',
    );
  });

  test('owes nothing for weeks before a unit existed or before its duty began', async () => {
    const g = await grid(w.u.province.id, w.c.province);
    expect(states(g, 'Xã Mới')).toEqual(['not_required', 'not_required', 'missing', 'missing']);
    expect(states(g, 'Phòng Văn hóa huyện')).toEqual([
      'not_required',
      'missing',
      'missing',
      'missing',
    ]);
    expect(states(g, 'Xã Cũ')).toEqual(['missing', 'missing', 'missing', 'missing']);
  });

  test('a group’s grid shows its members, though they sit outside its subtree', async () => {
    const sent = await call('POST', '/api/v1/reports', w.c.agency, {
      unitId: w.u.agency.id,
      kind: 'weekly',
      periodKey: '2021-W11',
      narrative,
      submit: true,
    });
    expect(sent.statusCode).toBe(200);
    const g = await grid(w.u.group.id, w.c.group);
    expect(g.rows.map((r) => r.unitName)).toEqual(['Phòng Văn hóa huyện']);
    // Click-through: the group opens its member's report of a week of duty.
    const cell = g.rows[0]?.cells.find((c) => c.week === '2021-W11');
    expect(cell?.reportId).toBe(sent.json().id);
    const opened = await call('GET', `/api/v1/reports/${cell?.reportId ?? ''}`, w.c.group);
    expect(opened.statusCode).toBe(200);
  });

  test('filters by kind and by state, and a submitted cell links to its report', async () => {
    const sent = await call('POST', '/api/v1/reports', w.c.commune, {
      unitId: w.u.commune.id,
      kind: 'weekly',
      periodKey: '2021-W10',
      narrative,
      submit: true,
    });
    expect(sent.statusCode).toBe(200);
    const communes = await grid(w.u.province.id, w.c.province, '&kind=commune');
    expect(communes.rows.map((r) => r.unitName)).toEqual(['Xã Cũ', 'Xã Mới']);
    const late = await grid(w.u.province.id, w.c.province, '&status=late');
    // The group's member sent week 11 late too (the test before): both, not the others.
    expect(late.rows.map((r) => r.unitName)).toEqual(['Phòng Văn hóa huyện', 'Xã Cũ']);
    const cell = late.rows[1]?.cells.find((c) => c.week === '2021-W10');
    expect(cell).toMatchObject({ state: 'late', reportId: sent.json().id });
    const opened = await call('GET', `/api/v1/reports/${cell?.reportId ?? ''}`, w.c.province);
    expect(opened.statusCode).toBe(200);
    expect(opened.json().narrative.results).toBe('Kết quả tuần');
  });

  test('a bad week range is refused with the field named', async () => {
    const res = await call(
      'GET',
      `/api/v1/reports/grid?unitId=${w.u.province.id}&fromWeek=2021-W12&toWeek=2021-W09`,
      w.c.province,
    );
    expect(res.statusCode).toBe(400);
  });
});

describe('a plan that requires weekly reports', () => {
  test('makes its assignees report over its period, from the day it starts', async () => {
    const before = await grid(w.u.district.id, w.c.district);
    expect(before.rows.map((r) => r.unitName)).not.toContain('Trung tâm Văn hóa huyện');
    const plan = await call('POST', '/api/v1/plans', w.c.district, {
      unitId: w.u.district.id,
      content: {
        title: 'Kế hoạch tuyên truyền của huyện',
        periodFrom: '2021-03-10',
        periodTo: '2021-05-23',
        requireWeeklyReports: true,
        assignments: [
          {
            unitId: w.u.centre.id,
            unitName: 'Trung tâm Văn hóa huyện',
            tasks: [
              {
                text: 'Tuyên truyền trên sóng phát thanh huyện.',
                channel: 'radio',
                frequencyText: null,
                recurrence: null,
                deadline: null,
                target: null,
              },
            ],
          },
        ],
        signer: { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'CHỦ TỊCH', name: 'Người ký thử' },
      },
    });
    expect(plan.statusCode).toBe(201);
    const id = String(plan.json().id);
    expect((await call('POST', `/api/v1/plans/${id}/submit`, w.c.district, {})).statusCode).toBe(
      200,
    );
    const issued = await call('POST', `/api/v1/plans/${id}/issue`, w.c.districtLeader, {
      issuedOn: '2021-03-10',
    });
    expect(issued.statusCode).toBe(200);
    expect(issued.json().requireWeeklyReports).toBe(true);
    const after = await grid(w.u.district.id, w.c.district);
    expect(states(after, 'Trung tâm Văn hóa huyện')).toEqual([
      'not_required',
      'missing',
      'missing',
      'missing',
    ]);
  });
});

describe('only the reporting unit writes its report', () => {
  test('units above read the commune’s report but cannot save a draft into it', async () => {
    const draft = {
      unitId: w.u.commune.id,
      kind: 'weekly',
      periodKey: '2021-W11',
      narrative,
      submit: false,
    };
    for (const cookie of [w.c.province, w.c.district]) {
      const res = await call('POST', '/api/v1/reports', cookie, draft);
      expect(res.statusCode).toBe(403);
    }
    const read = await call(
      'GET',
      `/api/v1/reports/weekly?unitId=${w.u.commune.id}&week=2021-W11`,
      w.c.province,
    );
    expect(read.statusCode).toBe(200);
    expect(read.json().report).toBeNull();
    expect((await call('POST', '/api/v1/reports', w.c.commune, draft)).statusCode).toBe(200);
    // A group reads its member's report in a week of duty, but never writes it.
    const member = await call('POST', '/api/v1/reports', w.c.group, {
      ...draft,
      unitId: w.u.agency.id,
    });
    expect(member.statusCode).toBe(404);
  });
});
