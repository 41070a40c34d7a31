import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../db/database';
import { setPdfConcurrency } from '../documents/pdf';
import { makeRepos, makeUnitOfWork } from '../db/repositories';
import type { Deps } from '../domain/deps';
import { randomIds, systemClock } from '../domain/shared/ports';
import { argon2Hasher } from './adapters/argon2-hasher';
import { sessionTokens } from './adapters/session-tokens';
import { smtpMailer } from './adapters/smtp-mailer';
import { espeakSpeech } from './adapters/espeak-speech';
import { storageOf } from './adapters/storage';
import { createParsePool } from './adapters/parse-pool';
import { buildApp } from './app';
import { startScheduler } from '../jobs/scheduler';
import { openBackupChannel } from './backup-channel';
import type { Config } from './config';
import { certificateVault, DEMO_CERTIFICATE_KEY } from './adapters/certificate-vault';

// This module runs from src/server/ (tsx, vitest) or as a chunk of dist-server/ (the build).
const PROJECT = new URL(import.meta.url.endsWith('.ts') ? '../../' : '../', import.meta.url);
export const WEB_DIST = fileURLToPath(new URL('dist/web', PROJECT));

/** The one composition root: every port gets its adapter here. */
export function createDeps(
  database: Database,
  config: Pick<Config, 'smtpUrl' | 'mailFrom'> &
    Partial<
      Pick<Config, 'storage' | 'espeakBinary' | 'parse' | 'certificateKey' | 'trustedRootsPem'>
    >,
): Deps {
  return {
    repos: makeRepos(database.db),
    uow: makeUnitOfWork(database.db),
    clock: systemClock,
    ids: randomIds,
    hasher: argon2Hasher,
    tokens: sessionTokens,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null,
    changes: database.changes,
    storage: storageOf(config.storage),
    speech: espeakSpeech(config.espeakBinary),
    parsers: createParsePool(config.parse),
    trustedRootsPem: config.trustedRootsPem ?? [],
    vault: certificateVault(
      config.certificateKey === undefined ? DEMO_CERTIFICATE_KEY : config.certificateKey,
    ),
  };
}

/** The embedded database's folder under the data directory. */
export const pgliteFolder = (config: Pick<Config, 'dataDir'>): string =>
  join(config.dataDir, 'pglite');

/** Where uploads live when they are kept on this machine's disk (null on S3). */
export const localFilesDir = (config: Pick<Config, 'storage'>): string | null =>
  config.storage.kind === 'local' ? config.storage.dir : null;

export async function openConfiguredDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
): Promise<Database> {
  return openDatabase({
    url: config.databaseUrl,
    dataDir: config.databaseUrl ? null : pgliteFolder(config),
  });
}

/** Opens the database, migrates it, seeds the demo world when empty, and builds the app. */
export async function createServer(
  config: Config,
  hooks: { seedDemo?: (deps: Deps) => Promise<boolean> } = {},
): Promise<{ app: FastifyInstance; database: Database; deps: Deps }> {
  setPdfConcurrency(config.pdfConcurrency);
  const database = await openConfiguredDatabase(config);
  await database.migrate();
  const deps = createDeps(database, config);
  if (config.demo && hooks.seedDemo) await hooks.seedDemo(deps);
  const replica = config.databaseReadUrl
    ? await openDatabase({ url: config.databaseReadUrl, dataDir: null })
    : null;
  const app = await buildApp({
    deps,
    // The replica serves the portal's reads; changes still come from the primary's feed.
    ...(replica
      ? {
          portal: {
            deps: { ...deps, repos: makeRepos(replica.db) },
            replicaLagMs: config.replicaLagMs,
          },
        }
      : {}),
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: config.demo,
    bodyLimit: config.bodyLimit,
    logLevel: config.logLevel,
    cdnPurgeUrl: config.cdnPurgeUrl,
    prerenderMb: config.prerenderMb,
    trustProxy: config.trustProxy,
  });
  const scheduler = await startScheduler(database, deps, app.log, {
    intervalMs: config.jobsIntervalSeconds * 1000,
    start: config.env !== 'test',
  });
  app.addHook('onClose', async () => {
    await scheduler.stop();
    await replica?.close();
    await database.close();
  });
  return { app, database, deps };
}

/** Serves until SIGINT/SIGTERM, then stops taking requests, finishes the ones in flight and closes the database. */
export async function serve(
  config: Config,
  hooks: Parameters<typeof createServer>[1],
): Promise<void> {
  const { app, database } = await createServer(config, hooks);
  let channel: Awaited<ReturnType<typeof openBackupChannel>> | null = null;
  const stop = async (signal: string): Promise<void> => {
    app.log.info({ signal }, 'shutting down');
    await channel?.close();
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // This process owns the embedded folder: `loa backup` asks it rather than opening the folder.
  if (database.engine === 'pglite')
    channel = await openBackupChannel({
      folder: pgliteFolder(config),
      db: database.db,
      filesDir: localFilesDir(config),
      log: app.log,
    });
}
