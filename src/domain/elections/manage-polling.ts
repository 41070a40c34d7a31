import { authorize, type Actor } from '../accounts/access';
import { recordChange } from '../audit/record-change';
import type { Deps, Reads, Writes } from '../deps';
import { invalid } from '../shared/domain-error';
import { cleanText, foldVietnamese } from '../shared/text';
import { isWithin } from '../units/unit';
import type { Election } from './election';
import { getElection } from './election-access';
import type { District, PollingArea } from './elections.port';
import { planPollingImport, type ImportIssue } from './polling-import';
import type { ReadTable } from '../shared/file-parsers.port';

/** The deeper of two nested paths: what both the election and the actor cover. */
export const narrower = (a: string, b: string): string => (a.length >= b.length ? a : b);

/** The districts and polling areas of an election inside the actor's subtree. Throws not_found. */
export async function findPolling(
  deps: Reads<'elections'>,
  actor: Actor,
  electionId: string,
): Promise<{ election: Election; districts: District[]; areas: PollingArea[] }> {
  const election = await getElection(deps, actor, electionId);
  const within = narrower(election.unitPath, actor.unitPath);
  const [districts, areas] = await Promise.all([
    deps.repos.elections.districts(electionId),
    deps.repos.elections.pollingAreas(electionId, within),
  ]);
  // A district spanning several communes is seen by each of them, through its polling areas.
  const seen = new Set(areas.map((a) => a.districtId));
  return {
    election,
    districts: districts.filter((d) => isWithin(d.unitPath, within) || seen.has(d.id)),
    areas,
  };
}

export interface PollingImportReport {
  total: number;
  valid: number;
  applied: boolean;
  created: { districts: number; pollingAreas: number };
  issues: ImportIssue[];
}

const commonPath = (paths: string[]): string => {
  const parts = paths.map((p) => p.split('/').filter(Boolean));
  const first = parts[0] ?? [];
  let n = 0;
  while (n < first.length && parts.every((p) => p[n] === first[n])) n += 1;
  return `/${first.slice(0, n).join('/')}/`;
};

/**
 * Imports districts and polling areas from a spreadsheet's rows, all or nothing: with any
 * data-quality issue nothing is saved and the report lists them. `dryRun` only reports.
 * Throws not_found, forbidden.
 */
export async function importPollingAreas(
  deps: Writes<'units' | 'elections' | 'audit'> & Pick<Deps, 'clock' | 'ids' | 'changes'>,
  actor: Actor,
  electionId: string,
  read: ReadTable,
  dryRun: boolean,
): Promise<PollingImportReport> {
  const election = await getElection(deps, actor, electionId);
  authorize(actor, 'work.write');
  const table = await read();
  const within = narrower(election.unitPath, actor.unitPath);
  const scopeUnits = await deps.repos.units.listWithin({ withinPath: within });
  const [districts, areas] = await Promise.all([
    deps.repos.elections.districts(electionId),
    deps.repos.elections.pollingAreas(electionId),
  ]);
  const byId = new Map(districts.map((d) => [d.id, d]));
  const existing = new Set(
    areas.map(
      (a) => `${foldVietnamese(byId.get(a.districtId)?.name ?? '')}|${foldVietnamese(a.name)}`,
    ),
  );
  const plan = planPollingImport(table, scopeUnits, existing);
  const total = Math.max(0, table.filter((r) => r.some((c) => c.trim())).length - 1);
  const report = (
    applied: boolean,
    created = { districts: 0, pollingAreas: 0 },
  ): PollingImportReport => ({
    total,
    valid: plan.areas.length,
    applied,
    created,
    issues: plan.issues,
  });
  if (plan.issues.length > 0 || dryRun) return report(false);
  const created = { districts: 0, pollingAreas: 0 };
  await deps.uow.transaction(async (repos) => {
    const byName = new Map(districts.map((d) => [foldVietnamese(d.name), d.id]));
    const groups = new Map<string, typeof plan.areas>();
    for (const a of plan.areas) {
      const key = foldVietnamese(a.districtName);
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    for (const [key, rows] of groups) {
      let districtId = byName.get(key);
      if (!districtId) {
        const path = commonPath(rows.map((r) => r.commune.path));
        const unit = scopeUnits.find((u) => u.path === path) ?? rows[0]?.commune;
        if (!unit) throw invalid('district', 'Không xác định được đơn vị của đơn vị bầu cử.');
        districtId = deps.ids.newId();
        await repos.elections.insertDistrict({
          id: districtId,
          electionId,
          unitId: unit.id,
          unitPath: unit.path,
          name: cleanText(rows[0]?.districtName ?? ''),
          seats: rows[0]?.seats ?? 1,
        });
        byName.set(key, districtId);
        created.districts += 1;
      }
      for (const r of rows) {
        await repos.elections.insertPollingArea({
          id: deps.ids.newId(),
          electionId,
          districtId,
          unitId: r.commune.id,
          unitPath: r.commune.path,
          name: cleanText(r.name),
          address: cleanText(r.address),
          voterCount: r.voterCount,
          villageIds: r.villages.map((v) => v.id),
        });
        created.pollingAreas += 1;
      }
    }
    await recordChange(repos, deps, actor, {
      unitId: election.unitId,
      entity: 'election',
      entityId: electionId,
      action: 'import_polling_areas',
      changes: created,
    });
  });
  deps.changes.publish({ kind: 'election', electionId });
  return report(true, created);
}
