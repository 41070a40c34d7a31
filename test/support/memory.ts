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
  // A full collection on every sample costs tens of milliseconds on a loaded machine: sampled
  // every 10 ms it slowed a 48 MB upload past two minutes. A streamed upload holds a steady few
  // megabytes, so a sample every 100 ms still sees it; a buffered one holds the whole file.
  const sampler = setInterval(() => {
    peak = Math.max(peak, live());
    gc();
  }, 100);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, await settle()) - start;
}
