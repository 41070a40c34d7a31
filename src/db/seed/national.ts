import { sql, type SQL } from 'drizzle-orm';
import { toneWav } from '../../domain/content/wav';
import type { Deps } from '../../domain/deps';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { nationalCampaignSql } from './national-campaign.sql';
import { makeRepos } from '../repositories';
import { nationalElectionSql, NATIONAL_ELECTION } from './national-elections.sql';
import { nationalOutreachSql, type SampleAudio } from './national-outreach.sql';

export interface NationalOptions {
  /** 1: ~3,300 communes and ~100,000 villages with ~5 million activities; 0.1: a tenth. */
  scale: number;
  /** 30 unless given: fewer makes a tiny data set for tests (the communes stay at least 3 a province). */
  villagesPerCommune?: number;
  /** 50 unless given. */
  activitiesPerVillage?: number;
  log?: (line: string) => void;
}

export interface NationalCounts {
  provinces: number;
  communes: number;
  villages: number;
  tasks: number;
  activities: number;
  reports: number;
  contentItems: number;
  contentRecipients: number;
  stations: number;
  broadcastSlots: number;
  plays: number;
  claims: number;
  seconds: number;
}

const PROVINCES = 34;
const AUDIO_SECONDS = 45;

/**
 * Generates a national election campaign into an empty database, in SQL for speed: 34 provinces,
 * their communes and villages, an officer per province and commune (a leader per province), a
 * national plan derived at every level with weekly and one-off tasks, a quarter of activities,
 * weekly reports, the election, content sent down and published, a station per commune with a
 * week of slots and plays, and claims with corrections. Everything it makes is sample data
 * ("Tỉnh 01", "Xã 0001/01"…). The audio items share one recording, stored when `storage` is given.
 */
export async function seedNational(
  db: Db,
  deps: Pick<Deps, 'hasher'> & Partial<Pick<Deps, 'storage'>>,
  opts: NationalOptions,
): Promise<NationalCounts> {
  const started = performance.now();
  const log = opts.log ?? (() => undefined);
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  if ((existing?.n ?? 0) > 0)
    throw new Error(
      'Cơ sở dữ liệu đã có dữ liệu; dữ liệu quốc gia chỉ tạo trên cơ sở dữ liệu trống.',
    );
  const communesPerProvince = Math.max(3, Math.round(97 * opts.scale));
  const passwordHash = await deps.hasher.hash('demo1234');
  await runSteps(
    db,
    nationalCampaignSql({
      provinces: PROVINCES,
      communesPerProvince,
      villagesPerCommune: opts.villagesPerCommune ?? 30,
      activitiesPerVillage: opts.activitiesPerVillage ?? 50,
      passwordHash,
    }),
    log,
  );
  await seedNationalElections(db, log);
  await runSteps(
    db,
    nationalOutreachSql({
      communesPerProvince,
      // A few hundred at scale 1, at least two a province.
      claimsPerProvince: Math.max(2, Math.ceil(communesPerProvince / 10)),
      passwordHash,
      audio: await storeSampleAudio(deps),
    }),
    log,
  );
  const t0 = performance.now();
  await makeRepos(db).obligations.recountAll();
  log(`  counting the task windows: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const [counts] = await queryRows<Omit<NationalCounts, 'seconds'>>(
    db,
    sql`select (select count(*)::int from units where kind = 'province') as provinces,
               (select count(*)::int from units where kind = 'commune') as communes,
               (select count(*)::int from units where kind = 'village') as villages,
               (select count(*)::int from tasks) as tasks,
               (select count(*)::int from activities) as activities,
               (select count(*)::int from reports) as reports,
               (select count(*)::int from content_items) as "contentItems",
               (select count(*)::int from content_recipients) as "contentRecipients",
               (select count(*)::int from stations) as stations,
               (select count(*)::int from broadcast_slots) as "broadcastSlots",
               (select count(*)::int from plays) as plays,
               (select count(*)::int from claims) as claims`,
  );
  if (!counts) throw new Error('no counts');
  return { ...counts, seconds: (performance.now() - started) / 1000 };
}

async function runSteps(
  db: Db,
  steps: Array<[string, SQL]>,
  log: (line: string) => void,
): Promise<void> {
  for (const [label, statement] of steps) {
    const t0 = performance.now();
    await db.execute(statement);
    log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

/** The recording of the sample audio items: a tone, as in the demo, so no binary is committed. */
async function storeSampleAudio(deps: Partial<Pick<Deps, 'storage'>>): Promise<SampleAudio> {
  const bytes = toneWav(AUDIO_SECONDS);
  const audio: SampleAudio = {
    key: 'content/national-sample/tuyen-truyen-bau-cu.wav',
    name: 'tuyen-truyen-bau-cu.wav',
    mediaType: 'audio/wav',
    size: bytes.length,
    seconds: AUDIO_SECONDS,
  };
  await deps.storage?.put(audio.key, bytes, audio.mediaType);
  return audio;
}

/**
 * Adds the national sample election (districts, polling areas, candidates, published results)
 * to a database that holds a national unit tree and no such election yet. Returns false when
 * it was already there.
 */
export async function seedNationalElections(
  db: Db,
  log: (line: string) => void = () => undefined,
): Promise<boolean> {
  const [existing] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from elections where slug = ${NATIONAL_ELECTION.slug}`,
  );
  if ((existing?.n ?? 0) > 0) return false;
  await db.transaction(async (tx) => {
    for (const [label, statement] of nationalElectionSql()) {
      const t0 = performance.now();
      await tx.execute(statement);
      log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  });
  return true;
}
