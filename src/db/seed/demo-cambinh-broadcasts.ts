import { importPlays } from '../../domain/broadcasts/import-plays';
import { addDays, weekStart } from '../../domain/shared/calendar';
import { createStation } from '../../domain/broadcasts/stations';
import type { Deps } from '../../domain/deps';
import { actorOf, unitId, type DemoIds } from './demo-actors';
import { DEMO_AUDIO_TITLE } from './demo-content';

export const CAMBINH_STATION = 'Hệ thống loa truyền thanh phường Cẩm Bình';

/** Plan 51's period: "Tuyên truyền thường xuyên từ 01/4/2022 đến hết 15/6/2022". */
const FROM = '2022-04-01';
const TO = '2022-06-15';

/**
 * One play a week, the minimum 51/KH-UBND asks ("tối thiểu 01 lần/tuần"), on a day of each ISO week
 * that overlaps the period: the document gives the frequency only, so the days and hours are
 * sample data, and the activities say so.
 */
export function cambinhPlayDays(): string[] {
  const days: string[] = [];
  for (let monday = weekStart(FROM); monday <= TO; monday = addDays(monday, 7)) {
    const tuesday = addDays(monday, 1);
    days.push(tuesday < FROM ? FROM : tuesday > TO ? TO : tuesday);
  }
  return days;
}

/**
 * Phường Cẩm Bình's loudspeakers, as plan 51/KH-UBND has them: the ward's system, played by the Bộ
 * phận Văn hóa - Xã hội, which receives the city media centre's audio and plays it at least once
 * a week from 01/4 to 15/6/2022. The 2022 play log is entered after the fact through the play-log
 * import an officer uses, so each play is the section's activity in the ward's area.
 */
export async function seedCambinhBroadcasts(
  deps: Omit<Deps, 'mailer'>,
  units: DemoIds,
): Promise<void> {
  const cambinh = await actorOf(deps, 'cambinh');
  const { station } = await createStation(deps, cambinh, {
    unitId: unitId(units, 'cambinh'),
    operatorUnitId: unitId(units, 'cambinh-vhxh'),
    name: CAMBINH_STATION,
    kind: 'loudspeaker_cluster',
    zones: ['Toàn phường'],
    // The document does not date the system; it must have played from the plan's first day.
    inServiceFrom: FROM,
  });
  // The log as an officer would upload it, read by the same import (all or nothing).
  const table = [
    ['thoi_diem_phat', 'tai_lieu', 'ghi_chu'],
    ...cambinhPlayDays().map((day) => [
      `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)} 06:30`,
      DEMO_AUDIO_TITLE,
      '(dữ liệu mẫu)',
    ]),
  ];
  const report = await importPlays(deps, cambinh, {
    stationId: station.id,
    read: () => Promise.resolve(table),
  });
  if (report.recorded !== table.length - 1) throw new Error('demo play log not recorded');
}
