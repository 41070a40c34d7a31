// The election-day load, run as its own process by election-day.bench.ts so that the load
// generator does not share an event loop with anything it measures. Reads its plan from the JSON
// file named on the command line; prints one JSON result on stdout.
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadPlan {
  ports: number[];
  connections: number;
  seconds: number;
  /** Share of requests that are workspace writes (activities logged by commune officers). */
  writeShare: number;
  slug: string;
  villages: string[];
  communes: string[];
  /** Signed-in commune officers: the session cookie and the commune the officer logs work for. */
  officers: Array<{ cookie: string; unitId: string }>;
  today: string;
}

export interface LoadOutcome {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  writes: number;
  writesOk: number;
  statusCodes: Record<string, number>;
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)] as T;

/** One request of the mix: 95% portal pages across many places, 5% activities logged. */
function nextRequest(plan: LoadPlan, req: autocannon.Request, context: Record<string, unknown>) {
  const r = Math.random();
  if (r < plan.writeShare) {
    const officer = pick(plan.officers);
    context.write = true;
    return {
      ...req,
      method: 'POST' as const,
      path: '/api/v1/activities',
      headers: { cookie: officer.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        unitId: officer.unitId,
        occurredOn: plan.today,
        channel: 'loudspeaker',
        categoryCode: 'luot_phat',
        quantity: 2,
        title: 'Phát thanh lịch bầu cử',
      }),
    };
  }
  context.write = false;
  const portal = (r - plan.writeShare) / (1 - plan.writeShare);
  const path =
    portal < 0.8
      ? `/bau-cu/${plan.slug}/${pick(plan.villages)}`
      : portal < 0.95
        ? `/dia-phuong/${pick(plan.communes)}`
        : '/';
  return {
    ...req,
    method: 'GET' as const,
    path,
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    body: undefined,
  };
}

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadPlan;
  let writes = 0;
  let writesOk = 0;
  const runs = plan.ports.map((port) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: Math.max(1, Math.round(plan.connections / plan.ports.length)),
      duration: plan.seconds,
      timeout: 10,
      requests: [
        {
          setupRequest: (req, context) =>
            nextRequest(plan, req, context as Record<string, unknown>),
          onResponse: (status, _body, context) => {
            if (!(context as Record<string, unknown>).write) return;
            writes += 1;
            if (status === 201) writesOk += 1;
          },
        },
      ],
    }),
  );
  const results = await Promise.all(runs);
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((n, r) => n + f(r), 0);
  const statusCodes: Record<string, number> = {};
  for (const r of results)
    for (const [code, stat] of Object.entries(r.statusCodeStats ?? {}))
      statusCodes[code] = (statusCodes[code] ?? 0) + Number(stat.count);
  const outcome: LoadOutcome = {
    requests: sum((r) => r.requests.total),
    rps: sum((r) => r.requests.average),
    // Per-instance percentiles; the slower instance's is the honest one to report.
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    max: Math.max(...results.map((r) => r.latency.max)),
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    writes,
    writesOk,
    statusCodes,
  };
  process.stdout.write(`${JSON.stringify(outcome)}\n`);
}

await main();
