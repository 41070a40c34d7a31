import type { Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { ancestorIds, isWithin, type Unit } from '../units/unit';
import { getPlan } from './get-plan';
import { isIssued, type PlanStatus } from './plan';

/** Units that write a plan of their own when a higher plan gives them work. */
const PLANNING_LEVELS = new Set(['province', 'district', 'commune']);
/** A cascade is a handful of levels; the cap only guards against a cycle in bad data. */
const MAX_DEPTH = 8;
const TASK_LIMIT = 100_000;

/** Where a unit stands: its own plan issued, being drafted, or not started. */
export type DerivationState = 'issued' | 'drafting' | 'missing';

export interface Derivation {
  unitId: string;
  unitName: string;
  /** The way down from the plan's issuer, e.g. "TP Cẩm Phả › Phường Cẩm Bình". */
  pathText: string;
  /** 1 for a unit the plan assigned, 2 for one its derived plan assigned, and so on. */
  depth: number;
  /** The plan that gave the unit its work (this plan, or one derived from it). */
  fromPlanId: string;
  planId: string | null;
  status: PlanStatus | null;
  state: DerivationState;
}

const stateOf = (status: PlanStatus | null): DerivationState =>
  status && isIssued(status) ? 'issued' : status ? 'drafting' : 'missing';

interface Found {
  unitId: string;
  depth: number;
  fromPlanId: string;
  plan: { id: string; status: PlanStatus } | null;
}

/**
 * Down the whole cascade of a plan: each unit that makes plans of its own (province, district,
 * commune) and received a task from this plan or from a plan derived from it, at any depth, with
 * whether it has derived its own plan yet; plus any unit that derived without being assigned.
 * Only units within the actor's reach are listed. Throws like getPlan.
 */
export async function planDerivations(
  deps: Reads<'plans' | 'units' | 'tasks'>,
  actor: Actor,
  id: string,
): Promise<Derivation[]> {
  const { plan, unit: issuer } = await getPlan(deps, actor, id);
  const found = new Map<string, Found>();
  let level: Array<{ id: string }> = [plan];
  const seen = new Set([plan.id]);
  for (let depth = 1; level.length > 0 && depth <= MAX_DEPTH; depth += 1) {
    const next: Array<{ id: string }> = [];
    for (const p of level) {
      const tasks = await deps.repos.tasks.find({
        withinPath: actor.unitPath,
        planId: p.id,
        limit: TASK_LIMIT,
      });
      const derived = await deps.repos.plans.derivedFrom(p.id);
      const unitIds = [
        ...new Set([...tasks.map((t) => t.assigneeUnitId), ...derived.map((d) => d.unitId)]),
      ];
      for (const unitId of unitIds) {
        if (found.has(unitId) || unitId === issuer.id) continue;
        const own = derived.find((d) => d.unitId === unitId) ?? null;
        found.set(unitId, { unitId, depth, fromPlanId: p.id, plan: own });
      }
      for (const d of derived) {
        if (!seen.has(d.id)) next.push(d);
        seen.add(d.id);
      }
    }
    level = next;
  }
  return describe(deps, actor, issuer, [...found.values()]);
}

async function describe(
  deps: Reads<'units'>,
  actor: Actor,
  issuer: Unit,
  found: Found[],
): Promise<Derivation[]> {
  const units = new Map(
    (await deps.repos.units.getMany(found.map((f) => f.unitId))).map((u) => [u.id, u]),
  );
  const wanted = found.flatMap((f) => {
    const u = units.get(f.unitId);
    const visible = u && (isWithin(u.path, actor.unitPath) || u.id === actor.unitId);
    return u && visible && (PLANNING_LEVELS.has(u.kind) || f.plan) ? [{ f, u }] : [];
  });
  const above = ancestorIds(issuer.path).concat(issuer.id);
  const betweenIds = [
    ...new Set(wanted.flatMap(({ u }) => ancestorIds(u.path).filter((a) => !above.includes(a)))),
  ];
  const between = new Map((await deps.repos.units.getMany(betweenIds)).map((u) => [u.id, u]));
  const way = (u: Unit): Unit[] => [...ancestorIds(u.path).flatMap((a) => between.get(a) ?? []), u];
  // Tree order: a unit right after the one above it, siblings by name.
  const byTree = (a: Unit, b: Unit): number => {
    const [x, y] = [way(a), way(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
      const c = (x[i]?.name ?? '').localeCompare(y[i]?.name ?? '', 'vi');
      if (c !== 0) return c;
    }
    return x.length - y.length;
  };
  return wanted
    .sort((a, b) => byTree(a.u, b.u))
    .map(({ f, u }) => ({
      unitId: u.id,
      unitName: u.name,
      pathText: [
        ...way(u)
          .slice(0, -1)
          .map((x) => x.shortName ?? x.name),
        u.name,
      ].join(' › '),
      depth: f.depth,
      fromPlanId: f.fromPlanId,
      planId: f.plan?.id ?? null,
      status: f.plan?.status ?? null,
      state: stateOf(f.plan?.status ?? null),
    }));
}
