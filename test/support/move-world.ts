import type { FastifyInstance } from 'fastify';
import { query } from './db-state';
import { buildUser } from './factories';
import { PNG } from './security-world';
import type { TestApp } from './test-app';
import { discoverUnitReferrers, ownedBy, type UnitReferrer } from './unit-references';
import { formBody } from './upload-form';

/** A branch of the demo tree about to move, who stands on either side of it, and its rows. */
export interface MoveWorld {
  /** Phường Cẩm Bình: moves from Thành phố Cẩm Phả to Thành phố Hạ Long. */
  moved: { id: string; path: string };
  oldParent: { id: string; path: string };
  newParent: { id: string; path: string };
  /** Ids of the moved unit and every unit below it. */
  subtree: string[];
  referrers: UnitReferrer[];
  /** Referring tables in which the moved branch owns no row: the fixture must grow. */
  unowned: string[];
  /** Officer and leader sessions of each branch. */
  cookies: Record<'admin' | 'oldOfficer' | 'oldLeader' | 'newOfficer' | 'newLeader', string>;
  /** One row of the moved branch of each kind the API acts on. */
  rows: Record<
    'station' | 'slot' | 'claim' | 'content' | 'report' | 'election' | 'district',
    string
  >;
  claimStatus: string;
}

async function unitNamed(t: TestApp, name: string): Promise<{ id: string; path: string }> {
  const [row] = await query(t.database, `select id, path from units where name = '${name}'`);
  if (typeof row?.id !== 'string' || typeof row.path !== 'string') throw new Error(`no ${name}`);
  return { id: row.id, path: row.path };
}

async function idOf(t: TestApp, what: string, sql: string): Promise<Record<string, unknown>> {
  const [row] = await query(t.database, sql);
  if (typeof row?.id !== 'string') throw new Error(`the moved branch has no ${what}`);
  return row;
}

async function ok(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
) {
  const res = await app.inject({ method, url, headers: { cookie }, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
}

/** Cẩm Bình's own step in the province's 2022 election, done by its khu phố 1 with a photo. */
async function ownPartOfProvinceElection(
  t: TestApp,
  cookie: string,
  moved: { id: string; path: string },
): Promise<void> {
  const [election] = await query(
    t.database,
    `select id from elections where slug = 'village-head.quang-ninh.2022-06-05'`,
  );
  const [kp] = await query(
    t.database,
    `select id from units where path like '${moved.path}%' and kind = 'village' limit 1`,
  );
  const base = `/api/v1/elections/${String(election?.id)}/milestones`;
  const res = await t.app.inject({
    method: 'POST',
    url: base,
    headers: { cookie },
    payload: { title: 'Niêm yết danh sách cử tri', dueOn: '2022-05-25', perSubUnit: true },
  });
  if (res.statusCode !== 201) throw new Error(`POST ${base}: ${res.statusCode} ${res.body}`);
  const milestoneId = res.json<{ id: string }>().id;
  const form = await formBody({
    doneOn: '2022-05-25',
    photo: { name: 'anh.png', bytes: PNG },
  });
  const photo = await t.app.inject({
    method: 'PUT',
    url: `${base}/${milestoneId}/sub-units/${String(kp?.id)}`,
    headers: { cookie, ...form.headers },
    payload: form.payload,
  });
  if (photo.statusCode !== 200)
    throw new Error(`sub-unit photo: ${photo.statusCode} ${photo.body}`);
}

/**
 * The demo world, plus what it lacks for Cẩm Bình (a voter text, a calendar feed) made through
 * the API, and leaders for Cẩm Phả and Hạ Long; lists the referring tables Cẩm Bình owns no row in.
 */
export async function buildMoveWorld(t: TestApp): Promise<MoveWorld> {
  const moved = await unitNamed(t, 'Phường Cẩm Bình');
  const oldParent = await unitNamed(t, 'Thành phố Cẩm Phả');
  const newParent = await unitNamed(t, 'Thành phố Hạ Long');
  for (const [unit, username] of [
    [oldParent, 'lanhdao.campha'],
    [newParent, 'lanhdao.halong'],
  ] as const) {
    const found = await t.deps.repos.units.get(unit.id);
    if (!found) throw new Error(username);
    await buildUser(t.deps, found, { role: 'leader', username });
  }
  const cookies = {
    admin: await t.login('admin'),
    oldOfficer: await t.login('campha'),
    oldLeader: await t.login('lanhdao.campha'),
    newOfficer: await t.login('halong'),
    newLeader: await t.login('lanhdao.halong'),
  };
  const own = await t.login('lanhdao.cambinh');
  await ok(t.app, own, 'PUT', '/api/v1/voter-info', {
    unitId: moved.id,
    key: 'how_to_vote',
    title: 'Cách bỏ phiếu ở phường Cẩm Bình',
    body: 'Mang theo thẻ cử tri và căn cước.',
  });
  await ok(t.app, own, 'POST', '/api/v1/calendar-feeds', { unitId: moved.id });
  await ownPartOfProvinceElection(t, own, moved);
  // The ward confirms receipt of the city's plan 124: its confirmation belongs to the branch.
  const [cityPlan] = await t.deps.repos.plans.findByNumber(124, 'UBND');
  await ok(t.app, own, 'POST', `/api/v1/plans/${String(cityPlan?.id)}/acknowledge`, {});
  // A working group of the ward with a member: its membership and reporting duty move along.
  const group = await t.app.inject({
    method: 'POST',
    url: '/api/v1/units',
    headers: { cookie: own },
    payload: { parentId: moved.id, name: 'Tổ công tác tuyên truyền phường', kind: 'group' },
  });
  const member = await unitNamed(t, 'Bộ phận Văn hóa - Xã hội phường Cẩm Bình');
  await ok(t.app, own, 'POST', `/api/v1/groups/${String(group.json().id)}/members`, {
    memberId: member.id,
  });
  const subtree = (
    await query(t.database, `select id from units where path like '${moved.path}%'`)
  ).map((r) => String(r.id));
  const referrers = await discoverUnitReferrers(t.database);
  const unowned: string[] = [];
  for (const r of referrers) {
    const [row] = await query(
      t.database,
      `select count(*)::int as n from "${r.table}" where ${ownedBy(r, subtree, moved.path)}`,
    );
    if (row?.n === 0) unowned.push(r.table);
  }
  const under = `unit_path like '${moved.path}%'`;
  const election = await idOf(t, 'election', `select id from elections where ${under}`);
  const claim = await idOf(t, 'claim', `select id, status from claims where ${under} limit 1`);
  const rows = {
    station: String((await idOf(t, 'station', `select id from stations where ${under}`)).id),
    slot: String((await idOf(t, 'slot', `select id from broadcast_slots where ${under}`)).id),
    claim: String(claim.id),
    content: String((await idOf(t, 'content', `select id from content_items where ${under}`)).id),
    report: String((await idOf(t, 'report', `select id from reports where ${under}`)).id),
    election: String(election.id),
    district: String(
      (
        await idOf(
          t,
          'district',
          `select id from electoral_districts where election_id = '${String(election.id)}' limit 1`,
        )
      ).id,
    ),
  };
  return {
    moved,
    oldParent,
    newParent,
    subtree,
    referrers,
    unowned,
    cookies,
    rows,
    claimStatus: String(claim.status),
  };
}
