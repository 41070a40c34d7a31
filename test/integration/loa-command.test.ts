import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runLoa, startAppProcess, type AppProcess } from '../support/app-process';
import { testEngine } from '../support/test-db';
import { ensureWebBuild } from '../support/test-server';

// The `loa` command as an operator runs it (bin/loa.mjs): compiled JavaScript from dist-server/,
// with no TypeScript loader in the process or in the worker thread that reads the file (ADR 0026).

const FIXTURE = 'test/fixtures/extract/docs/f01_plan_province_na.txt';

/** Every script each thread of a finished process loaded, from the V8 coverage Node writes. */
function scriptsLoaded(coverageDir: string): string[] {
  return readdirSync(coverageDir).flatMap((file) => {
    const report = JSON.parse(readFileSync(join(coverageDir, file), 'utf8')) as {
      result: Array<{ url: string }>;
    };
    return report.result.map((r) => r.url).filter((url) => url.startsWith('file:'));
  });
}

describe.runIf(testEngine() === 'pglite')('the loa command', () => {
  const dirs: string[] = [];
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  let server: AppProcess | null = null;
  afterAll(async () => {
    await server?.kill();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test('extract prints the fields of a plan, read by the compiled build', async () => {
    const coverage = tempDir('loa-coverage-');
    const run = await runLoa(['extract', FIXTURE], { NODE_V8_COVERAGE: coverage });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Loại: Kế hoạch   Số: 187/KH-UBND   Ngày: 12/01/2026');
    expect(run.stdout).toContain('Cơ quan ban hành: UBND tỉnh Hà Nam');
    expect(run.stdout).toContain('Các đợt: Đợt 1, Đợt 2, Đợt 3');

    const scripts = scriptsLoaded(coverage);
    expect(scripts.some((url) => url.endsWith('/dist-server/cli.mjs'))).toBe(true);
    // The file is read in the pool's worker thread, from its compiled entry.
    expect(scripts.some((url) => url.endsWith('/dist-server/parse-worker.mjs'))).toBe(true);
    expect(scripts.filter((url) => /\.[cm]?tsx?$|\/node_modules\/tsx\//.test(url))).toEqual([]);
    // Only the extractor: the server, the database and the renderers stay unloaded.
    for (const name of ['fastify', '@electric-sql/pglite', 'docx', 'exceljs'])
      expect(scripts.filter((url) => url.includes(`/node_modules/${name}/`))).toEqual([]);
  });

  test('extract --json prints one line of JSON per file', async () => {
    const run = await runLoa(['extract', FIXTURE, '--json'], {});
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ number: '187/KH-UBND' });
  });

  test('--help prints the commands in Vietnamese', async () => {
    const run = await runLoa(['--help'], {});
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cách dùng: loa <lệnh> \[tùy chọn\]/);
    expect(run.stdout).toContain('extract FILE... [--json]');
  });

  test('an unknown command names itself and exits 2', async () => {
    const run = await runLoa(['nope'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Lệnh không rõ: nope/);
  });

  test(
    'serve from the build migrates a new database and serves the portal and the web app',
    { timeout: 300_000 },
    async () => {
      ensureWebBuild();
      server = await startAppProcess({
        DATABASE_URL: undefined,
        DATABASE_READ_URL: undefined,
        NODE_ENV: 'development',
        LOA_DEMO: 'off',
        LOG_LEVEL: 'warn',
        LOA_STORAGE: 'local',
        LOA_DATA_DIR: tempDir('loa-serve-'),
      });
      const portal = await fetch(`${server.origin}/`);
      expect(portal.status).toBe(200);
      expect(portal.headers.get('content-type')).toMatch(/^text\/html/);
      const app = await fetch(`${server.origin}/app/`);
      expect(app.status).toBe(200);
      expect(await app.text()).toContain('<div id="root"></div>');
    },
  );
});
