import type { MessagePort } from 'node:worker_threads';
import { DomainError, type ErrorCode, type FieldIssue } from '../../domain/shared/domain-error';

/**
 * Every parse of an uploaded file, by name: each entry loads a pure function that a pool worker
 * runs. A worker loads a parser on its first task of that kind, so it loads only what the files
 * it reads need (ExcelJS alone takes longer to load than most reads take).
 */
export const PARSE_JOBS = {
  document: async () => (await import('../../extract/index')).extractDocument,
  spreadsheet: async () => (await import('./spreadsheet')).readSpreadsheet,
  unitCsv: async () => (await import('../../domain/units/unit-csv')).parseUnitCsv,
  audioDuration: async () => (await import('../../domain/content/audio-duration')).audioDuration,
  certificate: async () => (await import('./certificate-inspect')).inspectCertificate,
  signatures: async () => (await import('./pdf-verify-job')).verifyUploadedPdf,
};

export type ParseJobs = {
  [K in keyof typeof PARSE_JOBS]: Awaited<ReturnType<(typeof PARSE_JOBS)[K]>>;
};
export type ParseJobName = keyof ParseJobs;

export interface ParseTask {
  job: ParseJobName;
  args: unknown[];
  /** Told once the worker starts the job, so the time cap leaves out queueing and start-up. */
  started?: MessagePort;
}

/** A job's answer as it crosses the thread boundary: errors as plain data, not class instances. */
export type ParseOutcome =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: {
        code: ErrorCode;
        message: string;
        issues: FieldIssue[];
        details: Record<string, unknown>;
      } | null;
    };

/** Runs one task in the current thread; the pool's worker entry calls this. */
export async function runParseTask(task: ParseTask): Promise<ParseOutcome> {
  // Loading the parser is start-up, not reading: the time cap starts once it is loaded.
  const job = await PARSE_JOBS[task.job]();
  task.started?.postMessage('started');
  task.started?.close();
  try {
    // The pool built the task from this same table, so the arguments fit the job.
    const fn = job as (...args: unknown[]) => unknown;
    return { ok: true, value: await fn(...task.args) };
  } catch (e) {
    if (!(e instanceof DomainError)) return { ok: false, error: null };
    const { code, message, issues, details } = e;
    return { ok: false, error: { code, message, issues, details } };
  }
}
