import type { Repos } from '../ports';
import { isWithin, type Unit } from '../units/unit';
import type { Assignment } from './plan';

/** The units an assignment names one by one (its first unit and the others), without repeats. */
export function namedUnitIds(a: Pick<Assignment, 'unitId' | 'unitIds'>): string[] {
  return [...new Set([...(a.unitId ? [a.unitId] : []), ...(a.unitIds ?? [])])];
}

/** True when the assignment reaches at least one unit in Loa (named, or all of a kind). */
export const assignsUnits = (a: Assignment): boolean => namedUnitIds(a).length > 0 || !!a.allOf;

/**
 * The unit an issuer assigns work within: its own subtree, or for an agency the subtree of the
 * node it is attached to (a city's outreach subcommittee assigns the city's departments).
 */
export async function reachOf(repos: Pick<Repos, 'units'>, issuer: Unit): Promise<Unit> {
  const parent =
    issuer.kind === 'agency' && issuer.parentId ? await repos.units.get(issuer.parentId) : null;
  return parent ?? issuer;
}

/**
 * Every unit an assignment gives its tasks to, in tree order without repeats: the named units,
 * then the active units of the chosen kind below the chosen unit (the issuer by default), the
 * excepted ones left out. Units that do not exist are skipped here; checkAssignees reports them.
 */
export async function assigneesOf(
  repos: Pick<Repos, 'units'>,
  issuer: Unit,
  a: Assignment,
): Promise<Unit[]> {
  const named = await repos.units.getMany(namedUnitIds(a));
  const byId = new Map(named.map((u) => [u.id, u]));
  const ordered = namedUnitIds(a).flatMap((id) => byId.get(id) ?? []);
  if (!a.allOf) return ordered;
  const under = a.allOf.underId ? await repos.units.get(a.allOf.underId) : issuer;
  if (!under) return ordered;
  const except = new Set([...a.allOf.exceptIds, under.id, ...ordered.map((u) => u.id)]);
  const kind = await repos.units.listWithin({ withinPath: under.path, kind: a.allOf.kind });
  return [...ordered, ...kind.filter((u) => !except.has(u.id) && isWithin(u.path, under.path))];
}
