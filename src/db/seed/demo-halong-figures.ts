import { recordActivity, type RecordActivityInput } from '../../domain/activities/record-activity';
import type { Deps } from '../../domain/deps';
import { actorOf, unitId, type DemoIds } from './demo-actors';

/** The last day of Hạ Long's phase 1 in the demo; the sơ kết of 26/3/2021 gives totals, not days. */
export const HALONG_PHASE1_DAY = '2021-03-25';

// The document gives each figure as a phase total without a day: it is dated at the end of the
// phase, and the title says the day is sample data.
const SAMPLE_DAY = ' (ngày mẫu: sơ kết đợt 1 chỉ nêu tổng số)';

type Figure = Omit<RecordActivityInput, 'unitId' | 'occurredOn'> & { unit: string };

/**
 * Phase 1 of TP Hạ Long's 2021 outreach, each figure exactly as the sơ kết of 26/3/2021 states
 * it (seed 002): the Ban Tuyên giáo Thành ủy's "trên 170" shared items and "trên 60" rebuttals on
 * social media; the media centre's 51 portal items, its 84 radio and television items (one figure
 * over two channels, never split) and 53 items on the fanpage “Truyền hình Hạ Long”.
 */
export const HALONG_PHASE1_FIGURES: Figure[] = [
  {
    unit: 'halong-btg',
    channel: 'social_media',
    categoryCode: 'tin_bai',
    quantity: 170,
    approx: 'over',
    title: `Đăng tải, chia sẻ trên mạng xã hội tin, bài liên quan đến thông tin về Cuộc bầu cử${SAMPLE_DAY}`,
  },
  {
    unit: 'halong-btg',
    channel: 'social_media',
    categoryCode: 'phan_bac',
    quantity: 60,
    approx: 'over',
    title: `Chia sẻ tin, bài phản bác, đấu tranh lại các luận điệu sai trái của các thế lực thù địch về Cuộc bầu cử${SAMPLE_DAY}`,
  },
  {
    unit: 'halong-ttvh',
    channel: 'web_portal',
    categoryCode: 'tin_bai',
    quantity: 51,
    title: `Tin, bài đăng tải trên Cổng thông tin điện tử Thành phố${SAMPLE_DAY}`,
  },
  {
    unit: 'halong-ttvh',
    channel: 'radio',
    extraChannels: ['television'],
    categoryCode: 'tin_bai',
    quantity: 84,
    title: `Tin, bài, phóng sự phát thanh, truyền hình${SAMPLE_DAY}`,
  },
  {
    unit: 'halong-ttvh',
    channel: 'social_media',
    outlet: 'fanpage “Truyền hình Hạ Long”',
    categoryCode: 'tin_bai',
    quantity: 53,
    title: `Tuyên truyền tin, bài trên fanpage “Truyền hình Hạ Long”${SAMPLE_DAY}`,
  },
];

/** Records the figures through the same use case an officer of TP Hạ Long uses. */
export async function seedHalongPhase1Figures(
  deps: Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids'>,
  units: DemoIds,
): Promise<void> {
  const halong = await actorOf(deps, 'halong');
  for (const { unit, ...figure } of HALONG_PHASE1_FIGURES)
    await recordActivity(deps, halong, {
      ...figure,
      unitId: unitId(units, unit),
      occurredOn: HALONG_PHASE1_DAY,
    });
}
