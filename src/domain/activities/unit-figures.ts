import { authorize, type Actor } from '../accounts/access';
import type { Reads } from '../deps';
import { invalid } from '../shared/domain-error';
import { getUnit } from '../units/get-unit';
import type { Unit } from '../units/unit';
import type { FigureRow } from './activities.port';
import { channelSetKey, sumApprox } from './figures';

export interface UnitFigures {
  unit: Unit;
  from: string;
  to: string;
  rows: FigureRow[];
  byChild: Array<{ unitId: string; unitName: string; rows: FigureRow[] }>;
}

export function checkRange(from: string, to: string): void {
  if (to < from) throw invalid('to', 'Ngày kết thúc trước ngày bắt đầu.');
}

/**
 * Quantities by channel and category over a unit's subtree in a date range, and the same per
 * child unit; the one source every dashboard, report and export reads its figures from.
 */
export async function unitFigures(
  deps: Reads<'units' | 'activities'>,
  actor: Actor,
  input: { unitId: string; from: string; to: string },
): Promise<UnitFigures> {
  checkRange(input.from, input.to);
  const unit = await getUnit(deps, actor, input.unitId);
  authorize(actor, 'work.read', unit.path);
  // One scan: the totals are the sum of the per-child rows, so they can never disagree.
  const perChild = await deps.repos.activities.figuresByChild({
    path: unit.path,
    depth: unit.depth,
    from: input.from,
    to: input.to,
  });
  const rows = sumRows(perChild);
  const childIds = [...new Set(perChild.map((r) => r.childId).filter(Boolean))];
  const names = new Map((await deps.repos.units.getMany(childIds)).map((u) => [u.id, u.name]));
  const groups = new Map<string, FigureRow[]>();
  for (const { childId, ...row } of perChild) {
    const key = childId || unit.id;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return {
    unit,
    from: input.from,
    to: input.to,
    rows,
    byChild: [...groups.entries()]
      .map(([unitId, r]) => ({
        unitId,
        unitName: unitId === unit.id ? `${unit.name} (trực tiếp)` : (names.get(unitId) ?? ''),
        rows: r,
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'vi')),
  };
}

/**
 * Adds up figure rows of the same channel set, outlet, category and measure unit (approximate
 * when any part is), ordered by channel, category, then the outlet after the rest.
 */
export function sumRows(rows: FigureRow[]): FigureRow[] {
  const acc = new Map<string, FigureRow>();
  for (const r of rows) {
    const key = `${channelSetKey(r.channels)}|${r.outlet ?? ''}|${r.categoryCode}|${r.measureUnit}`;
    const prev = acc.get(key);
    acc.set(
      key,
      prev
        ? {
            ...prev,
            quantity: prev.quantity + r.quantity,
            entries: prev.entries + r.entries,
            approx: sumApprox(prev.approx, r.approx),
          }
        : {
            channel: r.channel,
            channels: r.channels,
            outlet: r.outlet,
            approx: r.approx,
            categoryCode: r.categoryCode,
            categoryName: r.categoryName,
            measureUnit: r.measureUnit,
            quantity: r.quantity,
            entries: r.entries,
          },
    );
  }
  return [...acc.values()].sort(
    (a, b) =>
      a.channel.localeCompare(b.channel) ||
      a.channels.length - b.channels.length ||
      a.categoryCode.localeCompare(b.categoryCode) ||
      (a.outlet ?? '').localeCompare(b.outlet ?? '', 'vi'),
  );
}

/**
 * A figure row as stored before figures carried their channel set, outlet and qualifier (the
 * snapshot in a submitted report): read as one exact figure on its one channel.
 */
export function withStatedDefaults(
  r: Omit<FigureRow, 'channels' | 'outlet' | 'approx'> & Partial<FigureRow>,
): FigureRow {
  return {
    ...r,
    channels: r.channels?.length ? r.channels : [r.channel],
    outlet: r.outlet ?? null,
    approx: r.approx ?? null,
  };
}
