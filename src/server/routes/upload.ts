import { errorCodes, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import type { FileStream } from '../../domain/content/content.port';
import { DomainError } from '../../domain/shared/domain-error';

/** The largest raw upload a route accepts (video); each type's own cap is checked by content. */
export const UPLOAD_LIMIT = 100 * 1024 * 1024;

/**
 * Lets a route scope take files as a raw `application/octet-stream` body: no base64 inflation
 * (+33 %) and no JSON string of the whole file in memory, and XHR still reports upload progress.
 * The parser keeps the server's body limit: each upload route raises it with its own `bodyLimit`,
 * so the other routes of the scope are not made to buffer 100 MB of bytes they will refuse.
 */
export function acceptRawUploads(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route reads its raw body as a stream (see acceptStreamedUploads). */
    streamedUpload?: boolean;
  }
}

/**
 * Lets a route scope take a file as a raw stream, read as it arrives, so a 100 MB video is never
 * buffered whole. Only routes marked `config: { streamedUpload: true }` take one; their body limit
 * still holds (an announced length over it is refused before a byte is read), and the others
 * refuse the type as a JSON route would.
 */
export function acceptStreamedUploads(app: FastifyInstance): void {
  app.addContentTypeParser('application/octet-stream', (request, payload, done) => {
    if (request.routeOptions.config.streamedUpload !== true)
      done(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE('application/octet-stream'));
    else if (Number(request.headers['content-length']) > request.routeOptions.bodyLimit)
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    else done(null, payload);
  });
}

/** A streamed upload with its announced length; validation when there is none. */
export function uploadedStream(request: FastifyRequest): FileStream {
  const size = Number(request.headers['content-length']);
  if (!(request.body instanceof Readable) || !Number.isSafeInteger(size) || size <= 0)
    throw new DomainError(
      'validation',
      'Hãy gửi tệp dưới dạng application/octet-stream, kèm độ dài (Content-Length).',
      { issues: [{ path: 'body', message: 'Không có tệp.' }] },
    );
  return { size, body: request.body };
}

/** The uploaded bytes of a raw-body request; validation when there are none. */
export function uploadedBytes(body: unknown): Uint8Array {
  if (!Buffer.isBuffer(body) || body.length === 0)
    throw new DomainError('validation', 'Hãy gửi tệp dưới dạng application/octet-stream.', {
      issues: [{ path: 'body', message: 'Không có tệp.' }],
    });
  return new Uint8Array(body.buffer, body.byteOffset, body.length);
}

/** The file name sent in X-File-Name (percent-encoded UTF-8), or a default. */
export function uploadedName(header: string | undefined, fallback: string): string {
  if (!header) return fallback;
  try {
    return (
      decodeURIComponent(header)
        .replace(/[\\/\0]/g, '_')
        .slice(0, 200) || fallback
    );
  } catch {
    return fallback;
  }
}

/** Types a browser shows as a picture or a player, never as a page: only these open inline. */
const INLINE_TYPE = /^(image\/(png|jpeg|gif|webp)|audio\/[\w.+-]+|video\/[\w.+-]+)$/;

/**
 * The policy of every file people uploaded, when served back: even a file that passed the type
 * check by its first bytes (a GIF whose tail is HTML) runs nothing and reads nothing of this
 * origin if a browser ever renders it as a page.
 */
export const UPLOADED_FILE_CSP =
  "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox";

/**
 * Sends stored bytes with their real type: pictures, audio and video inline (shown in a tab),
 * anything else (PDF, Office files, unknown bytes) as a download; never cached by shared caches.
 */
export function sendFile(
  reply: FastifyReply,
  body: Uint8Array | FileStream,
  mediaType: string,
  name: string,
) {
  const disposition = INLINE_TYPE.test(mediaType) ? 'inline' : 'attachment';
  // A stored file is passed through as a stream with its length, never read whole into memory.
  if (!(body instanceof Uint8Array) && Number.isSafeInteger(body.size))
    reply.header('Content-Length', body.size);
  return reply
    .type(mediaType)
    .header('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('Cache-Control', 'private, max-age=300')
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', UPLOADED_FILE_CSP)
    .send(body instanceof Uint8Array ? Buffer.from(body) : Readable.from(body.body));
}
