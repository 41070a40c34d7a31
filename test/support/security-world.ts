import type { FastifyInstance } from 'fastify';
import { buildUser } from './factories';
import type { ApiRoute, IdSource } from './api-routes';
import { query } from './db-state';
import { one, perSubUnitStep } from './security-world-steps';
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

export const SECRET_CONTENT = 'Bài nội bộ Cẩm Bình chưa duyệt — không được lộ';
export const SECRET_EVIDENCE = 'bien-ban-noi-bo-cam-binh.txt';

export interface SecurityWorld {
  cookies: Record<'admin' | 'cambinh' | 'kalong' | 'kalongLeader' | 'viewer', string>;
  /** Objects of phường Cẩm Bình: foreign to Ka Long (another city), own to the Cẩm Bình viewer. */
  cambinh: Record<Kind, Target>;
  /** The same objects' ids by kind. */
  cambinhIds: Partial<Record<Kind, string>>;
  /** Objects Ka Long may read although they are not its own: the national election. */
  readableByKalong: Partial<Record<Kind, string>>;
  /** A step each khu phố of Cẩm Bình does, and one of its khu phố, for per-sub-unit photos. */
  cambinhPart: { milestoneId: string; villageId: string };
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
 * Signs in the actors of the security tests and collects, from the demo database, one object of
 * every kind in phường Cẩm Bình, giving the ones that can hold a file a file to leak.
 */
export async function buildSecurityWorld(t: TestApp): Promise<SecurityWorld> {
  const [unit] = await query(
    t.database,
    `select id, path from units where name = 'Phường Cẩm Bình'`,
  );
  if (typeof unit?.id !== 'string' || typeof unit.path !== 'string') throw new Error('no Cẩm Bình');
  const under = `like '${unit.path}%'`;
  const cambinhUnit = await t.deps.repos.units.get(unit.id);
  if (!cambinhUnit) throw new Error('no Cẩm Bình');
  await buildUser(t.deps, cambinhUnit, { role: 'viewer', username: 'xem.cambinh' });
  // A leader reads users and the audit log, so their scope (not only their role) is probed.
  const kalongUnit = await t.deps.repos.units.get(
    (await one(t, 'Ka Long', `select id from units where name = 'Phường Ka Long'`)).id,
  );
  if (!kalongUnit) throw new Error('no Ka Long');
  // The demo names Ka Long's leader (seed 004); a world without him gets one.
  if (!(await t.deps.repos.users.getByUsername('lanhdao.kalong')))
    await buildUser(t.deps, kalongUnit, { role: 'leader', username: 'lanhdao.kalong' });
  const cookies = {
    admin: await t.login('admin'),
    cambinh: await t.login('cambinh'),
    kalong: await t.login('kalong'),
    kalongLeader: await t.login('lanhdao.kalong'),
    viewer: await t.login('xem.cambinh'),
  };
  const upcoming = await one(
    t,
    'Cẩm Bình election',
    `select id, name as secret from elections where unit_id = '${unit.id}'`,
  );
  const district = await one(
    t,
    'district',
    `select id, name as secret from electoral_districts where election_id = '${upcoming.id}' order by name limit 1`,
  );
  const claim = await one(
    t,
    'claim',
    // Its case is Cẩm Bình's alone (the rumour of a delay is also Ka Long's, grouped with it).
    `select id, text as secret from claims where unit_id = '${unit.id}' and text like 'Cử tri phải nộp%'`,
  );
  // Cẩm Bình's officer subscribes to the election's calendar: a feed only they may revoke.
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/calendar-feeds',
    headers: { cookie: cookies.cambinh },
    payload: { electionId: upcoming.id },
  });
  const cambinh: Record<Kind, Target> = {
    unit: { id: unit.id, secret: 'Phường Cẩm Bình' },
    calendarFeed: await one(
      t,
      'calendar feed',
      `select f.id, null as secret from calendar_feeds f join users u on u.id = f.created_by
        where u.username = 'cambinh'`,
    ),
    user: await one(
      t,
      'leader',
      `select id, display_name as secret from users where username = 'lanhdao.cambinh'`,
    ),
    plan: await one(
      t,
      'plan',
      `select id, title as secret from plans where unit_id = '${unit.id}'`,
    ),
    task: await one(
      t,
      'task',
      `select id, title as secret from tasks where issuer_unit_id = '${unit.id}' limit 1`,
    ),
    activity: await one(
      t,
      'activity',
      `select id, title as secret from activities where unit_path ${under} order by occurred_on limit 1`,
    ),
    report: await one(
      t,
      'report',
      `select id, narrative->>'results' as secret from reports where unit_id = '${unit.id}' limit 1`,
    ),
    election: upcoming,
    milestone: await one(
      t,
      'milestone',
      `select id, title as secret from election_milestones where election_id = '${upcoming.id}' order by due_on limit 1`,
    ),
    district,
    pollingArea: await one(
      t,
      'polling area',
      `select id, address as secret from polling_areas where district_id = '${district.id}'`,
    ),
    candidate: await one(
      t,
      'candidate',
      `select id, full_name as secret from candidates where district_id = '${district.id}' limit 1`,
    ),
    content: { id: '', secret: SECRET_CONTENT },
    station: await one(
      t,
      'station',
      `select id, name as secret from stations where unit_path ${under} order by name limit 1`,
    ),
    slot: await one(t, 'slot', `select id from broadcast_slots where unit_path ${under} limit 1`),
    claim,
    claimGroup: await one(
      t,
      'claim group',
      `select group_id as id, text as secret from claims where id = '${claim.id}'`,
    ),
  };
  const c = cookies.cambinh;
  const item = await inject(t.app, c, 'POST', '/api/v1/content', {
    unitId: unit.id,
    kind: 'poster',
    title: SECRET_CONTENT,
  });
  cambinh.content.id = String(item.id);
  const png = { name: 'anh.png', bytes: PNG };
  await upload(t.app, c, `/api/v1/content/${cambinh.content.id}/file`, {
    size: String(PNG.length),
    file: png,
  });
  await upload(t.app, c, `/api/v1/activities/${cambinh.activity.id}/photo`, { photo: png });
  await upload(t.app, c, `/api/v1/claims/${claim.id}/screenshot`, { screenshot: png });
  await upload(t.app, c, `/api/v1/candidates/${cambinh.candidate.id}/photo`, { photo: png });
  await upload(
    t.app,
    c,
    `/api/v1/elections/${upcoming.id}/milestones/${cambinh.milestone.id}/evidence`,
    { done: 'true', file: { name: SECRET_EVIDENCE, bytes: Buffer.from('Biên bản nội bộ') } },
  );
  const national = await one(
    t,
    'national election',
    `select id from elections where unit_path = (select path from units where parent_id is null)`,
  );
  const nationalMilestone = await one(
    t,
    'national milestone',
    `select id from election_milestones where election_id = '${national.id}' limit 1`,
  );
  return {
    cookies,
    cambinh,
    cambinhIds: Object.fromEntries(Object.entries(cambinh).map(([k, v]) => [k, v.id])),
    readableByKalong: {
      election: national.id,
      milestone: nationalMilestone.id,
      unit: (
        await one(
          t,
          'Ka Long khu phố',
          `select id from units where parent_id = '${kalongUnit.id}' limit 1`,
        )
      ).id,
    },
    cambinhPart: await perSubUnitStep(t, cookies.cambinh, upcoming.id, unit.id),
  };
}
