// Runs before `npm start`: builds the web app when it is missing or out of date.
import { ensureWebBuild } from './web-build.mjs';

ensureWebBuild();
