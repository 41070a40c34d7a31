import { availableParallelism } from 'node:os';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { FileParsers } from '../../domain/shared/file-parsers.port';
import { FILE_TOO_COMPLEX_MESSAGE } from '../../domain/shared/file-parsers.port';
import { DomainError } from '../../domain/shared/domain-error';
import type { ParseJobName, ParseJobs, ParseOutcome, ParseTask } from './parse-jobs';

/** Why a read was given up before any worker took it (the signal's abort reason). */
const NOT_STARTED = 'not-started';

export interface ParseLimits {
  /** Worker threads reading files at once; the event loop keeps a core of its own. */
  threads: number;
  /** Wall time one read may take once it has started, in milliseconds. */
  timeMs: number;
  /** Old-generation heap of each worker, in MB; a read that needs more kills its worker. */
  heapMb: number;
  /** Reads allowed to wait for a thread; more are refused as unavailable. */
  maxQueue: number;
}

/** One thread on a two-core machine, two from four cores up. */
export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
  timeMs: 15_000,
  heapMb: 512,
  maxQueue: 32,
};

// Beside this module in the sources, and beside the compiled chunks in dist-server/.
const WORKER = new URL('./parse-worker.mjs', import.meta.url).href;

export interface ParsePool extends FileParsers {
  run<K extends ParseJobName>(
    job: K,
    ...args: Parameters<ParseJobs[K]>
  ): Promise<Awaited<ReturnType<ParseJobs[K]>>>;
  close(): Promise<void>;
}

const tooComplex = () => new DomainError('file_too_complex', FILE_TOO_COMPLEX_MESSAGE);
const busy = () =>
  new DomainError('unavailable', 'Máy chủ đang đọc nhiều tệp; hãy thử lại sau ít phút.');

/**
 * A pool of worker threads that read untrusted files: each read runs under a heap cap (the
 * worker's resourceLimits) and a time cap counted from the moment the worker starts it; a read
 * over either cap has its worker terminated and throws file_too_complex. Threads start on the
 * first read (a process that reads no file never starts one) and are then kept, unreferenced, so
 * they never hold the process open.
 */
export function createParsePool(limits: Partial<ParseLimits> = {}): ParsePool {
  const l = { ...DEFAULT_PARSE_LIMITS, ...limits };
  let piscina: Piscina | null = null;
  const pool = () =>
    (piscina ??= new Piscina({
      filename: WORKER,
      name: 'runParseTask',
      // Kept at the maximum: piscina replaces a killed worker only up to minThreads, so with
      // fewer, reads queued behind a killed one would wait for the next read to arrive.
      minThreads: l.threads,
      maxThreads: l.threads,
      maxQueue: l.maxQueue,
      resourceLimits: { maxOldGenerationSizeMb: l.heapMb },
    }));

  async function runTask(job: ParseJobName, args: unknown[]): Promise<unknown> {
    if (pool().queueSize >= l.maxQueue) throw busy();
    const { port1, port2 } = new MessageChannel();
    const timeout = new AbortController();
    // A safety net: a read that no worker takes up in the time the whole queue could need is
    // given up as unavailable rather than left waiting.
    let timer = setTimeout(
      () => timeout.abort(NOT_STARTED),
      l.timeMs * (l.maxQueue / l.threads + 1) + 60_000,
    );
    port1.once('message', () => {
      clearTimeout(timer);
      timer = setTimeout(() => timeout.abort(), l.timeMs);
    });
    const task: ParseTask = { job, args, started: port2 };
    let outcome: ParseOutcome;
    try {
      outcome = (await pool().run(task, {
        signal: timeout.signal,
        transferList: [port2],
      })) as ParseOutcome;
    } catch (e) {
      if (timeout.signal.reason === NOT_STARTED) throw busy();
      // Aborted at the time cap, or the worker died at the heap cap: either way the file's fault.
      if (timeout.signal.aborted || isOutOfMemory(e)) throw tooComplex();
      throw e;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (outcome.ok) return outcome.value;
    if (!outcome.error)
      throw new DomainError('validation', 'Không đọc được tệp; tệp có thể bị hỏng.');
    const { code, message, issues, details } = outcome.error;
    throw new DomainError(code, message, { issues, details });
  }

  async function run<K extends ParseJobName>(
    job: K,
    ...args: Parameters<ParseJobs[K]>
  ): Promise<Awaited<ReturnType<ParseJobs[K]>>> {
    // The worker ran PARSE_JOBS[job] on these arguments: its answer has that job's type.
    return (await runTask(job, args)) as Awaited<ReturnType<ParseJobs[K]>>;
  }
  return {
    run,
    spreadsheet: (bytes) => run('spreadsheet', bytes),
    unitCsv: (text) => run('unitCsv', text),
    audioDuration: (mediaType, bytes) => run('audioDuration', mediaType, bytes),
    document: (input) => run('document', input),
    certificate: (bytes, password) => run('certificate', bytes, password),
    signatures: (bytes, roots) => run('signatures', bytes, roots),
    close: async () => {
      await piscina?.close({ force: true });
      piscina = null;
    },
  };
}

const isOutOfMemory = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && e.code === 'ERR_WORKER_OUT_OF_MEMORY';
