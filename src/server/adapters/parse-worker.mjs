// The worker-thread entry of the parse pool. It is plain JavaScript so that it loads the same way
// under `npm start` (tsx), under vitest and from the `loa` command: a worker thread does not
// inherit vitest's transform, so it registers tsx's loader itself before importing TypeScript.
import { register } from 'tsx/esm/api';

register();
const { runParseTask } = await import('./parse-jobs.ts');

export default runParseTask;
