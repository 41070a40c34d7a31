import { openDatabase } from '../db/database';
import { buildApp } from './app';
import { createDeps, WEB_DIST } from './main';

/** The OpenAPI document as the routes define it, built without touching any real database. */
export async function generateOpenApiDocument(): Promise<unknown> {
  const database = await openDatabase({ dataDir: null });
  const app = await buildApp({
    deps: createDeps(database, { smtpUrl: undefined, mailFrom: 'x' }),
    ping: database.ping,
    engine: database.engine,
    webDist: WEB_DIST,
    demo: false,
    bodyLimit: 1024,
    logLevel: 'silent',
  });
  await app.ready();
  const doc = app.swagger();
  await app.close();
  await database.close();
  return doc;
}
