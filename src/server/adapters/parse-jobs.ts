import type { MessagePort } from 'node:worker_threads';
import { audioDuration } from '../../domain/content/audio-duration';
import { DomainError, type ErrorCode, type FieldIssue } from '../../domain/shared/domain-error';
import { parseUnitCsv } from '../../domain/units/unit-csv';
import { extractDocument } from '../../extract/index';
import { readSpreadsheet } from './spreadsheet';

/** Every parse of an uploaded file, by name: pure functions, run inside a pool worker. */
export const PARSE_JOBS = {
  document: (input: { fileName: string; bytes: Uint8Array }) => extractDocument(input),
  spreadsheet: (bytes: Uint8Array) => readSpreadsheet(bytes),
  unitCsv: (text: string) => parseUnitCsv(text),
  audioDuration: (mediaType: string, bytes: Uint8Array) => audioDuration(mediaType, bytes),
};

export type ParseJobs = typeof PARSE_JOBS;
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
  task.started?.postMessage('started');
  task.started?.close();
  try {
    // The pool built the task from this same table, so the arguments fit the job.
    const fn = PARSE_JOBS[task.job] as (...args: unknown[]) => unknown;
    return { ok: true, value: await fn(...task.args) };
  } catch (e) {
    if (!(e instanceof DomainError)) return { ok: false, error: null };
    const { code, message, issues, details } = e;
    return { ok: false, error: { code, message, issues, details } };
  }
}
