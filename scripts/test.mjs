// `npm test`: every check and test — the type checker, the linters and the formatter check,
// then unit, integration on PGlite (and on PostgreSQL when DATABASE_URL is set) and the browser
// tests, after making sure the web app they drive is built. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { ensureWebBuild } from './web-build.mjs';

const run = (label, cmd, args, env = {}) => {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stdout.write(`\n✖ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
};

const only = process.argv.slice(2);
if (only.length === 0) {
  run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  run('lint (eslint, zero warnings)', 'npx', ['eslint', '.', '--max-warnings', '0']);
  run('dependency rules', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);
  run('formatting', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
}
ensureWebBuild();
run('tests', 'npx', ['vitest', 'run', ...only], { TZ: 'Asia/Ho_Chi_Minh' });
