import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildInDataDir, startAppProcess, type AppProcess } from '../support/app-process';
import { buildTree } from '../support/factories';
import { activityIdsOn } from '../support/activity-ids';
import { eventually, httpClient, runLoops, signIn } from '../support/http-client';
import { testEngine } from '../support/test-db';

const ROUNDS = 5;
const WRITERS = 4;
// The day every write of this test is dated, so the activities list finds exactly them.
const DAY = '2023-03-15';
// A start creates or recovers the folder and migrates it: generous for a loaded 2-core machine.
const START_MS = 240_000;

/**
 * A real `loa serve` on an embedded PGlite folder, SIGKILLed while activities are being written,
 * five times in a row. PGlite-only: PostgreSQL's own crash safety is its server's business.
 */
describe.runIf(testEngine() === 'pglite')('PGlite killed under writes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-crash-'));
  let server: AppProcess | null = null;
  afterAll(async () => {
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env = {
    DATABASE_URL: undefined,
    DATABASE_READ_URL: undefined,
    NODE_ENV: 'development',
    LOA_DEMO: 'off',
    LOG_LEVEL: 'warn',
    LOA_DATA_DIR: dataDir,
  };

  test(
    'every write answered 201 before the kill is there after the restart, and the server starts every time',
    // Six starts of a real server on a shared 2-core machine: minutes, stated generously.
    { timeout: 900_000 },
    async () => {
      const acknowledged = new Set<string>();
      const perRound: number[] = [];
      // A ward and its officer, who writes every activity.
      const username = await buildInDataDir(
        dataDir,
        async (deps) => (await buildTree(deps)).users.commune.officer.username,
      );
      server = await startAppProcess(env, START_MS);
      for (let round = 1; round <= ROUNDS; round++) {
        const client = httpClient(server.origin);
        const cookie = await signIn(client, username);
        const me = JSON.parse((await client({ url: '/api/v1/me', cookie })).body) as {
          unit: { id: string };
        };
        const before = acknowledged.size;
        let n = 0;
        let running = true;
        const load = runLoops(
          WRITERS,
          () => running,
          async (w) => {
            const res = await client({
              method: 'POST',
              url: '/api/v1/activities',
              cookie,
              json: {
                unitId: me.unit.id,
                occurredOn: DAY,
                channel: 'loudspeaker',
                categoryCode: 'luot_phat',
                quantity: 1,
                title: `Lần ${round}, người ghi ${w}, lượt ${n++}`,
              },
            });
            if (res.status === 201) acknowledged.add((JSON.parse(res.body) as { id: string }).id);
            // No answer means the server is gone: stop this writer.
            if (res.status === 0) running = false;
          },
        );
        // Killed mid-writes: once this round has some acknowledged, with the writers still going.
        const wrote = await eventually(async () => acknowledged.size >= before + 20, 120_000, 20);
        expect(wrote, server.output()).toBe(true);
        await server.kill();
        running = false;
        await load;
        perRound.push(acknowledged.size - before);

        server = await startAppProcess(env, START_MS);
        const after = httpClient(server.origin);
        const stored = await activityIdsOn(after, await signIn(after, username), DAY);
        const lost = [...acknowledged].filter((id) => !stored.has(id));
        expect(lost, `round ${round}: acknowledged but gone after restart`).toEqual([]);
      }
      console.info(
        `[fault] PGlite killed under writes ${ROUNDS} times: acknowledged per round ${perRound.join(', ')}; all present after each restart`,
      );
    },
  );
});
