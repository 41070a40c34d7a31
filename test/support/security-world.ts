import type { FastifyInstance } from 'fastify';
import { addMilestone } from '../../src/domain/elections/custom-milestones';
import {
  actorOf,
  buildActivity,
  buildClaim,
  buildElection,
  buildReport,
  buildTree,
  SAMPLE,
  type BuiltTree,
} from './factories';
import type { ApiRoute, IdSource } from './api-routes';
import {
  cousinWard,
  issuedPlanWithTask,
  wardBroadcast,
  wardElection,
  wardFeed,
} from './security-world-steps';
import type { TestApp } from './test-app';
import { formBody, type FormParts } from './upload-form';

/** The kinds of object a route can name by id. */
export type Kind =
  | 'unit'
  | 'user'
  | 'plan'
  | 'task'
  | 'activity'
  | 'report'
  | 'election'
  | 'milestone'
  | 'district'
  | 'pollingArea'
  | 'candidate'
  | 'content'
  | 'station'
  | 'slot'
  | 'claim'
  | 'claimGroup'
  | 'calendarFeed';

/** An object and the text that would betray it (its name, title or text), if it has one. */
export interface Target {
  id: string;
  secret: string | null;
}

/** Which kind a query or body field names. */
const KIND_OF_NAME: Record<string, Kind> = {
  unitId: 'unit',
  parentId: 'unit',
  assigneeUnitId: 'unit',
  withinUnitId: 'unit',
  issuerUnitId: 'unit',
  underId: 'unit',
  exceptId: 'unit',
  actorId: 'user',
  planId: 'plan',
  derivedFromId: 'plan',
  taskId: 'task',
  electionId: 'election',
  milestoneId: 'milestone',
  districtId: 'district',
  pollingAreaId: 'pollingArea',
  candidateId: 'candidate',
  contentId: 'content',
  stationId: 'station',
  slotId: 'slot',
  claimId: 'claim',
  intoId: 'claim',
  groupId: 'claimGroup',
  memberId: 'unit',
  candidatesFor: 'unit',
};

/** Which kind `{id}` is, by the path segment before it (`/plans/{id}` → plan). */
const KIND_OF_SEGMENT: Record<string, Kind> = {
  units: 'unit',
  // A working group is a unit.
  groups: 'unit',
  users: 'user',
  plans: 'plan',
  activities: 'activity',
  reports: 'report',
  elections: 'election',
  milestones: 'milestone',
  candidates: 'candidate',
  districts: 'district',
  content: 'content',
  stations: 'station',
  slots: 'slot',
  claims: 'claim',
  'calendar-feeds': 'calendarFeed',
};

/** The kind of a path parameter; throws, naming the route, when it is not known. */
export function kindOfParam(r: ApiRoute, name: string): Kind {
  const byName = KIND_OF_NAME[name];
  if (byName) return byName;
  const segment = r.path.split('/').at(r.path.split('/').indexOf(`{${name}}`) - 1) ?? '';
  const kind = KIND_OF_SEGMENT[segment];
  if (!kind) throw new Error(`${r.key}: no kind known for the path parameter {${name}}`);
  return kind;
}

/** Field names (`unitId`, `stationId`…) answered from a map of kinds to ids. */
export const idSource =
  (ids: Partial<Record<Kind, string>>): IdSource =>
  (name) => {
    const kind = KIND_OF_NAME[name];
    return kind ? ids[kind] : undefined;
  };

// The smallest valid PNG: one transparent pixel.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const SECRET_CONTENT = `Bài nội bộ của phường chưa duyệt — không được lộ ${SAMPLE}`;
export const SECRET_EVIDENCE = 'bien-ban-noi-bo-cua-phuong.txt';

export interface SecurityWorld {
  /** The province, its district, the ward (commune) and its village, with their people. */
  tree: BuiltTree;
  /**
   * The province's admin; the ward's officer and viewer; an officer and a leader of a cousin
   * ward (another district of the province), who may see none of the ward's objects.
   */
  cookies: Record<'admin' | 'officer' | 'cousin' | 'cousinLeader' | 'viewer', string>;
  /** One object of every kind in the ward: foreign to the cousin ward, own to the ward's viewer. */
  ward: Record<Kind, Target>;
  /** The same objects' ids by kind. */
  wardIds: Partial<Record<Kind, string>>;
  /** Objects the cousin ward may read although they are not its own: the province's election. */
  readableByCousin: Partial<Record<Kind, string>>;
  /** A step each village of the ward does, and one of its villages, for per-sub-unit photos. */
  wardPart: { milestoneId: string; villageId: string };
  /** The device token of the ward's station, and an approved audio item it plays. */
  device: { token: string; audioId: string };
  /** A candidate of a published list: the portal serves their photo. */
  publishedCandidateId: string;
}

async function inject(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload: object,
): Promise<Record<string, unknown>> {
  const res = await app.inject({ method, url, headers: { cookie }, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Sends an upload form; a failure names the route. */
async function upload(
  app: FastifyInstance,
  cookie: string,
  url: string,
  parts: FormParts,
): Promise<void> {
  const form = await formBody(parts);
  const res = await app.inject({
    method: 'PUT',
    url,
    headers: { cookie, ...form.headers },
    payload: form.payload,
  });
  if (res.statusCode >= 300) throw new Error(`PUT ${url}: ${res.statusCode} ${res.body}`);
}

/**
 * Builds a province with a ward holding one object of every kind (the ones that can hold a file
 * given a file to leak), a cousin ward that must not see them, and an election of the province
 * that both may read; signs in the actors of the security tests.
 */
export async function buildSecurityWorld(t: TestApp): Promise<SecurityWorld> {
  const deps = t.deps;
  const tree = await buildTree(deps);
  const { commune, village, users } = tree;
  const officer = users.commune.officer;
  const cousin = await cousinWard(deps, tree);
  const cookies = {
    admin: await t.login(users.province.admin.username),
    officer: await t.login(officer.username),
    cousin: await t.login(cousin.officer.username),
    cousinLeader: await t.login(cousin.leader.username),
    viewer: await t.login(users.commune.viewer.username),
  };
  const people = { author: officer, approver: users.commune.leader };
  const { plan, task } = await issuedPlanWithTask(deps, commune, village, people);
  // The district assigns the ward a task too: the ward's people get notifications of it.
  await issuedPlanWithTask(deps, tree.district, commune, {
    author: users.district.officer,
    approver: users.district.leader,
  });
  const voting = await wardElection(deps, tree);
  const broadcast = await wardBroadcast(deps, tree);
  const activity = await buildActivity(deps, commune, {
    author: officer,
    title: `Họp tổ dân phố phổ biến ngày bầu cử của ${commune.name} ${SAMPLE}`,
  });
  const report = await buildReport(deps, commune, {
    author: officer,
    narrative: {
      results: `Đã họp 4 tổ dân phố về lịch bầu cử của ${commune.name} ${SAMPLE}`,
      difficulties: '',
      proposals: '',
    },
  });
  // Judged false, so a correction can be written to it.
  const claim = await buildClaim(deps, commune, { author: officer, status: 'false' });
  const ward: Record<Kind, Target> = {
    unit: { id: commune.id, secret: commune.name },
    calendarFeed: await wardFeed(deps, officer, commune, voting.election.id),
    user: { id: users.commune.leader.id, secret: users.commune.leader.displayName },
    plan: { id: plan.id, secret: plan.title },
    task,
    activity: { id: activity.id, secret: activity.title },
    report: { id: report.id, secret: report.narrative.results },
    election: voting.election,
    milestone: voting.milestone,
    district: voting.district,
    pollingArea: voting.pollingArea,
    candidate: voting.candidate,
    content: { id: '', secret: SECRET_CONTENT },
    station: broadcast.station,
    slot: broadcast.slot,
    claim: { id: claim.id, secret: claim.text },
    claimGroup: { id: claim.groupId, secret: claim.text },
  };
  const c = cookies.officer;
  const item = await inject(t.app, c, 'POST', '/api/v1/content', {
    unitId: commune.id,
    kind: 'poster',
    title: SECRET_CONTENT,
  });
  ward.content.id = String(item.id);
  const png = { name: 'anh.png', bytes: PNG };
  await upload(t.app, c, `/api/v1/content/${ward.content.id}/file`, {
    size: String(PNG.length),
    file: png,
  });
  await upload(t.app, c, `/api/v1/activities/${activity.id}/photo`, { photo: png });
  await upload(t.app, c, `/api/v1/claims/${claim.id}/screenshot`, { screenshot: png });
  await upload(t.app, c, `/api/v1/candidates/${ward.candidate.id}/photo`, { photo: png });
  await upload(
    t.app,
    c,
    `/api/v1/elections/${voting.election.id}/milestones/${ward.milestone.id}/evidence`,
    { done: 'true', file: { name: SECRET_EVIDENCE, bytes: Buffer.from('Biên bản nội bộ') } },
  );
  const provincial = await buildElection(deps, tree.province, {
    author: users.province.officer,
    type: 'NA_HDND',
  });
  const [provincialStep] = provincial.milestones;
  if (!provincialStep) throw new Error('the province’s election has no milestone');
  // A step each village of the ward does, which the ward's officer adds.
  const step = await addMilestone(deps, actorOf(officer, commune), voting.election.id, {
    title: `Niêm yết danh sách cử tri ${SAMPLE}`,
    dueOn: '2022-05-25',
    perSubUnit: true,
  });
  return {
    tree,
    cookies,
    ward,
    wardIds: Object.fromEntries(Object.entries(ward).map(([k, v]) => [k, v.id])),
    readableByCousin: {
      election: provincial.election.id,
      milestone: provincialStep.id,
      unit: cousin.village.id,
    },
    wardPart: { milestoneId: step.id, villageId: village.id },
    device: { token: broadcast.stationToken, audioId: broadcast.audioId },
    publishedCandidateId: voting.publishedCandidateId,
  };
}
