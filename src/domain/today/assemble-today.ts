import { onceStatus, periodStatus } from '../obligations/task-period';
import { planNumberText } from '../plans/plan';
import type {
  LineStatus,
  PendingItem,
  TaskWindow,
  TodayFacts,
  TodayGroup,
  TodayGroupKey,
  TodayLine,
  TodayView,
} from './today';

const line = (l: Partial<TodayLine> & Pick<TodayLine, 'kind' | 'id' | 'title'>): TodayLine => ({
  unitName: '',
  date: '',
  status: 'waiting',
  detail: null,
  byName: null,
  approvers: [],
  link: '/app',
  ...l,
});

/** Đạt / Chưa đạt / Quá hạn, by the rule the compliance view applies to the window. */
export function taskLineStatus(w: TaskWindow, today: string): LineStatus {
  if (w.kind !== 'once') return periodStatus(w, today);
  const s = onceStatus(w, today);
  return s === 'done_on_time' || s === 'done_late' ? 'met' : s === 'open' ? 'pending' : 'missed';
}

const TASK_ORDER: Record<string, number> = { missed: 0, pending: 1, met: 2 };

const pendingLink = (p: PendingItem): string => {
  switch (p.kind) {
    case 'content':
      return `/app/content/${p.id}`;
    case 'plan':
      return `/app/plans/${p.id}`;
    case 'weekly_report':
      return `/app/reports/${p.id}`;
    case 'claim':
      return `/app/claims`;
    case 'phase_summary': {
      const q = new URLSearchParams({
        unit: p.summary?.unitId ?? '',
        mode: 'phase',
        phase: p.title,
        plan: p.summary?.planId ?? '',
      });
      return `/app/reports/summary?${q.toString()}`;
    }
  }
};

const pendingLine = (p: PendingItem): TodayLine =>
  line({
    kind: p.kind,
    id: p.id,
    title: p.title,
    unitName: p.unitName,
    date: p.since,
    detail: p.state,
    byName: p.byName,
    approvers: p.approvers,
    link: pendingLink(p),
  });

const byDate = (a: TodayLine, b: TodayLine) => a.date.localeCompare(b.date);

/**
 * Assembles the lines of "Việc cần làm" from what is waiting for the user on `today`: grouped in
 * a fixed order, each group sorted (the most pressing first) and counted; empty groups left out.
 */
export function assembleToday(
  facts: TodayFacts,
  today: string,
  week: { key: string; from: string; to: string },
): TodayView {
  const lines: Record<TodayGroupKey, TodayLine[]> = {
    reports: facts.reports
      .map((r) =>
        line({
          kind: 'report',
          id: r.week.key,
          title: r.week.key,
          unitName: r.unitName,
          date: r.week.dueOn,
          status: r.week.dueOn < today ? 'late' : r.week.dueOn === today ? 'due_today' : 'due',
          detail: r.status,
          link: `/app/reports?week=${r.week.key}`,
        }),
      )
      .sort(byDate),
    approvals: facts.toApprove.map(pendingLine).sort(byDate),
    documents: [
      ...facts.documents.map((d) =>
        line({
          kind: 'document',
          id: d.contentId,
          title: d.title,
          unitName: d.fromUnitName,
          date: d.distributedOn,
          link: `/app/content/${d.contentId}`,
        }),
      ),
      ...facts.plans.map((p) =>
        line({
          kind: 'issued_plan',
          id: p.planId,
          title: [planNumberText(p), p.title].filter(Boolean).join(': '),
          unitName: p.fromUnitName,
          date: p.issuedOn,
          link: `/app/plans/${p.planId}`,
        }),
      ),
    ].sort(byDate),
    tasks: facts.tasks
      .map((w) =>
        line({
          kind: 'task',
          id: `${w.taskId}:${w.from}`,
          title: w.title,
          unitName: w.unitName,
          date: w.to,
          status: taskLineStatus(w, today),
          detail: w.kind === 'once' ? null : `${Math.min(w.done, w.required)}/${w.required}`,
          link: `/app/obligations?unit=${w.unitId}`,
        }),
      )
      .sort((a, b) => (TASK_ORDER[a.status] ?? 3) - (TASK_ORDER[b.status] ?? 3) || byDate(a, b)),
    waiting: facts.waiting.map(pendingLine).sort(byDate),
    milestones: facts.milestones
      .map((m) =>
        line({
          kind: 'milestone',
          id: m.id,
          title: m.title,
          unitName: m.electionName,
          date: m.dueOn,
          status: 'soon',
          link: `/app/elections/${m.electionId}`,
        }),
      )
      .sort(byDate),
  };
  const groups: TodayGroup[] = (Object.keys(lines) as TodayGroupKey[])
    .map((key) => ({ key, count: lines[key].length, lines: lines[key] }))
    .filter((g) => g.count > 0);
  // Tasks already met are shown but do not count as something to do.
  const total = groups.reduce((n, g) => n + g.lines.filter((l) => l.status !== 'met').length, 0);
  return { today, week, total, groups };
}
