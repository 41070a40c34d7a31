import type { ActivityListItem } from '../../domain/activities/activities.port';
import type { Activity } from '../../domain/activities/activity';
import type { UnitFigures } from '../../domain/activities/unit-figures';
import type { UnitCompliance } from '../../domain/obligations/unit-compliance';
import type {
  ActivityResponse,
  ComplianceResponse,
  FiguresResponse,
} from '../../contracts/activities.contract';

export const toActivityResponse = (a: Activity | ActivityListItem): ActivityResponse => ({
  id: a.id,
  unitId: a.unitId,
  ...('unitName' in a
    ? { unitName: a.unitName, categoryName: a.categoryName, areaName: a.areaName }
    : {}),
  areaUnitId: a.areaUnitId ?? null,
  occurredOn: a.occurredOn,
  channel: a.channel,
  channels: [a.channel, ...(a.extraChannels ?? [])],
  outlet: a.outlet ?? null,
  approx: a.approx ?? null,
  categoryCode: a.categoryCode,
  quantity: a.quantity,
  measureUnit: a.measureUnit,
  title: a.title,
  link: a.link,
  taskId: a.taskId,
  source: a.source,
  hasPhoto: !!a.photoKey,
  createdAt: a.createdAt.toISOString(),
});

export const toFiguresResponse = (f: UnitFigures): FiguresResponse => ({
  unitId: f.unit.id,
  unitName: f.unit.name,
  from: f.from,
  to: f.to,
  rows: f.rows,
  children: f.byChild.map((c) => ({ unitId: c.unitId, unitName: c.unitName, rows: c.rows })),
});

export const toComplianceResponse = (c: UnitCompliance): ComplianceResponse => ({
  unitId: c.unit.id,
  unitName: c.unit.name,
  due: c.due,
  met: c.met,
  rate: c.rate,
  onTime: c.onTime,
  late: c.late,
  inWindow: c.inWindow,
  overdue: c.overdue,
  children: c.children,
});
