import { weekRange } from '../../contracts/weeks';

/**
 * The unit and period a supervisor is looking at, kept in the address (`?unit=&from=&to=&week=`)
 * so that every page of the workspace shows the same slice and a copied link reproduces it.
 */
export interface ViewState {
  unitId?: string;
  from?: string;
  to?: string;
  week?: string;
}

/** A parameter that could not be read, kept as typed so the page can name it. */
export interface ViewProblem {
  field: 'unit' | 'from' | 'to' | 'week' | 'range';
  value: string;
}

/** The search parameters that make up the view; every other parameter belongs to its page. */
export const VIEW_KEYS = ['unit', 'from', 'to', 'week'] as const;

/** The pages that read the view: the menu carries it to them and to no other. */
export const VIEW_PAGES = [
  '/dashboard',
  '/obligations',
  '/tasks',
  '/activities',
  '/reports',
  '/reports/summary',
] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a civil date that exists (2022-02-30 does not). */
export function isCivilDate(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Whether a string is an ISO week key that exists ("2022-W20"; 2021 has no week 53). */
export const isWeekKey = (s: string): boolean => weekRange(s) !== null;

/** Reads the view from search parameters; what cannot be read is left out and named. */
export function parseViewState(params: URLSearchParams): {
  state: ViewState;
  problems: ViewProblem[];
} {
  const state: ViewState = {};
  const problems: ViewProblem[] = [];
  const unit = params.get('unit');
  if (unit !== null) {
    if (UUID.test(unit)) state.unitId = unit.toLowerCase();
    else problems.push({ field: 'unit', value: unit });
  }
  const from = params.get('from');
  const to = params.get('to');
  const fromOk = from !== null && isCivilDate(from);
  const toOk = to !== null && isCivilDate(to);
  if (from !== null && !fromOk) problems.push({ field: 'from', value: from });
  if (to !== null && !toOk) problems.push({ field: 'to', value: to });
  if (fromOk && toOk) {
    if (from <= to) Object.assign(state, { from, to });
    else problems.push({ field: 'range', value: `${from}…${to}` });
  }
  const week = params.get('week');
  if (week !== null) {
    if (isWeekKey(week)) state.week = week;
    else problems.push({ field: 'week', value: week });
  }
  return { state, problems };
}

/** Writes a view into search parameters, replacing the view's own keys and keeping the others. */
export function formatViewState(
  state: ViewState,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of VIEW_KEYS) next.delete(key);
  if (state.unitId) next.set('unit', state.unitId);
  if (state.from && state.to) {
    next.set('from', state.from);
    next.set('to', state.to);
  }
  if (state.week) next.set('week', state.week);
  return next;
}

/** A menu target with the current view attached when the page reads it, e.g. `/tasks?unit=…`. */
export function carryView(path: string, params: URLSearchParams): string {
  if (!(VIEW_PAGES as readonly string[]).includes(path)) return path;
  const query = formatViewState(parseViewState(params).state).toString();
  return query ? `${path}?${query}` : path;
}

/** Whether a dated thing (a task's period or deadline) touches a range; undated things always do. */
export function overlaps(
  thing: { from: string | null; to: string | null },
  range: { from: string; to: string },
): boolean {
  const start = thing.from ?? thing.to;
  const end = thing.to ?? thing.from;
  if (!start || !end) return true;
  return start.slice(0, 10) <= range.to && end.slice(0, 10) >= range.from;
}
