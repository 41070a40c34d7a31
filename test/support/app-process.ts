import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '../../src/db/database';
import type { Deps } from '../../src/domain/deps';
import { createDeps, pgliteFolder } from '../../src/server/main';
import { eventually } from './http-client';

// The installed command, which runs the compiled build (vitest.config.ts compiles it first).
const LOA = fileURLToPath(new URL('../../bin/loa.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** An environment without its undefined entries: the variables they name are not set at all. */
function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) defined[key] = value;
  return defined;
}

/** A real `loa serve` in a child process, as an operator starts it. */
export interface AppProcess {
  origin: string;
  child: ChildProcess;
  /** The last lines it printed, to explain a failure. */
  output(): string;
  /** Whether it is still running. */
  alive(): boolean;
  /** SIGKILL, as a crashed machine or the OOM killer would; resolves once it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts `loa serve` on a free port with `env` over this process's environment, and resolves
 * once /readyz answers 200 (within `readyWithinMs`: a first PGlite start creates its folder and
 * may seed the demo). The caller must `kill` it (in afterAll), even when a test fails.
 */
export async function startAppProcess(
  env: Record<string, string | undefined>,
  readyWithinMs = 150_000,
): Promise<AppProcess> {
  const port = await freePort();
  // An undefined value removes the variable (e.g. a setting of the runner's own environment).
  const childEnv = definedOnly({
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    ...env,
  });
  const child = spawn(process.execPath, [LOA, 'serve'], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const alive = () => child.exitCode === null && child.signalCode === null;
  // Whatever happens to the test runner, the child does not outlive it.
  const reap = () => {
    if (alive()) child.kill('SIGKILL');
  };
  process.once('exit', reap);
  const handle: AppProcess = {
    origin: `http://127.0.0.1:${port}`,
    child,
    output: () => log,
    alive,
    async kill() {
      process.off('exit', reap);
      if (!alive()) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
  const ready = await eventually(async () => {
    if (!alive()) return true;
    const res = await fetch(`${handle.origin}/readyz`).catch(() => null);
    return res?.status === 200;
  }, readyWithinMs);
  if (!ready || !alive()) {
    await handle.kill();
    throw new Error(`loa serve did not start:\n${log}`);
  }
  return handle;
}

/** What a `loa` command run to its end printed, and its exit code. */
export interface LoaRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `loa <args>` in a child process with `env` over this process's environment (undefined removes). */
export async function runLoa(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<LoaRun> {
  const childEnv = definedOnly({ ...process.env, ...env });
  const child = spawn(process.execPath, [LOA, ...args], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout, stderr };
}

/**
 * Builds what a test needs into the embedded database of `dataDir` before a `loa serve` is started
 * there (one process per folder: the server cannot be asked to share it), then closes the folder.
 * Files it uploads go where that server keeps them (`<dataDir>/files`).
 */
export async function buildInDataDir<W>(
  dataDir: string,
  build: (deps: Deps) => Promise<W>,
): Promise<W> {
  const database = await openDatabase({ dataDir: pgliteFolder({ dataDir }) });
  try {
    await database.migrate();
    const deps = createDeps(database, {
      smtpUrl: undefined,
      mailFrom: 'test@loa.local',
      storage: { kind: 'local', dir: join(dataDir, 'files') },
    });
    return await build(deps);
  } finally {
    await database.close();
  }
}
