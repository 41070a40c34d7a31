import type { FastifyInstance } from 'fastify';
import { distributeContent } from '../../src/domain/content/distribute-content';
import type { Election } from '../../src/domain/elections/election';
import type { AssignmentTask } from '../../src/domain/plans/plan';
import { addDays } from '../../src/domain/shared/calendar';
import { civilDate } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import { query } from './db-state';
import {
  actorOf,
  buildActivity,
  buildCandidate,
  buildCertificate,
  buildClaim,
  buildContent,
  buildElection,
  buildPlan,
  buildPolling,
  buildReport,
  buildSlot,
  buildStation,
  buildTree,
  buildUnit,
  buildUser,
  weeklyLoudspeakerDuty,
} from './factories';
import { PNG } from './security-world';
import type { TestApp } from './test-app';
import { discoverUnitReferrers, ownedBy, type UnitReferrer } from './unit-references';
import { formBody } from './upload-form';

/** A ward about to move between two districts, who stands on either side of it, and its rows. */
export interface MoveWorld {
  /** The ward: moves from the first district to the second. */
  moved: Unit;
  oldParent: Unit;
  newParent: Unit;
  /** A third district of the province, for a second move racing the first. */
  elsewhere: Unit;
  /** Ids of the moved unit and every unit below it. */
  subtree: string[];
  referrers: UnitReferrer[];
  /** Referring tables in which the moved branch owns no row: the fixture must grow. */
  unowned: string[];
  /** The province admin's session, and officer and leader sessions of each district. */
  cookies: Record<'admin' | 'oldOfficer' | 'oldLeader' | 'newOfficer' | 'newLeader', string>;
  /** One row of the moved branch of each kind the API acts on. */
  rows: Record<
    'station' | 'slot' | 'claim' | 'content' | 'report' | 'election' | 'district',
    string
  >;
  claimStatus: string;
}

async function ok(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT',
  url: string,
  payload: object,
): Promise<{ id?: string }> {
  const res = await app.inject({ method, url, headers: { cookie }, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<{ id?: string }>();
}

/** The ward's own step in the province's election, done by its khu phố with a photo. */
async function ownPartOfProvinceElection(
  t: TestApp,
  cookie: string,
  election: Election,
  village: Unit,
): Promise<void> {
  const base = `/api/v1/elections/${election.id}/milestones`;
  const { id } = await ok(t.app, cookie, 'POST', base, {
    title: 'Niêm yết danh sách cử tri',
    dueOn: addDays(election.electionDay, -10),
    perSubUnit: true,
  });
  const today = civilDate(t.deps.clock.now());
  const form = await formBody({ doneOn: today, photo: { name: 'anh.png', bytes: PNG } });
  const photo = await t.app.inject({
    method: 'PUT',
    url: `${base}/${String(id)}/sub-units/${village.id}`,
    headers: { cookie, ...form.headers },
    payload: form.payload,
  });
  if (photo.statusCode !== 200)
    throw new Error(`sub-unit photo: ${photo.statusCode} ${photo.body}`);
}

/**
 * A province with three districts; in the first, a ward with a khu phố and a section, owning a row
 * of every kind that refers to a unit, each made as its people would (factories, or the API where
 * no factory exists): the district's plan for it (acknowledged), its own issued plan, work, files,
 * an election with polling and candidates, a station and slot, a claim, a report, a certificate,
 * a voter text, a calendar feed and a working group. Lists the referring tables it has no row in.
 */
export async function buildMoveWorld(t: TestApp): Promise<MoveWorld> {
  const tree = await buildTree(t.deps);
  const { province, district: oldParent, commune: moved, village } = tree;
  const newParent = await buildUnit(t.deps, { parent: province, kind: 'district' });
  const elsewhere = await buildUnit(t.deps, { parent: province, kind: 'district' });
  const section = await buildUnit(t.deps, {
    parent: moved,
    name: `Bộ phận Văn hóa - Xã hội ${moved.name}`,
    kind: 'agency',
  });
  const newOfficer = await buildUser(t.deps, newParent, { role: 'officer' });
  const newLeader = await buildUser(t.deps, newParent, { role: 'leader' });
  const cookies = {
    admin: await t.login(tree.users.province.admin.username),
    oldOfficer: await t.login(tree.users.district.officer.username),
    oldLeader: await t.login(tree.users.district.leader.username),
    newOfficer: await t.login(newOfficer.username),
    newLeader: await t.login(newLeader.username),
  };
  const officer = tree.users.commune.officer;
  const leader = tree.users.commune.leader;
  const own = await t.login(leader.username);
  const task: AssignmentTask = weeklyLoudspeakerDuty('Phát thanh tuyên truyền bầu cử');
  // The district's plan for the ward, which the ward confirms receiving.
  const districtPlan = await buildPlan(t.deps, oldParent, {
    status: 'issued',
    author: tree.users.district.officer,
    approver: tree.users.district.leader,
    assignments: [{ unitId: moved.id, unitName: moved.name, tasks: [task] }],
  });
  await ok(t.app, own, 'POST', `/api/v1/plans/${districtPlan.id}/acknowledge`, {});
  // The ward's own plan for its khu phố, signed with its certificate.
  await buildCertificate(t.deps, moved, { admin: tree.users.commune.admin });
  await buildPlan(t.deps, moved, {
    status: 'issued',
    author: officer,
    approver: leader,
    assignments: [{ unitId: village.id, unitName: village.name, tasks: [task] }],
  });
  await buildActivity(t.deps, moved, { author: officer });
  const content = await buildContent(t.deps, moved, {
    kind: 'audio',
    status: 'approved',
    author: officer,
    approver: leader,
  });
  await distributeContent(t.deps, actorOf(leader, moved), content.id, {
    unitIds: [village.id],
    includeSubtree: false,
  });
  const { election } = await buildElection(t.deps, moved, { author: officer });
  const { districts } = await buildPolling(
    t.deps,
    election,
    [
      {
        district: 'Đơn vị bầu cử số 1',
        name: 'Khu vực bỏ phiếu số 1',
        address: 'Nhà văn hóa khu phố',
        commune: moved,
        villages: [village],
      },
    ],
    officer,
  );
  const [district] = districts;
  if (!district) throw new Error('the polling import made no district');
  await buildCandidate(t.deps, district, { author: officer });
  const provinceElection = await buildElection(t.deps, province, {
    author: tree.users.province.officer,
  });
  await ownPartOfProvinceElection(t, own, provinceElection.election, village);
  const { station } = await buildStation(t.deps, moved, { author: officer });
  const slot = await buildSlot(t.deps, [station], content.id, { author: officer });
  const claim = await buildClaim(t.deps, moved, { author: officer });
  const report = await buildReport(t.deps, moved, { author: officer });
  await ok(t.app, own, 'PUT', '/api/v1/voter-info', {
    unitId: moved.id,
    key: 'how_to_vote',
    title: 'Cách bỏ phiếu ở phường',
    body: 'Mang theo thẻ cử tri và căn cước.',
  });
  await ok(t.app, own, 'POST', '/api/v1/calendar-feeds', { unitId: moved.id });
  // A working group of the ward with a member: its membership and reporting duty move along.
  const group = await ok(t.app, own, 'POST', '/api/v1/units', {
    parentId: moved.id,
    name: 'Tổ công tác tuyên truyền phường',
    kind: 'group',
  });
  await ok(t.app, own, 'POST', `/api/v1/groups/${String(group.id)}/members`, {
    memberId: section.id,
  });
  await ok(t.app, own, 'POST', '/api/v1/registers/reserve', {
    unitId: moved.id,
    year: 2031,
    typeCode: 'KH',
    note: 'Giữ số cho kế hoạch',
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
  return {
    moved,
    oldParent,
    newParent,
    elsewhere,
    subtree,
    referrers,
    unowned,
    cookies,
    rows: {
      station: station.id,
      slot: slot.id,
      claim: claim.id,
      content: content.id,
      report: report.id,
      election: election.id,
      district: district.id,
    },
    claimStatus: claim.status,
  };
}
