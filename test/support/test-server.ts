import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Database } from '../../src/db/database';
import type { Deps } from '../../src/domain/deps';
import { WEB_DIST } from '../../src/server/main';
import { buildTestApp, type TestApp } from './test-app';

/** Builds the SPA once if it is missing, so browser tests always have /app to load. */
export function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

/**
 * The real app listening on a free loopback port, for browser tests: on an empty database that
 * `prepare` fills through the factories, or on the demo world for the demo's own tests.
 */
export async function startTestServer(
  opts: { demo?: boolean; prepare?: (database: Database, deps: Deps) => Promise<void> } = {},
): Promise<{ url: string; testApp: TestApp; close(): Promise<void> }> {
  ensureWebBuild();
  const testApp = await buildTestApp(opts);
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, testApp, close: () => testApp.close() };
}
