import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  formatViewState,
  parseViewState,
  type ViewProblem,
  type ViewState,
} from '../../components/view-state';
import { useMe } from '../auth/session';
import { lastTwelveWeeks, today, weekKey, weekRange } from '../../../contracts/weeks';
import type { Range } from './progress.api';

/** The last 12 weeks, this one included. */
export const defaultRange = (): Range => lastTwelveWeeks();

export interface View {
  /** The unit looked at: the one in the address, else the user's own. */
  unitId: string;
  /** The period: from/to in the address, else its week, else the last 12 weeks. */
  range: Range;
  /** Whether the address names a period (lists show everything when it does not). */
  hasRange: boolean;
  /** The week: the one in the address, else the week of the period's end, else this week. */
  week: string;
  problems: ViewProblem[];
  /** Another unit, or none for the user's own. */
  setUnit: (unitId?: string) => void;
  setRange: (range: Range) => void;
  /** Drops the period (and week) from the address. */
  clearRange: () => void;
  setWeek: (week: string) => void;
}

/** The unit, period and week an address names, with `ownUnitId` when it names no unit. */
export function viewFrom(
  params: URLSearchParams,
  ownUnitId: string,
): Pick<View, 'unitId' | 'range' | 'hasRange' | 'week' | 'problems'> {
  const { state, problems } = parseViewState(params);
  const named = state.from && state.to ? { from: state.from, to: state.to } : null;
  const ofWeek = state.week ? weekRange(state.week) : null;
  return {
    unitId: state.unitId ?? ownUnitId,
    range: named ?? ofWeek ?? defaultRange(),
    hasRange: Boolean(named ?? ofWeek),
    week: state.week ?? weekKey(named?.to ?? today()),
    problems,
  };
}

/** The unit and period shared by the supervision pages, read from and written to the address. */
export function useView(): View {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewFrom(params, me.unit.id), [params, me.unit.id]);
  const update = (patch: Partial<ViewState>) =>
    setParams((p) => formatViewState({ ...parseViewState(p).state, ...patch }, p));
  return {
    ...view,
    setUnit: (unitId) => update({ unitId }),
    setRange: (r) => update({ from: r.from, to: r.to }),
    clearRange: () => update({ from: undefined, to: undefined, week: undefined }),
    setWeek: (week) => update({ week }),
  };
}
