import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/database';
import { seedDemoWorld } from '../../src/db/seed/demo-world';
import type { Deps } from '../../src/domain/deps';
import { buildApp, type AppOptions } from '../../src/server/app';
import type { ParseLimits } from '../../src/server/adapters/parse-pool';
import { createDeps, WEB_DIST } from '../../src/server/main';
import { createTestDatabase } from './test-db';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  database: Database;
  /** Signs in through the API and returns the Cookie header to send with later requests. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The real app graph on a fresh test database, optionally with the demo world loaded. */
export async function buildTestApp(
  opts: {
    demo?: boolean;
    loginRateLimit?: { max: number; timeWindow: number };
    /** Runs on the seeded database before the app exists, so no cache holds an earlier page. */
    prepare?: (database: Database, deps: Deps) => Promise<void>;
    /** Where uploaded files go (the caller's to clean up); a temporary folder otherwise. */
    storageDir?: string;
    /** Caps of the pool that reads uploads; the defaults otherwise. */
    parse?: Partial<ParseLimits>;
    /** The log's level and where its lines go; silent otherwise. */
    log?: { level: string; stream: { write(line: string): void } };
    /** Renders every portal election page ahead in up to this many MB; off otherwise. */
    prerenderMb?: number;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Uploaded files go to a temporary folder of this test app, removed on close.
  const filesDir = opts.storageDir ?? mkdtempSync(join(tmpdir(), 'loa-files-'));
  const deps = createDeps(database, {
    smtpUrl: undefined,
    mailFrom: 'test@loa.local',
    storage: { kind: 'local', dir: filesDir },
    // A file a test means to be read is read however busy the machine is (a 15 s cap met a
    // three-line CSV on a loaded CI machine); the caps themselves are tested with the limits a test
    // gives (hostile-uploads), and their times live in `npm run bench -- hostile-files`.
    parse: { timeMs: 300_000, ...opts.parse },
  });
  if (opts.demo) await seedDemoWorld(deps);
  if (opts.prepare) await opts.prepare(database, deps);
  const app = await buildApp({
    deps,
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: !!opts.demo,
    bodyLimit: 1024 * 1024,
    logLevel: opts.log?.level ?? 'silent',
    ...(opts.log ? { logStream: opts.log.stream } : {}),
    loginRateLimit: opts.loginRateLimit ?? { max: 1000, timeWindow: 60_000 },
    ...(opts.prerenderMb ? { prerenderMb: opts.prerenderMb } : {}),
  });
  await app.ready();
  return {
    app,
    deps,
    database,
    login: (username, password) => signIn(app, username, password),
    async close() {
      await app.close();
      await database.close();
      if (!opts.storageDir) rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the API and returns the Cookie header to send with later requests. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = 'demo1234',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'loa_session');
  if (!cookie) throw new Error('no session cookie');
  return `loa_session=${cookie.value}`;
}

/**
 * The app on a database the test opened itself (through a proxy, as a second instance, beside a
 * replica); the test builds what it needs through `deps`, and the caller closes both.
 */
export async function appOn(
  database: Database,
  opts: Partial<Pick<AppOptions, 'portal' | 'cdnPurgeUrl'>> = {},
): Promise<{ app: FastifyInstance; deps: Deps }> {
  const deps = createDeps(database, { smtpUrl: undefined, mailFrom: 'test@loa.local' });
  const app = await buildApp({
    deps,
    ...(opts.portal ? { portal: opts.portal } : {}),
    ...(opts.cdnPurgeUrl ? { cdnPurgeUrl: opts.cdnPurgeUrl } : {}),
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: false,
    bodyLimit: 1 << 20,
    logLevel: 'silent',
  });
  await app.ready();
  return { app, deps };
}
