// App instances for the benchmarks: real `loa serve` processes on free loopback ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

export async function waitReady(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the server exited');
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the server did not start');
}

/** Resident memory of a process, in MB. */
export const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) / 1024;
};

/**
 * Starts `loa serve` with `env` on `port` (production mode, no demo) and waits for /healthz. It
 * runs the installed command, so the compiled build in dist-server/, as production does. With
 * `log`, the server's log lines reach it (counted by the portal bench); else they are dropped.
 */
export async function startServer(
  port: number,
  env: NodeJS.ProcessEnv,
  log?: (chunk: Buffer) => void,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['bin/loa.mjs', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOA_DEMO: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', log ? 'pipe' : 'ignore', 'inherit'],
  });
  if (log) child.stdout?.on('data', log);
  await waitReady(port, child);
  return child;
}

export async function stopServer(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** The bare `node:http` reference (bench/bare-server.mjs) answering `file`'s bytes with `headers`. */
export async function startBareServer(
  port: number,
  file: string,
  headers: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      new URL('bare-server.mjs', import.meta.url).pathname,
      String(port),
      file,
      JSON.stringify(headers),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitReady(port, child);
  return child;
}
