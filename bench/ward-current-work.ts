// The demo world's work is from 2021–2022, so a ward officer's dashboard over the last 12 weeks
// has nothing to draw. For the workspace bench, Cẩm Bình is given work in those weeks as a real
// ward would have it: Cẩm Phả's issued plan with a weekly loudspeaker duty, and plays recorded in
// most weeks (sample data, made through the use cases, in the bench's own temporary database).
import { openDatabase } from '../src/db/database';
import { lastTwelveWeeks } from '../src/contracts/weeks';
import { addDays } from '../src/domain/shared/calendar';
import { createDeps, pgliteFolder } from '../src/server/main';
import { buildActivity, buildPlan, weeklyLoudspeakerDuty } from '../test/support/factories';

export async function giveCamBinhCurrentWork(dataDir: string): Promise<void> {
  const database = await openDatabase({ dataDir: pgliteFolder({ dataDir }) });
  try {
    const deps = createDeps(database, {
      smtpUrl: undefined,
      mailFrom: 'bench@loa.local',
      storage: { kind: 'local', dir: `${dataDir}/files` },
    });
    const officer = await deps.repos.users.getByUsername('cambinh');
    const cityOfficer = await deps.repos.users.getByUsername('campha');
    const ward = officer && (await deps.repos.units.get(officer.unitId));
    const city = ward?.parentId ? await deps.repos.units.get(ward.parentId) : null;
    if (!officer || !cityOfficer || !ward || !city) throw new Error('no demo world: Cẩm Bình');
    const range = lastTwelveWeeks();
    await buildPlan(deps, city, {
      status: 'issued',
      author: cityOfficer,
      periodFrom: range.from,
      periodTo: addDays(range.to, 28),
      issuedOn: range.from,
      assignments: [{ unitId: ward.id, unitName: ward.name, tasks: [weeklyLoudspeakerDuty()] }],
    });
    // A play on the Tuesday of two weeks in three: a rate a reviewer would chase.
    for (let day = addDays(range.from, 1), i = 0; day < range.to; day = addDays(day, 7), i++)
      if (i % 3 !== 2) await buildActivity(deps, ward, { author: officer, occurredOn: day });
  } finally {
    await database.close();
  }
}
