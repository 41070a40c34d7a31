// App instances for the benchmarks: real `loa serve` processes on free loopback ports.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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

/** CPU time (clock ticks) of a process and every process below it, finished ones included. */
function treeTicks(pid: number): number {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        // Fields after the command's closing parenthesis: state, ppid, … utime (14), stime (15),
        // cutime (16), cstime (17), counted from 1 over the whole line.
        const line = readFileSync(`/proc/${d}/stat`, 'utf8');
        const f = line.slice(line.lastIndexOf(')') + 2).split(' ');
        const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(f[i] ?? 0), 0);
        return { pid: Number(d), ppid: Number(f[1]), ticks };
      } catch {
        return null; // gone meanwhile
      }
    })
    .filter((s) => s !== null);
  const inTree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats)
      if (!inTree.has(s.pid) && inTree.has(s.ppid)) {
        inTree.add(s.pid);
        grew = true;
      }
  }
  return stats.filter((s) => inTree.has(s.pid)).reduce((n, s) => n + s.ticks, 0);
}

/**
 * Waits until a server and the processes it started (LibreOffice making issued PDFs, say) have
 * used under 5% of one core for `quietSeconds` in a row: its start-up work done, so a browser
 * figure measures the browser, not the two sharing the machine.
 */
export async function waitQuiet(pid: number, quietSeconds = 3): Promise<void> {
  const ticksPerSecond = 100; // USER_HZ on Linux
  let quiet = 0;
  let last = treeTicks(pid);
  for (let i = 0; i < 600 && quiet < quietSeconds; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = treeTicks(pid);
    quiet = now - last < 0.05 * ticksPerSecond ? quiet + 1 : 0;
    last = now;
  }
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
