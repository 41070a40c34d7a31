/** The closed set of reasons a use case can refuse; server/plugins/problem.ts maps each to an HTTP status. */
export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'file_too_complex',
  'idempotency_mismatch',
  'unavailable',
  'storage_full',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `body.parentId` or `rows.3.name`. */
  path: string;
  message: string;
}

/** The one error the domain throws: a code from the closed set, a Vietnamese message, details. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { issues?: FieldIssue[]; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = opts.issues ?? [];
    this.details = opts.details ?? {};
  }
}

export const notFound = (what: string): DomainError =>
  new DomainError('not_found', `Không tìm thấy ${what}.`);

export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.'): DomainError =>
  new DomainError('forbidden', message);

export const invalid = (path: string, message: string): DomainError =>
  new DomainError('validation', message, { issues: [{ path, message }] });

export const conflict = (message: string): DomainError => new DomainError('conflict', message);
