import { sql } from 'drizzle-orm';
import type { Deps } from '../../domain/deps';
import type { Db } from '../db';
import { queryRows } from '../query-rows';
import { nationalCampaignSql } from './national-campaign.sql';
import { makeRepos } from '../repositories';
import { nationalElectionSql, NATIONAL_ELECTION } from './national-elections.sql';

export interface NationalOptions {
  /** 1: ~3,300 communes and ~100,000 villages with ~5 million activities; 0.1: a tenth. */
  scale: number;
  log?: (line: string) => void;
}

export interface NationalCounts {
  provinces: number;
  communes: number;
  villages: number;
  tasks: number;
  activities: number;
  reports: number;
  seconds: number;
}

const PROVINCES = 34;

/**
 * Generates a national election campaign into an empty database, in SQL for speed: 34 provinces,
 * their communes and villages, an officer per province and commune, a national plan derived at
 * every level with weekly and one-off tasks, a quarter of activities, and weekly reports.
 * Everything it makes is sample data ("Tỉnh 01", "Xã 0001/01"…).
 */
export async function seedNational(
  db: Db,
  deps: Pick<Deps, 'hasher'>,
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
  const villagesPerCommune = 30;
  const activitiesPerVillage = 50;
  const passwordHash = await deps.hasher.hash('demo1234');
  const steps = nationalCampaignSql({
    provinces: PROVINCES,
    communesPerProvince,
    villagesPerCommune,
    activitiesPerVillage,
    passwordHash,
  });
  for (const [label, statement] of steps) {
    const t0 = performance.now();
    await db.execute(statement);
    log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  await seedNationalElections(db, log);
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
               (select count(*)::int from reports) as reports`,
  );
  if (!counts) throw new Error('no counts');
  return { ...counts, seconds: (performance.now() - started) / 1000 };
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
