import { acknowledgeContent } from '../../domain/content/acknowledge-content';
import { approveContent } from '../../domain/content/approve-content';
import { attachFile } from '../../domain/content/attach-file';
import { streamOf } from '../../domain/content/upload-stream';
import { createContent } from '../../domain/content/create-content';
import { distributeContent } from '../../domain/content/distribute-content';
import { publishContent } from '../../domain/content/publish-content';
import { toneWav } from '../../domain/content/wav';
import { recordPlay } from '../../domain/broadcasts/record-play';
import { addDays } from '../../domain/shared/calendar';
import { createSlot } from '../../domain/broadcasts/slots';
import { createStation } from '../../domain/broadcasts/stations';
import { createClaim } from '../../domain/claims/create-claim';
import { changeClaimStatus, writeCorrection } from '../../domain/claims/handle-claim';
import type { Deps } from '../../domain/deps';
import { civilDate } from '../../domain/shared/dates';
import { actorOf, unitId, type DemoIds } from './demo-actors';

/** The token of the demo station's controller; set in demo mode only, never in production. */
export const DEMO_STATION_TOKEN = 'demo-station-token';
export const DEMO_AUDIO_TITLE =
  'File ghi âm tuyên truyền bầu cử Trưởng khu phố nhiệm kỳ 2022 - 2025';

/**
 * When the demo's audio and stations came into being: its election is in 2022, and a play is
 * refused when dated before what played it or what was played.
 */
const DEMO_SINCE = new Date('2022-03-01T00:00:00+07:00');

/**
 * The content, broadcasts and claims of the demo: the Cẩm Phả media centre's election audio sent
 * to Cẩm Bình and Ka Long, weekly slots on "Cụm loa khu phố 1", and claims with their corrections.
 */
export async function seedDemoContent(deps: Omit<Deps, 'mailer'>, units: DemoIds): Promise<void> {
  const full = { ...deps, mailer: null };
  const [admin, quangninh, campha, cambinh, kalong, leader] = await Promise.all(
    ['admin', 'quangninh', 'campha', 'cambinh', 'kalong', 'lanhdao.cambinh'].map((u) =>
      actorOf(deps, u),
    ),
  );
  if (!admin || !quangninh || !campha || !cambinh || !kalong || !leader)
    throw new Error('demo users missing');
  const since = { ...deps, clock: { now: () => DEMO_SINCE } };
  const audio = await createContent(since, campha, {
    unitId: unitId(units, 'campha-ttvh'),
    kind: 'audio',
    title: DEMO_AUDIO_TITLE,
    summary:
      'Phát trên hệ thống loa truyền thanh các phường, xã tối thiểu 01 lần/tuần (dữ liệu mẫu).',
    themes: ['Bầu cử Trưởng khu phố', 'Quyền và nghĩa vụ cử tri'],
    validFrom: '2022-04-01',
  });
  await attachFile(deps, campha, audio.id, {
    file: streamOf(toneWav(30)),
    fileName: 'tuyen-truyen-bau-cu.wav',
  });
  await approveContent(deps, admin, audio.id);
  // Ka Long is in Móng Cái, outside Cẩm Phả: the province sends it there.
  await distributeContent(full, campha, audio.id, {
    unitIds: [unitId(units, 'cambinh')],
    includeSubtree: false,
  });
  await distributeContent(full, quangninh, audio.id, {
    unitIds: [unitId(units, 'kalong')],
    includeSubtree: false,
  });
  await acknowledgeContent(deps, kalong, audio.id, {});

  // The cluster covers the ward's Khu phố 1 (the ward's area); its section plays it (ADR 15).
  const { station } = await createStation(since, cambinh, {
    unitId: unitId(units, 'cambinh'),
    operatorUnitId: unitId(units, 'cambinh-vhxh'),
    name: 'Cụm loa khu phố 1',
    kind: 'loudspeaker_cluster',
    zones: ['Khu phố 1'],
  });
  await deps.repos.broadcasts.setToken(
    station.id,
    deps.tokens.idOf(DEMO_STATION_TOKEN),
    deps.clock.now(),
  );
  await createStation(since, cambinh, {
    unitId: unitId(units, 'cambinh'),
    name: 'Đài truyền thanh phường Cẩm Bình',
    kind: 'radio',
    zones: ['Toàn phường'],
  });
  const today = civilDate(deps.clock.now());
  await createSlot(deps, cambinh, {
    contentId: audio.id,
    stationIds: [station.id],
    priority: 'normal',
    repeat: 'weekly',
    startDate: today,
    endDate: addDays(today, 12 * 7),
    times: ['06:30', '17:00'],
    weekdays: [1, 3, 5],
  });
  for (const daysAgo of [1, 3]) {
    const playedAt = new Date(deps.clock.now().getTime() - daysAgo * 86_400_000);
    await recordPlay(
      full,
      station,
      { clientId: `demo-${daysAgo}`, contentId: audio.id, playedAt },
      { source: 'device', actor: null },
    );
  }
  await seedDemoClaims(full, units, { admin, quangninh, cambinh, kalong, leader });
}

type Actors = Record<
  'admin' | 'quangninh' | 'cambinh' | 'kalong' | 'leader',
  Awaited<ReturnType<typeof actorOf>>
>;

async function seedDemoClaims(
  deps: Omit<Deps, 'mailer'> & { mailer: null },
  units: DemoIds,
  a: Actors,
): Promise<void> {
  const delay = await createClaim(deps, a.cambinh, {
    unitId: unitId(units, 'cambinh'),
    text: 'Bầu cử Trưởng khu phố bị hoãn đến tháng 8 vì dịch bệnh, cử tri không cần đi bầu ngày 05/6',
    platform: 'facebook',
    link: 'https://www.facebook.com/groups/vi-du/posts/1',
    firstSeenOn: '2022-05-12',
    reach: 1200,
    topic: 'Ngày bầu cử',
  });
  // Filed by the province desk, whose scope spans both wards: a ward groups only within its own.
  await createClaim(deps, a.quangninh, {
    unitId: unitId(units, 'kalong'),
    text: 'Nghe nói bầu cử trưởng khu phố hoãn tới tháng 8 do dịch bệnh, không cần đi bầu ngày 5/6',
    platform: 'zalo',
    firstSeenOn: '2022-05-14',
    reach: 300,
    topic: 'Ngày bầu cử',
  });
  await changeClaimStatus(deps, a.quangninh, delay.id, 'verifying');
  await changeClaimStatus(deps, a.quangninh, delay.id, 'false');
  const correction = await writeCorrection(deps, a.quangninh, delay.id, {
    title: 'Đính chính: bầu cử Trưởng khu phố vẫn diễn ra ngày 05/6/2022',
    summary: 'Thông tin "bầu cử bị hoãn đến tháng 8" là sai sự thật.',
    body: 'Thời gian gần đây trên mạng xã hội xuất hiện thông tin cho rằng cuộc bầu cử Trưởng khu phố bị hoãn đến tháng 8.\n\nĐây là thông tin sai sự thật. Cuộc bầu cử Trưởng khu phố nhiệm kỳ 2022 - 2025 vẫn được tổ chức vào Chủ nhật, ngày 05/6/2022 theo kế hoạch. Đề nghị cử tri theo dõi thông tin chính thức trên hệ thống loa truyền thanh và Cổng thông tin điện tử của phường (dữ liệu mẫu).',
  });
  await approveContent(deps, a.admin, correction.id);
  // Four eyes: the correction's author does not publish it; the leader who approved it does.
  await publishContent(deps, a.admin, correction.id);

  const fee = await createClaim(deps, a.cambinh, {
    unitId: unitId(units, 'cambinh'),
    text: 'Cử tri phải nộp 50.000 đồng khi đến điểm bỏ phiếu bầu Trưởng khu phố',
    platform: 'word_of_mouth',
    firstSeenOn: '2022-05-18',
    topic: 'Thủ tục bỏ phiếu',
  });
  await changeClaimStatus(deps, a.cambinh, fee.id, 'verifying');
  await changeClaimStatus(deps, a.cambinh, fee.id, 'false');
  const feeCorrection = await writeCorrection(deps, a.cambinh, fee.id, {
    title: 'Cử tri không phải nộp bất kỳ khoản tiền nào khi đi bầu',
    summary: 'Bỏ phiếu là quyền của cử tri, hoàn toàn miễn phí.',
    body: 'Việc bầu cử Trưởng khu phố không thu bất kỳ khoản phí nào của cử tri. Mọi trường hợp yêu cầu nộp tiền đề nghị báo ngay cho Tổ bầu cử hoặc UBND phường (dữ liệu mẫu).',
  });
  await approveContent(deps, a.leader, feeCorrection.id);
  await publishContent(deps, a.leader, feeCorrection.id);

  await createClaim(deps, a.cambinh, {
    unitId: unitId(units, 'cambinh-kp3'),
    text: 'Người không đi bầu sẽ bị cắt chế độ hộ nghèo và bảo hiểm y tế',
    platform: 'tiktok',
    firstSeenOn: '2022-05-25',
    reach: 5000,
    topic: 'Quyền và nghĩa vụ cử tri',
  });
}
