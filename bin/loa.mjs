#!/usr/bin/env node
// The `loa` command: runs the compiled CLI in dist-server/, compiling it first when it is missing
// or older than the sources (after a fresh clone or a pull), so no TypeScript loader runs here.
import { SERVER_CLI, ensureServerBuild } from '../scripts/server-build.mjs';

await ensureServerBuild();
await import(SERVER_CLI);
