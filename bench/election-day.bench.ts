// Election day: two app instances sharing one PostgreSQL, loaded from a second process with
// autocannon (bench/election-day.load.ts): 95% portal pages across many places, 5% activities
// logged by commune officers. Throughput, p99, errors (goal: none) and each instance's memory
// over the run (LOA_BENCH_LOAD_SECONDS, default 300).
//
// The database is LOA_BENCH_DATABASE_URL (e.g. a `loa seed --national --scale 1` database), or
// `loa_bench_election_day` made once on DATABASE_URL's server with the national data at
// LOA_BENCH_SCALE (default 0.1). Without PostgreSQL there is nothing to share, and it says so.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/db/database';
import { queryRows } from '../src/db/query-rows';
import { seedNational } from '../src/db/seed/national';
import { NATIONAL_ELECTION } from '../src/db/seed/national-elections.sql';
import { civilDate } from '../src/domain/shared/dates';
import { argon2Hasher } from '../src/server/adapters/argon2-hasher';
import type { BenchFigure } from './extract.bench';
import type { LoadOutcome, LoadPlan } from './election-day.load';
import { freePort, rssMb, startServer, stopServer } from './servers';
import { atLeast } from './goals';

const SECONDS = Number(process.env.LOA_BENCH_LOAD_SECONDS ?? '300');
const CONNECTIONS = 100;
const OFFICERS = 8;
const HEAP_MB = 768;

async function databaseUrl(): Promise<string | null> {
  if (process.env.LOA_BENCH_DATABASE_URL) return process.env.LOA_BENCH_DATABASE_URL;
  const base = process.env.DATABASE_URL;
  if (!base) return null;
  const url = new URL(base);
  url.pathname = '/loa_bench_election_day';
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  const exists =
    (await admin.query("select 1 from pg_database where datname = 'loa_bench_election_day'"))
      .rowCount === 1;
  if (!exists) await admin.query('create database loa_bench_election_day');
  await admin.end();
  if (!exists) {
    const scale = Number(process.env.LOA_BENCH_SCALE ?? '0.1');
    process.stderr.write(`  generating the national data (scale ${scale})…\n`);
    const database = await openDatabase({ url: url.toString(), dataDir: null });
    await database.migrate();
    await seedNational(database.db, { hasher: argon2Hasher }, { scale });
    await database.close();
  }
  return url.toString();
}

async function login(port: number, username: string): Promise<{ cookie: string; unitId: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const token = /loa_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const me = (await res.json()) as { unit: { id: string } };
  return { cookie: `loa_session=${token}`, unitId: me.unit.id };
}

/** Runs the load process to its end; its stdout is one JSON line. */
function runLoad(planFile: string): Promise<LoadOutcome> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/election-day.load.ts', planFile],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadOutcome)
        : reject(new Error(`the load process exited with ${String(code)}`)),
    );
  });
}

const count = async (url: string): Promise<number> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const n = Number((await c.query('select count(*) as n from activities')).rows[0].n);
  await c.end();
  return n;
};

export async function run(): Promise<BenchFigure[]> {
  const url = await databaseUrl();
  if (!url) {
    process.stderr.write('  skipped: the election-day load needs PostgreSQL (DATABASE_URL)\n');
    return [];
  }
  const database = await openDatabase({ url, dataDir: null });
  await database.migrate();
  const slug = NATIONAL_ELECTION.slug;
  const villages = (
    await queryRows<{ id: string }>(
      database.db,
      sql`select distinct v.unit_id as id from polling_area_villages v join polling_areas pa on pa.id = v.polling_area_id join elections e on e.id = pa.election_id where e.slug = ${slug}`,
    )
  ).map((r) => r.id);
  const communes = (
    await queryRows<{ id: string }>(database.db, sql`select id from units where kind = 'commune'`)
  ).map((r) => r.id);
  const usernames = (
    await queryRows<{ username: string }>(
      database.db,
      sql`select u.username from users u join units n on n.id = u.unit_id where n.kind = 'commune' and u.role = 'officer' order by random() limit ${OFFICERS}`,
    )
  ).map((r) => r.username);
  await database.close();

  const ports = [await freePort(), await freePort()];
  const children: ChildProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'loa-election-day-'));
  try {
    // Heap capped as docs/deployment.md advises for a 1 GB instance: without a cap V8 grows its
    // heap towards a quarter of the machine's memory before collecting in earnest.
    for (const port of ports)
      children.push(
        await startServer(port, {
          DATABASE_URL: url,
          NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
        }),
      );
    // Sign in on alternate instances: sessions are rows, so either instance serves them.
    const officers = await Promise.all(
      usernames.map((u, i) => login(ports[i % ports.length] ?? 0, u)),
    );
    const plan: LoadPlan = {
      ports,
      connections: CONNECTIONS,
      seconds: SECONDS,
      writeShare: 0.05,
      slug,
      villages,
      communes,
      officers,
      today: civilDate(new Date()),
    };
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    const before = await count(url);
    const samples: number[][] = children.map(() => []);
    const sampler = setInterval(() => {
      children.forEach((c, i) => samples[i]?.push(rssMb(c.pid ?? 0)));
    }, 1000);
    process.stderr.write(
      `  ${villages.length} villages, ${communes.length} communes; ${CONNECTIONS} connections for ${SECONDS} s…\n`,
    );
    const outcome = await runLoad(planFile);
    clearInterval(sampler);
    const written = (await count(url)) - before;
    const peak = Math.max(...samples.flat());
    // The caches fill over the first minutes (20,000 pages and 50,000 fragments an instance);
    // growth over the second half of the run, when they are full, is what a leak would show.
    const half = Math.floor((samples[0]?.length ?? 0) / 2);
    const growth = Math.max(...samples.map((s) => (s.at(-1) ?? 0) - (s[half] ?? 0)));
    for (const [i, s] of samples.entries())
      process.stderr.write(
        `  instance ${i + 1} RSS every 30 s: ${s
          .filter((_, k) => k % 30 === 0)
          .map((v) => v.toFixed(0))
          .join(' ')} MB\n`,
      );
    const failures = outcome.errors + outcome.timeouts + outcome.non2xx;
    process.stderr.write(
      `  ${outcome.requests} requests, ${outcome.rps.toFixed(0)} req/s, p50 ${outcome.p50} ms, p99 ${outcome.p99} ms, max ${outcome.max} ms; status ${JSON.stringify(outcome.statusCodes)}; errors ${outcome.errors}, timeouts ${outcome.timeouts}; writes ${outcome.writesOk}/${outcome.writes} answered 201, ${written} rows; peak RSS ${peak.toFixed(0)} MB, growth ${growth.toFixed(0)} MB\n`,
    );
    return [
      atLeast(
        `election day, 2 instances, 95% portal / 5% writes: throughput (${SECONDS} s)`,
        outcome.rps,
        'req/s',
        500,
      ),
      {
        figure: 'election day: p99 latency',
        value: outcome.p99,
        unit: 'ms',
        goal: '< 500 ms',
        pass: outcome.p99 < 500,
      },
      {
        figure: 'election day: errors, timeouts and non-2xx answers',
        value: failures,
        unit: '',
        goal: '0',
        pass: failures === 0,
      },
      {
        // Writes still in flight when the load stopped are saved too, but were never counted as
        // answered; so the rows may exceed the 201s by at most one per connection, never fall short.
        figure: `election day: activities saved (${outcome.writesOk} answered 201)`,
        value: written,
        unit: 'rows',
        goal: `≥ ${outcome.writesOk}`,
        pass:
          outcome.writesOk > 0 &&
          written >= outcome.writesOk &&
          written <= outcome.writesOk + CONNECTIONS,
      },
      {
        figure: `election day: peak RSS of one instance (heap capped at ${HEAP_MB} MB)`,
        value: peak,
        unit: 'MB',
        goal: '< 1024 MB',
        pass: peak < 1024,
      },
      {
        figure: 'election day: RSS growth over the second half of the run',
        value: growth,
        unit: 'MB',
        goal: '< 100 MB',
        pass: growth < 100,
      },
    ];
  } finally {
    for (const c of children) await stopServer(c);
    rmSync(dir, { recursive: true, force: true });
  }
}
