import type { Deps } from '../../domain/deps';
import { createElection } from '../../domain/elections/create-election';
import { addDays } from '../../domain/shared/calendar';
import type { Candidate } from '../../domain/elections/elections.port';
import { checkResult } from '../../domain/elections/results';
import { civilDate } from '../../domain/shared/dates';
import type { Unit } from '../../domain/units/unit';
import { actorOf, type DemoIds } from './demo-actors';
import { DEMO_CANDIDATE_NAMES, demoProgramme } from './demo-elections.data';
import { seedKaLongElection } from './demo-kalong';

type SeedDeps = Pick<Deps, 'repos' | 'uow' | 'clock' | 'ids' | 'changes' | 'storage'>;

interface AreaSpec {
  district: string;
  seats: number;
  unit: Unit;
  areas: Array<{ name: string; address: string; villages: Unit[]; voters: number }>;
  candidates: number;
}

const get = (units: DemoIds, key: string): Unit => {
  const u = units.get(key);
  if (!u) throw new Error(`demo unit ${key} missing`);
  return u;
};
const khuPho = (units: DemoIds, prefix: string, n: number): Unit[] =>
  Array.from({ length: n }, (_, i) => get(units, `${prefix}-kp${i + 1}`));

let nameCursor = 0;
const nextName = (): string =>
  DEMO_CANDIDATE_NAMES[nameCursor++ % DEMO_CANDIDATE_NAMES.length] ?? 'Người ứng cử';

/** A deterministic sample count for a polling area: turnout and votes vary by area. */
function sampleCount(voters: number, candidateIds: string[], seats: number, seed: number) {
  const ballots = Math.round(voters * (0.96 + ((seed * 7) % 4) / 100));
  const invalid = Math.round(ballots * 0.01);
  const valid = ballots - invalid;
  // One seat: the votes split between at most two people; several seats: each ballot names up to `seats`.
  const shares =
    seats === 1 ? (candidateIds.length === 1 ? [0.9] : [0.64, 0.35]) : [0.78, 0.66, 0.41, 0.3];
  const votes = Object.fromEntries(
    candidateIds.map((id, i) => [
      id,
      Math.round(valid * (shares[(i + seed) % shares.length] ?? 0.3)),
    ]),
  );
  return { votersListed: voters, ballotsIssued: ballots, valid, invalid, votes };
}

async function addDistricts(
  deps: SeedDeps,
  electionId: string,
  specs: AreaSpec[],
  opts: { publishCandidates: boolean; results: boolean; at: Date; leaderId: string },
): Promise<void> {
  await deps.uow.transaction(async (repos) => {
    for (const [i, spec] of specs.entries()) {
      const districtId = deps.ids.newId();
      await repos.elections.insertDistrict({
        id: districtId,
        electionId,
        unitId: spec.unit.id,
        unitPath: spec.unit.path,
        name: spec.district,
        seats: spec.seats,
      });
      const areaIds: string[] = [];
      for (const a of spec.areas) {
        const id = deps.ids.newId();
        areaIds.push(id);
        await repos.elections.insertPollingArea({
          id,
          electionId,
          districtId,
          unitId:
            spec.unit.kind === 'village' ? (spec.unit.parentId ?? spec.unit.id) : spec.unit.id,
          unitPath:
            spec.unit.kind === 'village' ? spec.unit.path.replace(/[^/]+\/$/, '') : spec.unit.path,
          name: a.name,
          address: a.address,
          voterCount: a.voters,
          villageIds: a.villages.map((v) => v.id),
        });
      }
      const candidates: Candidate[] = Array.from({ length: spec.candidates }, (_, n) => {
        const fullName = nextName();
        return {
          id: deps.ids.newId(),
          electionId,
          districtId,
          fullName,
          birthYear: 1965 + ((i * 5 + n * 7) % 30),
          gender: n % 2 === 0 ? 'male' : 'female',
          occupation: 'Cán bộ hưu trí (dữ liệu mẫu)',
          workplace: spec.unit.name,
          biography: 'Tiểu sử mẫu để trình diễn; không phải thông tin của người thật.',
          programmeHtml: demoProgramme(fullName),
          hasPhoto: false,
          sort: n,
        };
      });
      for (const c of candidates) await repos.elections.saveCandidate(c);
      if (opts.publishCandidates)
        await repos.elections.setDistrictPublished(
          districtId,
          'candidates',
          opts.at,
          opts.leaderId,
        );
      if (!opts.results) continue;
      for (const [k, a] of spec.areas.entries()) {
        const count = sampleCount(
          a.voters,
          candidates.map((c) => c.id),
          spec.seats,
          i + k,
        );
        const failures = checkResult(count, {
          seats: spec.seats,
          candidateIds: candidates.map((c) => c.id),
        });
        if (failures.length) throw new Error(`demo result fails ${failures[0]?.rule ?? ''}`);
        await repos.elections.replaceResult(
          {
            ...count,
            id: deps.ids.newId(),
            electionId,
            districtId,
            pollingAreaId: areaIds[k] ?? null,
            updatedAt: opts.at,
          },
          opts.leaderId,
        );
      }
      await repos.elections.setDistrictPublished(districtId, 'results', opts.at, opts.leaderId);
    }
  });
}

async function markPastMilestonesDone(
  deps: SeedDeps,
  electionId: string,
  before: string,
): Promise<void> {
  for (const m of await deps.repos.elections.milestones(electionId))
    if (m.dueOn < before)
      await deps.repos.elections.updateMilestone({
        ...m,
        doneAt: new Date(`${m.dueOn}T10:00:00+07:00`),
        evidenceNote: 'Đã thực hiện (dữ liệu mẫu).',
      });
}

const villageHeadSpecs = (
  units: DemoIds,
  ward: string,
  prefix: string,
  n: number,
  city: string,
  candidates: (i: number) => number,
): AreaSpec[] =>
  khuPho(units, prefix, n).map((kp, i) => ({
    district: `${kp.name} — ${ward}`,
    seats: 1,
    unit: kp,
    candidates: candidates(i),
    areas: [
      {
        name: `Nhà văn hóa ${kp.name.toLowerCase()}`,
        address: `Nhà văn hóa ${kp.name.toLowerCase()}, ${ward}, ${city}, tỉnh Quảng Ninh`,
        villages: [kp],
        voters: 180 + ((i * 37) % 140),
      },
    ],
  }));

/**
 * The demo's elections: the 2021 National Assembly and HĐND election (results published for the
 * demo wards), the 2022 village-head election of Quảng Ninh (05/06/2022, term 2022-2025), and an
 * upcoming village-head election in Cẩm Bình six weeks from today. Dates and terms come from the
 * seed documents; candidates, polling areas and figures are sample data, and marked so.
 */
export async function seedDemoElections(deps: SeedDeps, units: DemoIds): Promise<void> {
  const admin = await actorOf(deps, 'admin');
  const leader = await actorOf(deps, 'lanhdao.cambinh');
  const today = civilDate(deps.clock.now());
  const cambinh = get(units, 'cambinh');
  const kalong = get(units, 'kalong');
  const na = await createElection(deps, admin, {
    type: 'NA_HDND',
    name: 'Bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026',
    term: '2021-2026',
    electionDay: '2021-05-23',
    unitId: get(units, 'root').id,
    template: 'NA_HDND_2015',
    sample: true,
  });
  await markPastMilestonesDone(deps, na.id, today);
  const wardAreas = (ward: Unit, city: string, kps: Unit[], per: number) =>
    Array.from({ length: Math.ceil(kps.length / per) }, (_, i) => {
      const served = kps.slice(i * per, i * per + per);
      return {
        name: `Khu vực bỏ phiếu số ${i + 1}`,
        address: `Nhà văn hóa ${served[0]?.name.toLowerCase() ?? ''}, ${ward.name.toLowerCase()}, ${city}`,
        villages: served,
        voters: 900 + i * 135,
      };
    });
  await addDistricts(
    deps,
    na.id,
    [
      {
        district: 'Đơn vị bầu cử số 1 (HĐND phường Cẩm Bình)',
        seats: 2,
        unit: cambinh,
        candidates: 3,
        areas: wardAreas(cambinh, 'thành phố Cẩm Phả', khuPho(units, 'cambinh', 8), 2),
      },
      {
        district: 'Đơn vị bầu cử số 1 (HĐND phường Ka Long)',
        seats: 2,
        unit: kalong,
        candidates: 3,
        areas: wardAreas(kalong, 'thành phố Móng Cái', khuPho(units, 'kalong', 6), 2),
      },
    ],
    {
      publishCandidates: true,
      results: true,
      at: new Date('2021-05-30T09:00:00+07:00'),
      leaderId: leader.userId,
    },
  );

  // Seeds 000 (Cẩm Bình) and 004 (Ka Long): the province-wide election of 05/6/2022, voted by
  // household representatives ("danh sách cử tri đại diện hộ gia đình").
  const vh = await createElection(deps, admin, {
    type: 'VILLAGE_HEAD',
    name: 'Bầu cử Trưởng thôn, bản, khu phố nhiệm kỳ 2022 - 2025',
    term: '2022-2025',
    electionDay: '2022-06-05',
    unitId: get(units, 'quangninh').id,
    voteDenominator: 'households',
    voterBasis: 'households',
    sample: true,
  });
  await markPastMilestonesDone(deps, vh.id, today);
  const vhOpts = {
    publishCandidates: true,
    at: new Date('2022-06-06T09:00:00+07:00'),
    leaderId: leader.userId,
  };
  await addDistricts(
    deps,
    vh.id,
    villageHeadSpecs(units, 'phường Cẩm Bình', 'cambinh', 8, 'thành phố Cẩm Phả', (i) =>
      i % 3 === 0 ? 2 : 1,
    ),
    { ...vhOpts, results: true },
  );
  // Ka Long's article (25/05/2022) predates the vote: its khu phố have candidates (sample names)
  // but no results, and its own part of the election is the ward's to record.
  await addDistricts(
    deps,
    vh.id,
    villageHeadSpecs(units, 'phường Ka Long', 'kalong', 6, 'thành phố Móng Cái', (i) =>
      i % 2 === 0 ? 2 : 1,
    ),
    { ...vhOpts, results: false },
  );
  await seedKaLongElection(deps, units, vh.id);

  const day = addDays(today, 42);
  const year = Number(day.slice(0, 4));
  const upcoming = await createElection(deps, admin, {
    type: 'VILLAGE_HEAD',
    name: 'Bầu cử Trưởng khu phố phường Cẩm Bình (dữ liệu mẫu)',
    term: `${year}-${year + 5}`,
    electionDay: day,
    unitId: cambinh.id,
    voteDenominator: 'present',
    sample: true,
  });
  await addDistricts(
    deps,
    upcoming.id,
    villageHeadSpecs(units, 'phường Cẩm Bình', 'cambinh', 8, 'thành phố Cẩm Phả', () => 2),
    {
      publishCandidates: false,
      results: false,
      at: deps.clock.now(),
      leaderId: leader.userId,
    },
  );
}
