// The portal's election page for a random village at national scale, side by side with a static
// file of the same size served by the same server: throughput with 50 connections, p99 latency,
// and the server process's memory under that load. PostgreSQL when LOA_BENCH_DATABASE_URL (a
// national database; the election is added to it once) or DATABASE_URL (a database
// `loa_bench_portal` is made on that server) is set; else embedded PGlite at scale 0.1.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/database';
import { queryRows } from '../src/db/query-rows';
import { nationalCampaignSql } from '../src/db/seed/national-campaign.sql';
import { seedNationalElections } from '../src/db/seed/national';
import { NATIONAL_ELECTION } from '../src/db/seed/national-elections.sql';
import { WEB_DIST } from '../src/server/main';
import type { BenchFigure } from './extract.bench';
import { load } from './load';
import { freePort, rssMb, startServer, stopServer } from './servers';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.LOA_BENCH_SECONDS ?? '8');

async function databaseUrl(): Promise<string | null> {
  if (process.env.LOA_BENCH_DATABASE_URL) return process.env.LOA_BENCH_DATABASE_URL;
  const base = process.env.DATABASE_URL;
  if (!base) return null;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists =
    (await admin.query("select 1 from pg_database where datname = 'loa_bench_portal'")).rowCount ===
    1;
  if (!exists) await admin.query('create database loa_bench_portal');
  await admin.end();
  const url = new URL(base);
  url.pathname = '/loa_bench_portal';
  return url.toString();
}

/** Units (national tree) and the national election, made once. */
async function prepare(database: Database, scale: number): Promise<void> {
  await database.migrate();
  const [n] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from units`,
  );
  if (!n?.n) {
    process.stderr.write(`  generating the unit tree (scale ${scale})…\n`);
    const [units] = nationalCampaignSql({
      provinces: 34,
      communesPerProvince: Math.max(3, Math.round(97 * scale)),
      villagesPerCommune: 30,
      activitiesPerVillage: 0,
      passwordHash: 'x',
    });
    if (units) await database.db.execute(units[1]);
  }
  if (await seedNationalElections(database.db, (l) => process.stderr.write(`${l}\n`)))
    process.stderr.write('  added the national election\n');
}

export async function run(): Promise<BenchFigure[]> {
  const url = await databaseUrl();
  const dataDir = url ? null : mkdtempSync(join(tmpdir(), 'loa-portal-bench-'));
  const database = await openDatabase({
    url: url ?? undefined,
    dataDir: dataDir ? join(dataDir, 'pglite') : null,
  });
  await prepare(database, url ? 1 : 0.1);
  const slug = NATIONAL_ELECTION.slug;
  const villages = (
    await queryRows<{ id: string }>(
      database.db,
      sql`select distinct v.unit_id as id from polling_area_villages v join polling_areas pa on pa.id = v.polling_area_id join elections e on e.id = pa.election_id where e.slug = ${slug}`,
    )
  ).map((r) => r.id);
  await database.close();
  const village = villages[Math.floor(Math.random() * villages.length)] ?? '';
  const pagePath = `/bau-cu/${slug}/${village}`;
  const port = await freePort();
  const env = url ? { DATABASE_URL: url } : { LOA_DATA_DIR: dataDir ?? '' };
  const staticName = `bench-static-${port}.html`;
  const staticFile = join(WEB_DIST, 'assets', staticName);
  let child: ChildProcess | null = null;
  try {
    // First start: learn the page's size, so the static file can match it.
    const sizeOf = async (encoding: string): Promise<number> =>
      Number(
        (
          await fetch(`http://127.0.0.1:${port}${pagePath}`, {
            headers: { 'accept-encoding': encoding },
          })
        ).headers.get('content-length'),
      );
    const start = () => startServer(port, env);
    child = await start();
    const pageBytes = await sizeOf('identity');
    const gzipBytes = await sizeOf('gzip');
    await stopServer(child);
    writeFileSync(staticFile, '<!doctype html><title>x</title>'.padEnd(pageBytes, ' '));
    child = await start();
    const pid = child.pid ?? 0;
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
    await load({ port, path: () => pagePath, connections: CONNECTIONS, seconds: 1 });
    const page = await load({
      port,
      path: () => pagePath,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const file = await load({
      port,
      path: () => `/app/assets/${staticName}`,
      connections: CONNECTIONS,
      seconds: SECONDS,
    });
    const cold = await load({
      port,
      path: () => `/bau-cu/${slug}/${villages[Math.floor(Math.random() * villages.length)] ?? ''}`,
      connections: CONNECTIONS,
      seconds: Math.min(SECONDS, 5),
    });
    clearInterval(sampler);
    const ratio = file.rps > 0 ? page.rps / file.rps : 0;
    process.stderr.write(
      `  ${url ? 'PostgreSQL' : 'PGlite 0.1'}: ${villages.length} villages; page ${pageBytes} B; page ${page.rps.toFixed(0)} rps p99 ${page.p99.toFixed(1)} ms (${page.errors} errors); static ${file.rps.toFixed(0)} rps p99 ${file.p99.toFixed(1)} ms; cold ${cold.rps.toFixed(0)} rps p99 ${cold.p99.toFixed(1)} ms\n`,
    );
    return [
      {
        figure: 'election page of a village: throughput (50 connections)',
        value: page.rps,
        unit: 'req/s',
        goal: null,
        pass: null,
      },
      {
        figure: 'static file of the same size: throughput',
        value: file.rps,
        unit: 'req/s',
        goal: null,
        pass: null,
      },
      {
        figure: 'election page ÷ static file',
        value: ratio,
        unit: '×',
        goal: '≥ 0.5',
        pass: ratio >= 0.5,
      },
      {
        figure: 'election page p99 latency',
        value: page.p99,
        unit: 'ms',
        goal: '< 50 ms',
        pass: page.p99 < 50,
      },
      { figure: 'static file p99 latency', value: file.p99, unit: 'ms', goal: null, pass: null },
      {
        figure: 'election pages of random villages (cache filling): throughput',
        value: cold.rps,
        unit: 'req/s',
        goal: null,
        pass: null,
      },
      {
        figure: 'election pages of random villages: p99 latency',
        value: cold.p99,
        unit: 'ms',
        goal: null,
        pass: null,
      },
      {
        figure: 'server memory under load (peak RSS)',
        value: peak,
        unit: 'MB',
        goal: null,
        pass: null,
      },
      {
        figure: 'election page size (HTML and CSS)',
        value: pageBytes / 1024,
        unit: 'KB',
        goal: '< 60 KB',
        pass: pageBytes < 60 * 1024,
      },
      {
        figure: 'election page as sent to a browser (gzip)',
        value: gzipBytes / 1024,
        unit: 'KB',
        goal: '< 14 KB (one round trip)',
        pass: gzipBytes < 14 * 1024,
      },
    ];
  } finally {
    await stopServer(child);
    rmSync(staticFile, { force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
