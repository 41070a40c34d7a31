import type { Deps } from '../../../src/domain/deps';
import type { Election } from '../../../src/domain/elections/election';
import { addDays } from '../../../src/domain/shared/calendar';
import { civilDate } from '../../../src/domain/shared/dates';
import type { Unit } from '../../../src/domain/units/unit';
import { buildUser } from './accounts';
import { buildCandidate, buildElection, buildPolling, buildResult } from './elections';
import { buildNews } from './portal';
import { buildUnit } from './units';

/** A ward as its voters find it on the portal, and what was built for them to read. */
export interface VoterWard {
  province: Unit;
  ward: Unit;
  /** Khu phố 1, 2 and 3 of the ward, in that order. */
  villages: Unit[];
  /** The province's khu phố election of 05/06/2022: a district per khu phố, results published. */
  held: Election;
  /** The ward's own khu phố election, 42 days from the day it is built. */
  ahead: Election;
}

/**
 * A nation, a province, a city and "Phường Bình Minh" with three khu phố, each voting at its own
 * cultural house ("Nhà văn hóa khu phố N") for one of two candidates, whose official list and
 * results the ward published; an article of the ward on the portal's news. Every step goes
 * through the use cases, as the ward's officer and leader.
 */
export async function buildVoterWard(deps: Deps): Promise<VoterWard> {
  const nation = await buildUnit(deps, { name: 'Toàn quốc', kind: 'nation' });
  const province = await buildUnit(deps, { parent: nation, name: 'Tỉnh thử', kind: 'province' });
  const city = await buildUnit(deps, { parent: province, name: 'Thành phố thử', kind: 'district' });
  const ward = await buildUnit(deps, { parent: city, name: 'Phường Bình Minh', kind: 'commune' });
  const villages: Unit[] = [];
  for (const n of [1, 2, 3])
    villages.push(await buildUnit(deps, { parent: ward, name: `Khu phố ${n}`, kind: 'village' }));
  const officer = await buildUser(deps, ward, { role: 'officer' });
  const leader = await buildUser(deps, ward, { role: 'leader' });
  const { election: held } = await buildElection(deps, province, {
    name: 'Bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025',
    electionDay: '2022-06-05',
  });
  const house = (village: Unit) => `Nhà văn hóa ${village.name.toLowerCase()}`;
  const polling = await buildPolling(
    deps,
    held,
    villages.map((village, i) => ({
      district: `${village.name} — ${ward.name}`,
      name: house(village),
      address: `${house(village)}, ${ward.name}, ${city.name}`,
      commune: ward,
      villages: [village],
      voters: 200 + 20 * i,
    })),
    officer,
  );
  for (const [i, area] of polling.areas.entries()) {
    const district = polling.districts.find((d) => d.id === area.districtId);
    if (!district) throw new Error(`district of ${area.name} missing`);
    const first = await buildCandidate(deps, district, { author: officer, sort: 0 });
    const second = await buildCandidate(deps, district, { author: officer, sort: 1 });
    const votes = { [first.id]: 150 + i, [second.id]: 40 + i };
    const valid = 190 + 2 * i;
    await buildResult(
      deps,
      district,
      { votersListed: area.voterCount, ballotsIssued: valid + 2, valid, invalid: 2, votes },
      { pollingAreaId: area.id, publish: true, author: officer, approver: leader },
    );
  }
  const { election: ahead } = await buildElection(deps, ward, {
    name: `Bầu cử Trưởng khu phố ${ward.name}`,
    electionDay: addDays(civilDate(deps.clock.now()), 42),
    author: officer,
  });
  // The ward's leader approves the officer's article and puts it on the portal (four eyes).
  await buildNews(deps, ward, { author: officer, approver: leader });
  return { province, ward, villages, held, ahead };
}
