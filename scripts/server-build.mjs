// Compiles the server and the `loa` command into dist-server/ with esbuild, and decides whether
// that build is missing or older than its sources. Production runs this JavaScript, never a
// TypeScript loader (ADR 0026).
//
// Files the code finds at run time through `new URL(..., import.meta.url)` resolve from the
// compiled chunks exactly as from the sources, because every output lands flat in dist-server/
// beside what they look for: the parse worker is built as dist-server/parse-worker.mjs and the
// migrations are copied to dist-server/migrations.
import { cpSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestMtime } from './web-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist-server');
export const SERVER_CLI = join(out, 'cli.mjs');

// Everything in src/ but the web app (its own build) and the tests beside the code.
const notServer = (path, entry) =>
  entry.isDirectory() ? path === join(root, 'src/web') : entry.name.endsWith('.test.ts');

export function serverBuildIsStale() {
  if (!existsSync(SERVER_CLI)) return true;
  const built = statSync(SERVER_CLI).mtimeMs;
  const sources = Math.max(
    newestMtime(join(root, 'src'), notServer),
    statSync(join(root, 'package.json')).mtimeMs,
    statSync(new URL(import.meta.url)).mtimeMs,
  );
  return sources > built;
}

/** Compiles into a fresh folder, then puts it in place, so a half-written build never runs. */
export async function buildServer() {
  const { build, stop } = await import('esbuild');
  const next = `${out}.${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: {
      cli: 'src/cli.ts',
      // The parse pool's worker thread (src/server/adapters/parse-pool.ts).
      'parse-worker': 'src/server/adapters/parse-jobs.ts',
    },
    outdir: next,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // Each command loads only the chunks it imports.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  // esbuild's service process would otherwise stay beside a `loa serve` that compiled first.
  await stop();
  // drizzle's migrator reads the journal and the SQL; the snapshots serve only drizzle-kit.
  cpSync(join(root, 'src/db/migrations'), join(next, 'migrations'), {
    recursive: true,
    filter: (path) => !path.endsWith('_snapshot.json'),
  });
  rmSync(out, { recursive: true, force: true });
  try {
    renameSync(next, out);
  } catch (error) {
    // Another process put the same build in place first.
    rmSync(next, { recursive: true, force: true });
    if (!existsSync(SERVER_CLI)) throw error;
  }
}

export async function ensureServerBuild() {
  if (!serverBuildIsStale()) return;
  console.error('Đang biên dịch máy chủ (chỉ lần đầu hoặc khi mã nguồn thay đổi)…');
  await buildServer();
}

// Run directly (`node scripts/server-build.mjs`), it builds, as `npm run build` does.
if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url)
  await buildServer();
