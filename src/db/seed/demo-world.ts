import type { Deps } from '../../domain/deps';
import { notifyUnits } from '../../domain/notifications/notify';
import type { Repos } from '../../domain/ports';
import { childPath, type Unit } from '../../domain/units/unit';
import type { DemoIds } from './demo-actors';
import { seedDemoPlans } from './demo-plans';
import { seedDemoCertificates } from './demo-certificates';
import { seedDemoActivities } from './demo-activities';
import { issueHalongPhase1Summary, seedHalongGroup } from './demo-halong';
import { seedHaiphongGroup } from './demo-haiphong';
import { seedCambinhBroadcasts } from './demo-cambinh-broadcasts';
import { seedDemoContent } from './demo-content';
import { seedDemoElections } from './demo-elections';
import { DEMO_PASSWORD, DEMO_TREE, DEMO_USERS, type DemoUnit } from './demo-world.data';

const DEMO_UNITS_FROM = new Date('2020-01-01T00:00:00+07:00');

async function insertTree(
  repos: Repos,
  deps: Pick<Deps, 'ids' | 'clock'>,
  node: DemoUnit,
  parent: Unit | null,
  out: DemoIds,
): Promise<void> {
  const id = deps.ids.newId();
  const now = deps.clock.now();
  const unit: Unit = {
    id,
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    depth: parent ? parent.depth + 1 : 0,
    name: node.name,
    shortName: node.shortName ?? null,
    kind: node.kind,
    code: node.code ?? null,
    active: true,
    version: 1,
    // The bodies of the documents existed long before their 2021–2022 campaigns; the report
    // grid counts no week before a unit's creation, so the demo records them from 2020 (ADR 16).
    createdAt: DEMO_UNITS_FROM,
    updatedAt: now,
  };
  await repos.units.insert(unit);
  out.set(node.key, unit);
  for (const child of node.children ?? []) await insertTree(repos, deps, child, unit, out);
}

/**
 * Loads the demo world (the units of the seed documents, the demo logins, and the plans of the
 * seed documents) into an empty database. Returns false, touching nothing, when any user exists.
 */
export async function seedDemoWorld(deps: Omit<Deps, 'mailer'>): Promise<boolean> {
  if ((await deps.repos.users.count()) > 0) return false;
  const units = await seedDemoUnitsAndUsers(deps);
  await seedDemoCertificates(deps, units);
  await seedDemoPlans(deps, units);
  await seedHalongGroup(deps, units);
  await seedHaiphongGroup(deps, units);
  await seedDemoActivities(deps, units);
  await issueHalongPhase1Summary(deps, units);
  await seedDemoElections(deps, units);
  await seedDemoContent(deps, units);
  await seedCambinhBroadcasts(deps, units);
  return true;
}

async function seedDemoUnitsAndUsers(
  deps: Pick<Deps, 'repos' | 'uow' | 'ids' | 'clock' | 'hasher'>,
): Promise<DemoIds> {
  // One hash serves every demo login: they share the published demo password anyway.
  const passwordHash = await deps.hasher.hash(DEMO_PASSWORD);
  return deps.uow.transaction(async (repos) => {
    const units: DemoIds = new Map();
    await insertTree(repos, deps, DEMO_TREE, null, units);
    const now = deps.clock.now();
    for (const u of DEMO_USERS) {
      const unit = units.get(u.unit);
      if (!unit) throw new Error(`demo unit ${u.unit} missing`);
      await repos.users.insert({
        id: deps.ids.newId(),
        unitId: unit.id,
        username: u.username,
        displayName: u.displayName,
        email: null,
        role: u.role,
        passwordHash,
        active: true,
        failedLogins: 0,
        lockedUntil: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    const root = units.get('root');
    await repos.audit.record({
      id: deps.ids.newId(),
      at: now,
      actorId: null,
      actorName: 'Hệ thống',
      unitId: root?.id ?? null,
      entity: 'demo',
      entityId: 'demo-world',
      action: 'create',
      changes: { units: units.size, users: DEMO_USERS.length },
    });
    await notifyUnits(repos, deps, {
      unitIds: [...units.values()].map((u) => u.id),
      kind: 'welcome',
      title: 'Chào mừng đến với Loa',
      body: 'Đây là bản trình diễn với dữ liệu mẫu. Hãy bắt đầu từ trang Đơn vị để xem cây đơn vị của bạn.',
      link: '/app/units',
    });
    return units;
  });
}
