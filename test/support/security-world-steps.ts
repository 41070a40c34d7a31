import type { User } from '../../src/domain/accounts/user';
import { createSlot } from '../../src/domain/broadcasts/slots';
import type { Deps } from '../../src/domain/deps';
import { createCalendarFeed } from '../../src/domain/elections/manage-milestones';
import { publishCandidates } from '../../src/domain/elections/manage-candidates';
import { findTasks } from '../../src/domain/tasks/find-tasks';
import type { Plan } from '../../src/domain/plans/plan';
import { addDays } from '../../src/domain/shared/calendar';
import { civilDate } from '../../src/domain/shared/dates';
import type { Unit } from '../../src/domain/units/unit';
import {
  actorOf,
  buildCandidate,
  buildContent,
  buildElection,
  buildPlan,
  buildPolling,
  buildStation,
  buildUnit,
  buildUser,
  SAMPLE,
  type BuiltTree,
} from './factories';
import type { Target } from './security-world';

/**
 * An issued plan of `unit` with one phase already over (a phase summary can be issued for it)
 * and one task for `assignee`; returns the plan and the task it made.
 */
export async function issuedPlanWithTask(
  deps: Deps,
  unit: Unit,
  assignee: Unit,
  people: { author: User; approver: User },
): Promise<{ plan: Plan; task: Target }> {
  const today = civilDate(deps.clock.now());
  const title = `Kế hoạch tuyên truyền của ${unit.name} ${SAMPLE}`;
  const plan = await buildPlan(deps, unit, {
    ...people,
    status: 'issued',
    title,
    periodFrom: addDays(today, -120),
    periodTo: addDays(today, 60),
    phases: [{ name: 'Đợt 1', from: addDays(today, -120), to: addDays(today, -90), peak: false }],
    assignments: [
      {
        unitId: assignee.id,
        unitName: assignee.name,
        tasks: [
          {
            text: `Treo băng rôn cổ động tại ${assignee.name} ${SAMPLE}`,
            channel: 'visual',
            frequencyText: null,
            recurrence: null,
            deadline: addDays(today, 30),
            target: null,
          },
        ],
      },
    ],
  });
  const officer = actorOf(people.author, unit);
  const [task] = await findTasks(deps, officer, { planId: plan.id });
  if (!task) throw new Error(`plan ${plan.id} made no task`);
  return { plan, task: { id: task.id, secret: task.title } };
}

/** What the ward's election holds: a district, its polling area and a published candidate. */
export interface BuiltWardElection {
  election: Target;
  milestone: Target;
  district: Target;
  pollingArea: Target;
  candidate: Target;
  /** A candidate of a published list, whose photo the portal serves. */
  publishedCandidateId: string;
}

/**
 * The ward's village-head election with one district of one polling area and two candidates;
 * the district's list is published by the ward's leader, who entered none of it.
 */
export async function wardElection(deps: Deps, tree: BuiltTree): Promise<BuiltWardElection> {
  const { commune, village, users } = tree;
  const officer = users.commune.officer;
  const { election, milestones } = await buildElection(deps, commune, {
    author: officer,
    type: 'VILLAGE_HEAD',
  });
  const first = [...milestones].sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
  if (!first) throw new Error('the election has no milestone');
  const { districts, areas } = await buildPolling(
    deps,
    election,
    [
      {
        district: `Đơn vị bầu cử khu dân cư của ${commune.name} ${SAMPLE}`,
        name: `Khu vực bỏ phiếu của ${village.name} ${SAMPLE}`,
        address: `Nhà văn hóa ${village.name}, số 12 đường Bờ Sông ${SAMPLE}`,
        commune,
        villages: [village],
      },
    ],
    officer,
  );
  const [district] = districts;
  const [area] = areas;
  if (!district || !area) throw new Error('the polling import made no district');
  const candidate = await buildCandidate(deps, district, {
    author: officer,
    fullName: `Trần Thị Ứng Cử ${SAMPLE}`,
  });
  const published = await buildCandidate(deps, district, { author: officer });
  await publishCandidates(deps, actorOf(users.commune.leader, commune), district.id);
  return {
    election: { id: election.id, secret: election.name },
    milestone: { id: first.id, secret: first.title },
    district: { id: district.id, secret: district.name },
    pollingArea: { id: area.id, secret: area.address },
    candidate: { id: candidate.id, secret: candidate.fullName },
    publishedCandidateId: published.id,
  };
}

/** The ward's station, an approved audio item it plays, and a slot scheduling it. */
export interface BuiltWardBroadcast {
  station: Target;
  /** The station's device token (`Authorization: Bearer <token>`). */
  stationToken: string;
  /** An approved WAV of the ward, which the station may fetch and play. */
  audioId: string;
  slot: Target;
}

/** A loudspeaker cluster of the ward, in service since 2022 (so plays of then are accepted). */
export async function wardBroadcast(deps: Deps, tree: BuiltTree): Promise<BuiltWardBroadcast> {
  const { commune, users } = tree;
  const officer = users.commune.officer;
  const { station, token } = await buildStation(deps, commune, {
    author: officer,
    name: `Cụm loa chợ ${commune.name} ${SAMPLE}`,
    inServiceFrom: '2022-01-01',
  });
  const audio = await buildContent(deps, commune, {
    kind: 'audio',
    status: 'approved',
    title: `Bản tin bầu cử phát trên loa ${SAMPLE}`,
    validFrom: '2022-01-01',
    author: officer,
    approver: users.commune.leader,
  });
  const slot = await createSlot(deps, actorOf(officer, commune), {
    contentId: audio.id,
    stationIds: [station.id],
    priority: 'normal',
    repeat: 'daily',
    startDate: addDays(civilDate(deps.clock.now()), 1),
    endDate: addDays(civilDate(deps.clock.now()), 7),
    times: ['06:30'],
  });
  return {
    station: { id: station.id, secret: station.name },
    stationToken: token,
    audioId: audio.id,
    slot: { id: slot.id, secret: null },
  };
}

/** A calendar feed of the ward's election, subscribed by its officer: only they may revoke it. */
export async function wardFeed(
  deps: Deps,
  officer: User,
  unit: Unit,
  electionId: string,
): Promise<Target> {
  const actor = actorOf(officer, unit);
  await createCalendarFeed(deps, actor, { electionId });
  const [feed] = await deps.repos.elections.feedsOf(officer.id);
  if (!feed) throw new Error('no calendar feed');
  return { id: feed.id, secret: null };
}

/** A ward of another district of the province, with a village, an officer and a leader. */
export async function cousinWard(
  deps: Deps,
  tree: BuiltTree,
): Promise<{ village: Unit; officer: User; leader: User }> {
  const district = await buildUnit(deps, {
    parent: tree.province,
    kind: 'district',
    name: `Thành phố lân cận ${SAMPLE}`,
  });
  const ward = await buildUnit(deps, { parent: district, name: `Phường lân cận ${SAMPLE}` });
  const village = await buildUnit(deps, {
    parent: ward,
    kind: 'village',
    name: `Khu phố lân cận ${SAMPLE}`,
  });
  const officer = await buildUser(deps, ward, { role: 'officer' });
  // A leader reads users and the audit log, so their scope (not only their role) is probed.
  const leader = await buildUser(deps, ward, { role: 'leader' });
  return { village, officer, leader };
}
