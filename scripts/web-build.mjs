// Decides whether the SPA in dist/web is missing or older than its sources, and rebuilds it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const index = join(root, 'dist/web/index.html');

/** The newest modification time under `dir`, leaving out the paths `skip` names. */
export function newestMtime(dir, skip = () => false) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip(path, entry)) continue;
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs,
    );
  }
  return newest;
}

export function webBuildIsStale() {
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(join(root, 'src/web')),
    newestMtime(join(root, 'src/contracts')),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

export function ensureWebBuild() {
  if (!webBuildIsStale()) return;
  console.log('Đang build ứng dụng web (chỉ lần đầu hoặc khi mã nguồn thay đổi)…');
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

// Run directly (`node scripts/web-build.mjs`), it builds when stale, as `npm test` does first.
if (process.argv[1] && new URL(`file://${process.argv[1]}`).href === import.meta.url)
  ensureWebBuild();
