import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

// Memory still in use, not garbage waiting for a collection: each sample reads what the last
// collection left (array buffers are released a moment after a collection, not during it).
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const live = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const settle = async () => {
  gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
  return live();
};

/** The most live `heapUsed + arrayBuffers` grew above where it was while `work` ran. */
export async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const start = await settle();
  let peak = start;
  // Sampled often, so little garbage builds up between collections; the collections make the
  // work slow on a loaded machine, so tests that use this keep their files moderate.
  const sampler = setInterval(() => {
    peak = Math.max(peak, live());
    gc();
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, await settle()) - start;
}
