// A small bounded load generator: N keep-alive connections on node:http, loopback only.
import { execFile } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/** Sends GETs from `connections` parallel loops for `seconds` (at most `maxRequests`), to 127.0.0.1 only. */
export async function load(opts: {
  port: number;
  path: () => string;
  connections: number;
  seconds: number;
  maxRequests?: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections });
  const latencies: number[] = [];
  let errors = 0;
  const max = opts.maxRequests ?? 1_000_000;
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const one = (): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.get(
        {
          host: '127.0.0.1',
          port: opts.port,
          path: opts.path(),
          agent,
          // As every browser does: portal pages are then sent gzipped.
          headers: { 'accept-encoding': 'gzip, deflate, br' },
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            if (res.statusCode !== 200) errors += 1;
            latencies.push(performance.now() - t0);
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        resolve();
      });
    });
  const loop = async (): Promise<void> => {
    while (performance.now() < deadline && latencies.length + errors < max) await one();
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
  };
}

/**
 * The same measure by autocannon in a process of its own, for figures where the server may be
 * faster than a node:http client sharing its event loop with the bench: one fixed address.
 */
export async function cannon(opts: {
  port: number;
  path: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const bin = createRequire(import.meta.url).resolve('autocannon/autocannon.js');
  const args = [bin, '-j', '-c', String(opts.connections), '-d', String(opts.seconds)];
  args.push('-H', 'accept-encoding=gzip, deflate, br', `http://127.0.0.1:${opts.port}${opts.path}`);
  return autocannonResult(await run(process.execPath, args, { maxBuffer: 16 << 20 }));
}

/** `cannon()` with each request to one of `pathsFile`'s addresses (one a line), at random. */
export async function cannonPaths(opts: {
  port: number;
  pathsFile: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const script = new URL('cannon-paths.mjs', import.meta.url).pathname;
  const args = [script, String(opts.port), String(opts.connections), String(opts.seconds)];
  return autocannonResult(
    await run(process.execPath, [...args, opts.pathsFile], { maxBuffer: 16 << 20 }),
  );
}

function autocannonResult({ stdout }: { stdout: string }): LoadResult {
  const r = JSON.parse(stdout) as {
    requests: { total: number; average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return {
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
  };
}
