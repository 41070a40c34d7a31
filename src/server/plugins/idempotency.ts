import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps, Reads } from '../../domain/deps';
import { DomainError } from '../../domain/shared/domain-error';

/** The header a client sends once per intended write (one per form opening in the web app). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** Tells a client that the answer is the stored answer to its first request, not a new write. */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** A reservation whose request never answered (its instance died) is taken over after this. */
const STALE_AFTER_MS = 10 * 60_000;
const KEY_SHAPE = /^[\x21-\x7e]{8,200}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** The key this request reserved, to store its answer under (or free it) when it answers. */
    idempotency: { userId: string; key: string } | null;
  }
}

/**
 * The request as the key binds it: method, path with its ids, query and JSON body. An upload form
 * is read by its route, after this hook, so its key binds the method and address alone (a form
 * sent again carries a new boundary, so its bytes could not be compared anyway).
 */
const hashOf = (request: FastifyRequest): string =>
  createHash('sha256')
    .update(`${request.method} ${request.url}\n`)
    .update(JSON.stringify(request.body ?? null))
    .digest('hex');

function keyOf(request: FastifyRequest): string | null {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return null;
  if (typeof raw !== 'string' || !KEY_SHAPE.test(raw))
    throw new DomainError('validation', 'Mã chống gửi trùng (Idempotency-Key) không hợp lệ.', {
      issues: [
        {
          path: `headers.${IDEMPOTENCY_HEADER}`,
          message: 'Cần một chuỗi 8–200 ký tự in được, không có dấu cách.',
        },
      ],
    });
  return raw;
}

/**
 * Makes every POST sent with an `Idempotency-Key` happen once per signed-in user and key: the key
 * is reserved before the route runs (so two copies sent at once cannot both write), the first
 * answer is kept when it succeeds and sent again for every repeat, a refused request frees its
 * key, and the same key sent with another request is refused (422). See ADR 21.
 */
export function registerIdempotency(
  app: FastifyInstance,
  deps: Reads<'idempotency'> & Pick<Deps, 'clock'>,
) {
  const repo = deps.repos.idempotency;
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || !request.actor) return;
    const key = keyOf(request);
    if (key === null) return;
    const now = deps.clock.now();
    const row = {
      userId: request.actor.userId,
      key,
      method: request.method,
      route: request.routeOptions.url ?? request.url,
      requestHash: hashOf(request),
      createdAt: now,
    };
    const staleBefore = new Date(now.getTime() - STALE_AFTER_MS);
    if ((await repo.reserve(row)) || (await repo.retake(row, staleBefore))) {
      request.idempotency = { userId: row.userId, key };
      return;
    }
    const first = await repo.find(row.userId, key);
    if (!first) throw new DomainError('conflict', 'Yêu cầu vừa được gửi lại; hãy thử lần nữa.');
    if (first.requestHash !== row.requestHash)
      throw new DomainError(
        'idempotency_mismatch',
        'Mã chống gửi trùng này đã được dùng cho một yêu cầu khác; hãy mở lại biểu mẫu.',
      );
    if (first.responseStatus === null || first.responseBody === null)
      throw new DomainError('conflict', 'Yêu cầu này đang được xử lý; hãy đợi giây lát.');
    return reply
      .code(first.responseStatus)
      .header(REPLAYED_HEADER, 'true')
      .type('application/json; charset=utf-8')
      .serializer((payload: unknown) => String(payload))
      .send(first.responseBody);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const reserved = request.idempotency;
    if (!reserved) return payload;
    request.idempotency = null;
    const ok = reply.statusCode >= 200 && reply.statusCode < 300;
    if (ok && typeof payload === 'string')
      await repo.complete(reserved.userId, reserved.key, reply.statusCode, payload);
    else await repo.release(reserved.userId, reserved.key);
    return payload;
  });
}
