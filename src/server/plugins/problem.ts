import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldIssue } from '../../domain/shared/domain-error';
import { isDatabaseUnavailable } from '../../db/unavailable';
import { uniqueViolation, uniqueViolationMessage } from '../../db/unique-violation';
import { renderNotFoundPage } from '../../portal/places.page';

/** The one table from domain error codes to HTTP statuses and Vietnamese titles. */
export const STATUS: Record<ErrorCode, { status: number; title: string }> = {
  validation: { status: 400, title: 'Dữ liệu không hợp lệ' },
  unauthenticated: { status: 401, title: 'Chưa đăng nhập hoặc phiên đã hết hạn' },
  invalid_credentials: { status: 401, title: 'Đăng nhập không thành công' },
  forbidden: { status: 403, title: 'Không có quyền' },
  not_found: { status: 404, title: 'Không tìm thấy' },
  conflict: { status: 409, title: 'Xung đột dữ liệu' },
  rate_limited: { status: 429, title: 'Quá nhiều yêu cầu' },
  payload_too_large: { status: 413, title: 'Dữ liệu gửi lên quá lớn' },
  // 422: the upload is well-formed but reading it took more time or memory than any real file.
  file_too_complex: { status: 422, title: 'Tệp quá phức tạp để đọc' },
  // 422: the key was already used for another request; sending it again cannot help.
  idempotency_mismatch: { status: 422, title: 'Mã chống gửi trùng đã dùng cho yêu cầu khác' },
  unavailable: { status: 503, title: 'Hệ thống tạm thời không sẵn sàng' },
  // 507 Insufficient Storage: not worth retrying until someone frees space, unlike a 503.
  storage_full: { status: 507, title: 'Bộ nhớ lưu trữ đã đầy' },
  internal: { status: 500, title: 'Lỗi hệ thống' },
};

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  detail: string,
  errors: FieldIssue[] = [],
  details?: Record<string, unknown>,
): FastifyReply {
  const { status, title } = STATUS[code];
  return reply
    .code(status)
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send({
      type: `https://loa.gov.vn/problems/${code}`,
      title,
      status: status,
      detail,
      code,
      instance: request.url,
      requestId: request.id,
      ...(errors.length ? { errors } : {}),
      ...(details && Object.keys(details).length ? { details } : {}),
    });
}

function fromFastifyError(
  error: FastifyError,
): { code: ErrorCode; detail: string; errors: FieldIssue[] } | null {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => {
      const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const where = error.validationContext ?? 'body';
      return {
        path: field ? `${where}.${field}` : where,
        message: v.message ?? 'Giá trị không hợp lệ',
      };
    });
    const first = errors[0];
    return {
      code: 'validation',
      detail: first ? `${first.path}: ${first.message}` : 'Dữ liệu không hợp lệ.',
      errors,
    };
  }
  // 413 also comes from the upload forms' own limits (too many files, fields or parts).
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413)
    return {
      code: 'payload_too_large',
      detail: 'Dữ liệu gửi lên vượt quá giới hạn cho phép.',
      errors: [],
    };
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return {
      code: 'validation',
      detail: 'Nội dung gửi lên không phải JSON hợp lệ.',
      errors: [{ path: 'body', message: 'JSON không hợp lệ' }],
    };
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return {
      code: 'validation',
      detail: 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json.',
      errors: [],
    };
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return {
      code: 'validation',
      detail: 'Thiếu nội dung JSON.',
      errors: [{ path: 'body', message: 'Thiếu nội dung' }],
    };
  if (error.statusCode === 429)
    return {
      code: 'rate_limited',
      detail: 'Bạn thử quá nhiều lần; hãy đợi một lát rồi thử lại.',
      errors: [],
    };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      code: error.statusCode === 404 ? 'not_found' : 'validation',
      detail: error.message,
      errors: [],
    };
  }
  return null;
}

/** Every error leaves as RFC 9457 problem+json; 5xx never carry internals, the log keeps them. */
export function registerProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error.code === 'internal') request.log.error({ err: error }, 'internal domain error');
      return sendProblem(reply, request, error.code, error.message, error.issues, error.details);
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ err: error }, 'database unavailable');
      return sendProblem(
        reply,
        request,
        'unavailable',
        'Không kết nối được cơ sở dữ liệu; hãy thử lại sau ít phút.',
      );
    }
    const unique = uniqueViolation(error);
    if (unique) {
      // Two requests passed the use case's check at once; the index chose one, the other is told.
      request.log.info({ constraint: unique.constraint }, 'unique violation answered as 409');
      return sendProblem(reply, request, 'conflict', uniqueViolationMessage(unique.constraint));
    }
    if (error.code === 'ENOSPC' || error.code === 'EDQUOT') {
      // A full disk outside file storage (a temporary file of a document being rendered).
      request.log.error({ err: error }, 'disk full');
      return sendProblem(reply, request, 'storage_full', 'Máy chủ đã hết dung lượng đĩa.');
    }
    const mapped = fromFastifyError(error);
    if (mapped) return sendProblem(reply, request, mapped.code, mapped.detail, mapped.errors);
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, request, 'internal', 'Đã có lỗi xảy ra. Mã yêu cầu: ' + request.id);
  });
  app.setNotFoundHandler(notFound);
}

const notFound = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
  // A voter who mistypes an address in a browser gets the portal's page with a search, not JSON.
  const browser = request.method === 'GET' && /text\/html/.test(request.headers.accept ?? '');
  if (browser && !request.url.startsWith('/api/'))
    return reply.code(404).type('text/html; charset=utf-8').send(renderNotFoundPage('trang này'));
  return sendProblem(
    reply,
    request,
    'not_found',
    `Không có đường dẫn ${request.method} ${request.url}.`,
  );
};

/**
 * Answers a path that no route matches before its body is read, so nobody can make the server
 * buffer an upload sent to a spelling of a route that does not exist. Registered after the
 * security headers' hook, so the early answer carries them too (nosniff above all).
 */
export function answerUnroutedEarly(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    // Answered here: a hook that sends does not go on (no done()).
    if (request.is404) notFound(request, reply);
    else done();
  });
}
