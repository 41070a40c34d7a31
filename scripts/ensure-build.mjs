// Runs before `npm start`: builds the web app and compiles the server when either is missing or
// out of date, so `npm start` runs plain JavaScript from dist-server/.
import { ensureServerBuild } from './server-build.mjs';
import { ensureWebBuild } from './web-build.mjs';

ensureWebBuild();
await ensureServerBuild();
