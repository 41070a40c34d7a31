// The workspace in Chromium against a demo server: what the sign-in page costs on the wire, and
// how soon a ward officer's dashboard is usable on a slow machine (CPU throttled 4× through the
// DevTools protocol). Uses the built SPA in dist/web, rebuilt first when its sources changed.
// Standalone: npx tsx bench/run.ts workspace
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS } from '../test/support/browser';
import type { BenchFigure } from './extract.bench';
import { giveCamBinhCurrentWork } from './ward-current-work';
import { freePort, startServer, stopServer, waitQuiet } from './servers';

const SIGN_IN_GOAL_KB = 250;
const USABLE_GOAL_MS = 1500;
const RUNS = Number(process.env.LOA_BENCH_RUNS ?? '5');
/** A main thread this long without a long task (≥ 50 ms) answers a click at once. */
const QUIET_MS = 500;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * Bytes of every script and style the sign-in page loads (its lazy chunks included), as sent:
 * the compressed body when the server compresses. A fresh context, so nothing comes from cache.
 */
async function signInBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(`${url}/app/login`, { waitUntil: 'networkidle' });
  await page.getByLabel('Tên đăng nhập').waitFor();
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .map((e) => ({ name: e.name, bytes: e.encodedBodySize })),
  );
  await context.close();
  const assets = entries.filter((e) => /\.(js|css)(\?|$)/.test(e.name));
  process.stderr.write(
    `  sign-in page: ${assets.length} scripts and styles: ${assets
      .map((e) => `${e.name.replace(/.*\//, '')} ${(e.bytes / 1024).toFixed(1)}`)
      .join(', ')}\n`,
  );
  return assets.reduce((n, e) => n + e.bytes, 0);
}

/**
 * Milliseconds from navigation until Cẩm Bình's officer can use the dashboard at `address`, on a fresh
 * context (cold cache) with the CPU 4× slower. "Usable" means both:
 * - its main content is there: the headline figures are out of their loading state and the first
 *   chart card shows its chart (Cẩm Bình is given work in the period first: ward-current-work.ts);
 * - the page is idle enough to click: the end of the last long task (≥ 50 ms) before a quiet
 *   window of 500 ms, the way Lighthouse's time-to-interactive reads the main thread.
 * The later of the two.
 */
async function dashboardUsableMs(
  browser: Browser,
  url: string,
  address: string,
  session: Session,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    storageState: session,
  });
  await context.addInitScript(() => {
    const w = window as unknown as { longTaskEnds: number[]; contentAt: number | null };
    w.longTaskEnds = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTaskEnds.push(e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
    // When the content arrived, by the page's own clock: the driver's polling runs in the same
    // throttled page and noticed it hundreds of ms late, for the SPA and the first view alike.
    w.contentAt = null;
    new MutationObserver(() => {
      if (
        w.contentAt === null &&
        document.querySelector('[data-testid="kpi-rate"]') &&
        document.querySelector('[data-testid="chart-compliance-week"] svg')
      )
        w.contentAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${url}${address}`, { waitUntil: 'commit' });
  await page.getByTestId('kpi-rate').waitFor({ timeout: 60_000 });
  const chart = page.getByTestId('chart-compliance-week');
  await chart.locator('svg').first().waitFor({ timeout: 60_000 });
  const contentAt = await page.evaluate(
    () => (window as unknown as { contentAt: number | null }).contentAt ?? performance.now(),
  );
  // Wait for the quiet window, then read when the main thread last was busy.
  const idleAt = await page.evaluate(async (quiet) => {
    // No named helpers in here: the bench's compiler would wrap them in a function the page lacks.
    const w = window as unknown as { longTaskEnds: number[] };
    while (performance.now() - Math.max(0, ...w.longTaskEnds) < quiet)
      await new Promise((r) => setTimeout(r, 50));
    return Math.max(0, ...w.longTaskEnds);
  }, QUIET_MS);
  await context.close();
  return Math.max(contentAt, idleAt);
}

type Session = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Cẩm Bình's officer signed in once: each load then starts from a fresh context (an empty cache)
 * holding only the session cookie, and the sign-in limiter is not asked a dozen times a minute.
 */
async function signedInSession(browser: Browser, url: string): Promise<Session> {
  const context = await browser.newContext();
  const login = await context.request.post(`${url}/api/v1/auth/login`, {
    data: { username: 'cambinh', password: 'demo1234' },
  });
  if (!login.ok()) throw new Error(`sign in cambinh: ${login.status()}`);
  const session = await context.storageState();
  await context.close();
  return session;
}

/** The median of RUNS loads of `address`, after one load that warms the server and is not counted. */
async function medianUsable(
  browser: Browser,
  url: string,
  address: string,
  label: string,
): Promise<number> {
  const session = await signedInSession(browser, url);
  await dashboardUsableMs(browser, url, address, session);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++)
    times.push(await dashboardUsableMs(browser, url, address, session));
  process.stderr.write(
    `  dashboard usable, ${label} (ms): ${times.map((t) => t.toFixed(0)).join(', ')} → median\n`,
  );
  return median(times);
}

export async function run(): Promise<BenchFigure[]> {
  execFileSync(process.execPath, ['scripts/web-build.mjs'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-workspace-bench-'));
  const port = await freePort();
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let browser: Browser | null = null;
  try {
    // The demo world is seeded only outside production; then, with the server stopped (one
    // process per PGlite folder), Cẩm Bình is given work in the weeks its dashboard shows.
    const env = { NODE_ENV: 'development', LOA_DEMO: 'auto', LOA_DATA_DIR: dataDir };
    server = await startServer(port, env);
    await stopServer(server);
    await giveCamBinhCurrentWork(dataDir);
    server = await startServer(port, env);
    // The demo's start-up work (prerendered pages, signed PDFs) runs on the same two cores.
    if (server.pid) await waitQuiet(server.pid);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const url = `http://127.0.0.1:${port}`;
    const bytes = await signInBytes(browser, url);
    // The address as typed or bookmarked gets the first view (ADR 35); from its button
    // (`?full=1`), the same dashboard is the SPA's, measured beside it so its cost stays in sight.
    const usable = await medianUsable(browser, url, '/app/dashboard', 'first view');
    const spa = await medianUsable(browser, url, '/app/dashboard?full=1', 'SPA');
    return [
      {
        figure: 'sign-in page: bytes on the wire (scripts+styles)',
        value: bytes / 1024,
        unit: 'KB',
        goal: `≤ ${SIGN_IN_GOAL_KB} KB`,
        pass: bytes / 1024 <= SIGN_IN_GOAL_KB,
      },
      {
        figure: `ward officer dashboard usable, CPU 4× (median of ${RUNS}, cold cache)`,
        value: usable / 1000,
        unit: 's',
        goal: `≤ ${USABLE_GOAL_MS / 1000} s`,
        pass: usable <= USABLE_GOAL_MS,
      },
      {
        figure: `  the same in the SPA (from its button), CPU 4×`,
        value: spa / 1000,
        unit: 's',
        goal: null,
        pass: null,
      },
    ];
  } finally {
    await browser?.close();
    await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
