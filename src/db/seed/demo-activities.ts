import type { Activity } from '../../domain/activities/activity';
import type { Deps } from '../../domain/deps';
import { createPlan } from '../../domain/plans/create-plan';
import { issuePlan } from '../../domain/plans/issue-plan';
import { submitPlan } from '../../domain/plans/plan-transitions';
import type { Channel } from '../../domain/plans/plan';
import { submitReport } from '../../domain/reports/submit-report';
import { actorOf, unitId, type DemoIds } from './demo-actors';

const DAY = 86_400_000;
const addDays = (iso: string, n: number): string =>
  new Date(new Date(`${iso}T00:00:00Z`).getTime() + n * DAY).toISOString().slice(0, 10);

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

/**
 * TP Hạ Long's phase 1 of the 2021 election outreach, as the seed's sơ kết counts it: over 170
 * social-media items and over 60 rebuttals (Tiểu ban tuyên truyền), 51 portal items, 84 radio and
 * television items and 53 items on the fanpage "Truyền hình Hạ Long" (the media centre).
 */
const HALONG_PHASE1: Line[] = [
  {
    unit: 'halong-tbtt',
    channel: 'social_media',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 172,
    title: 'Đăng tải, chia sẻ tin, bài về Cuộc bầu cử trên mạng xã hội',
  },
  {
    unit: 'halong-tbtt',
    channel: 'social_media',
    category: 'phan_bac',
    measure: 'tin/bài',
    total: 63,
    title: 'Chia sẻ tin, bài phản bác luận điệu sai trái về Cuộc bầu cử',
  },
  {
    unit: 'halong-ttvh',
    channel: 'web_portal',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 51,
    title: 'Tin, bài trên Cổng thông tin điện tử Thành phố',
  },
  {
    unit: 'halong-ttvh',
    channel: 'radio',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 40,
    title: 'Tin, bài phát thanh về bầu cử',
  },
  {
    unit: 'halong-ttvh',
    channel: 'television',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 30,
    title: 'Tin, bài truyền hình về bầu cử',
  },
  {
    unit: 'halong-ttvh',
    channel: 'television',
    category: 'phong_su',
    measure: 'phóng sự',
    total: 14,
    title: 'Phóng sự truyền hình về bầu cử',
  },
  {
    unit: 'halong-ttvh',
    channel: 'social_media',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 53,
    title: 'Tin, bài trên fanpage “Truyền hình Hạ Long”',
  },
];

/** Phường Cẩm Bình, 2022: posts and meetings (its loudspeaker plays: demo-cambinh-broadcasts.ts). Sample figures. */
const CAMBINH_2022: Line[] = [
  {
    unit: 'cambinh-vhxh',
    channel: 'web_portal',
    category: 'tin_bai',
    measure: 'tin/bài',
    total: 14,
    title: 'Tin, bài về bầu cử Trưởng khu phố trên Cổng thông tin điện tử phường',
  },
  {
    unit: 'cambinh-mttq',
    channel: 'meeting',
    category: 'hoi_nghi',
    measure: 'buổi',
    total: 8,
    title: 'Tuyên truyền trong sinh hoạt khu phố',
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
  const halong = await actorOf(deps, 'halong');
  const admin = await actorOf(deps, 'admin');
  const plan = await createPlan(full, halong, {
    unitId: unitId(units, 'halong-tbtt'),
    content: {
      title:
        'Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026 (dữ liệu mẫu)',
      bodyCode: 'TBTT',
      periodFrom: '2021-01-18',
      periodTo: '2021-05-30',
      channels: ['social_media', 'web_portal', 'radio', 'television'],
      phases: [
        { name: 'Đợt 1', from: '2021-01-18', to: '2021-03-25', peak: false },
        { name: 'Đợt 2', from: '2021-03-26', to: '2021-05-30', peak: true },
      ],
      assignments: [
        {
          unitId: unitId(units, 'halong-ttvh'),
          unitName: 'Trung tâm Truyền thông và Văn hóa thành phố',
          tasks: [
            {
              text: 'Đăng tải tin, bài về Cuộc bầu cử trên Cổng thông tin điện tử Thành phố.',
              channel: 'web_portal',
              frequencyText: 'tối thiểu 03 tin, bài/tuần',
              recurrence: { count: 3, per: 'week' },
              deadline: null,
              target: null,
            },
          ],
        },
      ],
      signer: {
        authority: 'TM. TIỂU BAN',
        position: 'TRƯỞNG TIỂU BAN',
        name: 'Trưởng Tiểu ban (dữ liệu mẫu)',
      },
    },
  });
  await submitPlan(full, halong, plan.id);
  await issuePlan(full, admin, plan.id, { number: 3, issuedOn: '2021-01-18' });
  await insertAndCount(
    deps,
    HALONG_PHASE1.flatMap((l) => lineActivities(deps, units, l, '2021-01-18', 10, halong.userId)),
  );

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
