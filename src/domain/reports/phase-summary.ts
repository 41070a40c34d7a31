import { FINAL_REPORT_NAME, phaseReportKey } from './phase-key';
import { authorize, type Actor } from '../accounts/access';
import type { FigureRow } from '../activities/activities.port';
import { unitFigures } from '../activities/unit-figures';
import type { Deps, Reads } from '../deps';
import { unitCompliance, type UnitCompliance } from '../obligations/unit-compliance';
import { isIssued, ISSUED_PLAN_STATUSES, type Channel, type Plan } from '../plans/plan';
import { claimSummary, type ClaimSummary } from '../claims/claim-counts';
import { DomainError, invalid } from '../shared/domain-error';
import { foldVietnamese } from '../shared/text';
import { getUnit } from '../units/get-unit';
import { PLAN_LIST_LIMIT } from '../plans/find-plans';
import { ancestorIds, isWithin, type Unit } from '../units/unit';
import { groupFigures } from '../groups/group-work';

export interface PhaseSummary {
  unit: Unit;
  kind: 'phase' | 'final';
  /** "Đợt 1", or null for a final report over the whole period. */
  phaseName: string | null;
  plan: Pick<Plan, 'id' | 'title' | 'number' | 'bodyCode'> | null;
  from: string;
  to: string;
  figures: FigureRow[];
  byChild: Array<{ unitId: string; unitName: string; rows: FigureRow[] }>;
  compliance: UnitCompliance;
  /** Results written in the subtree's submitted reports of the range, newest first. */
  highlights: Array<{ unitName: string; periodKey: string; text: string }>;
  /** Claims first seen in the range in the subtree, by verdict (tin, bài phản bác). */
  claims: ClaimSummary;
  /** The unit's own sơ kết of this phase (or its tổng kết), once issued as a document. */
  issued: { reportId: string; number: number; issuedOn: string } | null;
  /** Activities recorded per ISO week and channel in the subtree (empty for a working group). */
  byWeek: Array<{ weekStart: string; channel: Channel; entries: number }>;
}

/** The plan whose phase (or whole period) a summary covers: the unit's own first, then its subtree, then above. */
async function findPlanFor(
  deps: Reads<'plans' | 'units'>,
  unit: Unit,
  phase: string | null,
  planId: string | null,
): Promise<Plan | null> {
  if (planId) return chosenPlan(deps, unit, planId, phase);
  // Asked for in the order they are tried, each among issued plans only: one list of the 200
  // newest of every status would lose a unit's own plan behind its drafts or its subtree's plans.
  const issued = [...ISSUED_PLAN_STATUSES];
  const above = ancestorIds(unit.path);
  const lists = await Promise.all([
    deps.repos.plans.find({
      withinPath: unit.path,
      ancestorIds: [],
      unitIds: [unit.id],
      statuses: issued,
      limit: PLAN_LIST_LIMIT,
    }),
    deps.repos.plans.find({
      withinPath: unit.path,
      ancestorIds: [],
      statuses: issued,
      limit: PLAN_LIST_LIMIT,
    }),
    above.length > 0
      ? deps.repos.plans.find({
          withinPath: unit.path,
          ancestorIds: above,
          unitIds: above,
          statuses: issued,
          limit: PLAN_LIST_LIMIT,
        })
      : { items: [], total: 0 },
  ]);
  // The unit's own, then its subtree's, then above: the listed phases and period are enough to
  // choose, so only the chosen plan is read whole.
  const first = lists.flatMap((l) => l.items).find((p) => covers(p, phase));
  return first ? deps.repos.plans.get(first.id) : null;
}

/** Whether a plan has the phase asked for, or (for a final report) a whole period. */
const covers = (
  plan: Pick<Plan, 'phases' | 'periodFrom' | 'periodTo'>,
  phase: string | null,
): boolean =>
  phase === null
    ? Boolean(plan.periodFrom && plan.periodTo)
    : plan.phases.some((ph) => foldVietnamese(ph.name) === foldVietnamese(phase));

/**
 * The plan a phase was chosen from ("Đợt 1" of 2021, not of 2022), read by its id however many
 * plans the unit sees: issued, and of the unit's subtree or of a unit above it.
 */
async function chosenPlan(
  deps: Reads<'plans' | 'units'>,
  unit: Unit,
  planId: string,
  phase: string | null,
): Promise<Plan | null> {
  const plan = await deps.repos.plans.get(planId);
  if (!plan || !isIssued(plan.status)) return null;
  const owner = await deps.repos.units.get(plan.unitId);
  const seen = owner && (isWithin(owner.path, unit.path) || isWithin(unit.path, owner.path));
  return seen && covers(plan, phase) ? plan : null;
}

/** The repositories a phase summary reads its figures from. */
export type PhaseSummaryRepos =
  'units' | 'plans' | 'reports' | 'activities' | 'obligations' | 'claims' | 'tasks' | 'groups';

/**
 * A phase summary (sơ kết) or final report (tổng kết) of a unit over its subtree (for a working
 * group, over what its members did for its plans: `groupFigures`): figures by
 * channel and category and by child, compliance, highlights from narratives. The range is a
 * phase of a plan (by name), the plan's whole period (final), or given dates. Throws validation
 * when no plan has that phase and no dates are given.
 */
export async function phaseSummary(
  deps: Reads<PhaseSummaryRepos> & Pick<Deps, 'clock'>,
  actor: Actor,
  input: {
    unitId: string;
    phase?: string | null;
    /** The plan whose phase is meant, when plans of several years share its name. */
    planId?: string | null;
    final?: boolean;
    from?: string;
    to?: string;
  },
): Promise<PhaseSummary> {
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  const phaseName = input.final ? null : (input.phase ?? null);
  let from = input.from;
  let to = input.to;
  let plan: Plan | null = null;
  if (!from || !to) {
    plan = await findPlanFor(deps, unit, phaseName, input.planId ?? null);
    const phase = plan?.phases.find(
      (p) => phaseName !== null && foldVietnamese(p.name) === foldVietnamese(phaseName),
    );
    from = phase?.from ?? plan?.periodFrom ?? undefined;
    to = phase?.to ?? plan?.periodTo ?? undefined;
  }
  if (!from || !to) {
    throw new DomainError(
      'validation',
      phaseName
        ? `Không có kế hoạch nào có "${phaseName}" cho ${unit.name}; hãy chọn khoảng thời gian.`
        : 'Hãy chọn khoảng thời gian.',
      {
        issues: [
          { path: phaseName ? 'phase' : 'from', message: 'Chưa xác định được khoảng thời gian.' },
        ],
      },
    );
  }
  if (to < from) throw invalid('to', 'Ngày kết thúc trước ngày bắt đầu.');
  const range = { unitId: unit.id, from, to };
  const [figures, compliance, narratives, claims, own, byWeek] = await Promise.all([
    // A working group's figures are what its members did for its plans, not its own subtree's.
    unit.kind === 'group'
      ? groupFigures(deps, unit, from, to).then((g) => ({
          rows: g.rows,
          byChild: g.byMember.map((m) => ({
            unitId: m.unitId,
            unitName: m.unitName,
            rows: m.rows,
          })),
        }))
      : unitFigures(deps, actor, range),
    unitCompliance(deps, actor, range),
    deps.repos.reports.narratives({ withinPath: unit.path, from, to, limit: 20 }),
    claimSummary(deps, { withinPath: unit.path, from, to }),
    input.final
      ? deps.repos.reports.findFor([unit.id], 'final', [
          phaseReportKey(FINAL_REPORT_NAME, from, to),
        ])
      : phaseName
        ? deps.repos.reports.findFor([unit.id], 'phase', [phaseReportKey(phaseName, from, to)])
        : Promise.resolve([]),
    unit.kind === 'group'
      ? Promise.resolve([])
      : deps.repos.activities.entriesByWeek({ withinPath: unit.path, from, to }),
  ]);
  const issuedRow = own.find((r) => r.number !== null && r.issuedOn !== null);
  const names = new Map(
    (await deps.repos.units.getMany([...new Set(narratives.map((n) => n.unitId))])).map((u) => [
      u.id,
      u.name,
    ]),
  );
  return {
    unit,
    kind: input.final ? 'final' : 'phase',
    phaseName,
    plan: plan
      ? { id: plan.id, title: plan.title, number: plan.number, bodyCode: plan.bodyCode }
      : null,
    from,
    to,
    figures: figures.rows,
    byChild: figures.byChild,
    compliance,
    highlights: narratives.map((n) => ({
      unitName: names.get(n.unitId) ?? '',
      periodKey: n.periodKey,
      text: n.results,
    })),
    claims,
    issued:
      issuedRow?.number != null && issuedRow.issuedOn
        ? { reportId: issuedRow.id, number: issuedRow.number, issuedOn: issuedRow.issuedOn }
        : null,
    byWeek,
  };
}
