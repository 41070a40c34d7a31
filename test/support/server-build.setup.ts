import { ensureServerBuild } from '../../scripts/server-build.mjs';

// The integration tests that start `loa` in a child process (app-process.ts) run what an
// operator runs: the compiled build in dist-server/. Compiled once here when stale, not per file.
export default async function setup(): Promise<void> {
  await ensureServerBuild();
}
