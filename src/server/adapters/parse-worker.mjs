// The parse pool's worker-thread entry when running from the sources (vitest, `npm run dev`): a
// worker thread does not inherit vitest's transform, so it registers tsx's loader itself before
// importing TypeScript. The compiled build has its own entry, dist-server/parse-worker.mjs, built
// from parse-jobs.ts; the pool calls `runParseTask` from either.
import { register } from 'tsx/esm/api';

register();
const { runParseTask } = await import('./parse-jobs.ts');

export { runParseTask };
