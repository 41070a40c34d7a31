// `npm test`: every test — unit, integration on PGlite (and on PostgreSQL when DATABASE_URL is
// set), and the browser tests — after making sure the web app they drive is built.
import { spawnSync } from 'node:child_process';
import { ensureWebBuild } from './web-build.mjs';

ensureWebBuild();
const result = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
});
process.exit(result.status ?? 1);
