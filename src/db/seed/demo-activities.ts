import type { Activity } from '../../domain/activities/activity';
import type { Deps } from '../../domain/deps';
import type { Channel } from '../../domain/plans/plan';
import { addDays } from '../../domain/shared/calendar';
import { submitReport } from '../../domain/reports/submit-report';
import { actorOf, unitId, type DemoIds } from './demo-actors';
import { seedHalongPhase1Figures } from './demo-halong-figures';

/** Splits a total over `weeks` weekly entries starting at `from`, so the sum is exactly the total. */
function spread(
  total: number,
  from: string,
  weeks: number,
): Array<{ day: string; quantity: number }> {
  const out: Array<{ day: string; quantity: number }> = [];
  for (let i = 0; i < weeks; i++) {
    const quantity = Math.floor((total * (i + 1)) / weeks) - Math.floor((total * i) / weeks);
    if (quantity > 0) out.push({ day: addDays(from, i * 7 + (i % 3)), quantity });
  }
  return out;
}

interface Line {
  unit: string;
  channel: Channel;
  category: string;
  measure: string;
  total: number;
  title: string;
}

/** Phường Cẩm Bình, 2022: posts and meetings (its loudspeaker plays: demo-cambinh-broadcasts.ts). Sample figures. */
const CAMBINH_2022: Line[] = [
  {
    unit: 'cambinh-vhxh',
    channel: 'web_portal',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 14,
    title: 'Tin, bài về bầu cử Trưởng khu phố trên Cổng thông tin điện tử phường (dữ liệu mẫu)',
  },
  {
    unit: 'cambinh-mttq',
    channel: 'meeting',
    category: 'hoi_nghi',
    measure: 'buổi',
    total: 8,
    title: 'Tuyên truyền trong sinh hoạt khu phố (dữ liệu mẫu)',
  },
];

function lineActivities(
  deps: Pick<Deps, 'ids' | 'clock'>,
  units: DemoIds,
  line: Line,
  from: string,
  weeks: number,
  by: string,
): Activity[] {
  const unit = units.get(line.unit);
  if (!unit) throw new Error(`demo unit ${line.unit} missing`);
  return spread(line.total, from, weeks).map(({ day, quantity }) => ({
    id: deps.ids.newId(),
    unitId: unit.id,
    unitPath: unit.path,
    occurredOn: day,
    channel: line.channel,
    categoryCode: line.category,
    quantity,
    measureUnit: line.measure,
    title: line.title,
    link: null,
    taskId: null,
    source: 'manual',
    externalRef: null,
    createdBy: by,
    createdAt: deps.clock.now(),
  }));
}

async function insertAndCount(deps: Pick<Deps, 'uow' | 'ids'>, items: Activity[]): Promise<void> {
  const batchId = deps.ids.newId();
  await deps.uow.transaction(async (repos) => {
    await repos.activities.insertMany(items.map((i) => ({ ...i, batchId })));
    await repos.obligations.applyBatch(batchId);
  });
}

export async function seedDemoActivities(
  deps: Omit<Deps, 'mailer'>,
  units: DemoIds,
): Promise<void> {
  const full = { ...deps, mailer: null };
  // Hạ Long's plan 03/KH-TBTT is the Tiểu ban's, issued in demo-halong.ts before these figures.
  // The sơ kết's figures as it states them, in their own file (one activity each, no invented weeks).
  await seedHalongPhase1Figures(deps, units);

  const cambinh = await actorOf(deps, 'cambinh');
  await insertAndCount(
    deps,
    CAMBINH_2022.flatMap((l) => lineActivities(deps, units, l, '2022-04-04', 9, cambinh.userId)),
  );
  const narrative = (results: string) => ({ results, difficulties: '', proposals: '' });
  await submitReport(full, cambinh, {
    unitId: unitId(units, 'cambinh'),
    kind: 'weekly',
    periodKey: '2022-W14',
    narrative: narrative(
      'Phát file ghi âm trên hệ thống loa của phường; đăng tin trên Cổng thông tin điện tử phường.',
    ),
    submit: true,
  });
  await submitReport(full, cambinh, {
    unitId: unitId(units, 'cambinh'),
    kind: 'weekly',
    periodKey: '2022-W15',
    narrative: narrative('Duy trì phát thanh hằng tuần; các khu phố tuyên truyền trong sinh hoạt.'),
    submit: true,
  });
}
