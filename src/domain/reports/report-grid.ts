import { weekLabel as labelOfWeek } from '../shared/week-label';
import { authorize, type Actor } from '../accounts/access';
import type { Deps, Reads, Writes } from '../deps';
import type { Reporter } from '../groups/groups.port';
import { notifyUnits } from '../notifications/notify';
import { civilDate } from '../shared/dates';
import { invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { Unit, UnitKind } from '../units/unit';
import { enteredLater, punctuality, REPORTING_KINDS, type Punctuality } from './report';
import { recentWeeks, weekLabel, weekOfKey, weekRange } from './report-week';

/** A cell's state: `not_required` for a week before the unit existed or outside its duty. */
export type GridState = Punctuality | 'not_required';

export interface ReportGrid {
  weeks: Array<{ key: string; from: string; to: string; dueOn: string; label: string }>;
  rows: Array<{
    unitId: string;
    unitName: string;
    unitKind: UnitKind;
    /** Levels below the viewer: 1 for a child, 2 for a grandchild… */
    level: number;
    /** The group or unit the duty is owed to, when it is not the unit's parent. */
    ownerName: string | null;
    cells: Array<{
      week: string;
      state: GridState;
      reportId: string | null;
      /** Entered after the fact ('nhập sau'). */
      enteredLater: boolean;
    }>;
  }>;
  /** True when more units must report than the grid shows (narrow it with the filters). */
  truncated: boolean;
}

export interface ReportGridInput {
  unitId: string;
  endDay?: string;
  count: number;
  fromWeek?: string;
  toWeek?: string;
  kind?: UnitKind;
  status?: GridState;
}

const LIMIT = 1000;

/** Merges a unit's duties (implicit and explicit) into one row with its windows. */
function mergeReporters(list: Reporter[]): Array<{ unit: Unit; windows: Reporter[] }> {
  const byUnit = new Map<string, { unit: Unit; windows: Reporter[] }>();
  for (const r of list) {
    const row = byUnit.get(r.unit.id) ?? { unit: r.unit, windows: [] };
    row.windows.push(r);
    byUnit.set(r.unit.id, row);
  }
  return [...byUnit.values()].sort(
    (a, b) => a.unit.depth - b.unit.depth || a.unit.name.localeCompare(b.unit.name, 'vi'),
  );
}

const owes = (unit: Unit, windows: Reporter[], week: { from: string; to: string }): boolean =>
  civilDate(unit.createdAt) <= week.to &&
  windows.some(
    (w) => (w.fromOn === null || w.fromOn <= week.to) && (w.toOn === null || w.toOn >= week.from),
  );

/**
 * Every unit that must report weekly to the viewer's unit or below it, at any depth (the
 * administrative units under it and every unit with an explicit duty: a group's members, a plan's
 * assignees) × the chosen weeks: on time, late, missing, not yet due, or not required (before
 * the unit existed or outside its duty). Filters by kind and by a state some week has.
 * Throws validation for a bad week range, not_found out of scope.
 */
export async function reportGrid(
  deps: Reads<'units' | 'duties' | 'reports'> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: ReportGridInput,
): Promise<ReportGrid> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  const today = civilDate(deps.clock.now());
  const keys =
    input.fromWeek || input.toWeek
      ? weekRange(input.fromWeek ?? input.toWeek ?? '', input.toWeek ?? input.fromWeek ?? '', 26)
      : recentWeeks(input.endDay ?? today, input.count);
  if (keys.length === 0) throw invalid('toWeek', 'Khoảng tuần không hợp lệ (dạng 2022-W14).');
  const weeks = keys.flatMap((k) => weekOfKey(k) ?? []).map((w) => ({ ...w, label: weekLabel(w) }));
  const found = await deps.repos.duties.reporters({
    path: unit.path,
    ownerId: unit.id,
    implicitKinds: [...REPORTING_KINDS],
    ...(input.kind ? { kind: input.kind } : {}),
    limit: LIMIT,
  });
  const reporters = mergeReporters(found);
  const reports = await deps.repos.reports.findFor(
    reporters.map((r) => r.unit.id),
    'weekly',
    weeks.map((w) => w.key),
  );
  const byKey = new Map(reports.map((r) => [`${r.unitId}|${r.periodKey}`, r]));
  const owners = new Map(
    (await deps.repos.units.getMany([...new Set(found.flatMap((r) => r.ownerId ?? []))])).map(
      (u) => [u.id, u.name],
    ),
  );
  const rows = reporters.map(({ unit: u, windows }) => {
    const ownerId = windows.find((w) => w.ownerId && w.ownerId !== u.parentId)?.ownerId;
    return {
      unitId: u.id,
      unitName: u.name,
      unitKind: u.kind,
      level: u.depth - unit.depth,
      ownerName: ownerId ? (owners.get(ownerId) ?? null) : null,
      cells: weeks.map((w) => {
        const r = byKey.get(`${u.id}|${w.key}`) ?? null;
        const state: GridState = owes(u, windows, w)
          ? punctuality(r, w.dueOn, today, r?.submittedOn ?? null)
          : 'not_required';
        return {
          week: w.key,
          state,
          reportId: r?.id ?? null,
          enteredLater: r ? enteredLater(r.submittedOn, r.submittedAt) : false,
        };
      }),
    };
  });
  return {
    weeks,
    rows: input.status ? rows.filter((r) => r.cells.some((c) => c.state === input.status)) : rows,
    truncated: found.length >= LIMIT,
  };
}

/**
 * Reminds the given units (of the actor's subtree, or members of the actor's group) that a week's
 * report is due or late. Throws not_found, and forbidden for a role that may not write: a reminder
 * notifies people, so a read-only viewer may not send one (the web app offers it to writers only).
 */
export async function remindReports(
  deps: Writes<'units' | 'groups' | 'notifications' | 'outbox'> &
    Pick<Deps, 'clock' | 'ids'> &
    Partial<Pick<Deps, 'mailer'>>,
  actor: Actor,
  input: { unitIds: string[]; week: string },
): Promise<number> {
  const week = weekOfKey(input.week);
  const units = await Promise.all(
    input.unitIds.map(async (id) => {
      const u = await deps.repos.units.get(id);
      const groups = u && week ? await deps.repos.groups.groupsOf(u.id, week.from, week.to) : [];
      if (!u) return getUnit(deps, actor, id);
      authorize(actor, 'work.read', u.path, groups);
      return u;
    }),
  );
  authorize(actor, 'work.write');
  // A report due is a line of the unit's "Việc cần làm": the reminder reaches its mailbox too.
  await deps.uow.transaction(async (repos) =>
    notifyUnits(repos, deps, {
      unitIds: units.map((u) => u.id),
      kind: 'reminder',
      title: `Nhắc nộp báo cáo ${labelOfWeek(input.week).toLowerCase()}`,
      body: `${actor.displayName} nhắc đơn vị gửi báo cáo tiến độ tuyên truyền ${labelOfWeek(input.week).toLowerCase()}.`,
      link: `/app/reports?week=${input.week}`,
    }),
  );
  return units.length;
}
