import type { FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '../../domain/shared/domain-error';

/** The largest raw upload a route accepts (video); each type's own cap is checked by content. */
export const UPLOAD_LIMIT = 100 * 1024 * 1024;

/**
 * Lets a route scope take files as a raw `application/octet-stream` body: no base64 inflation
 * (+33 %) and no JSON string of the whole file in memory, and XHR still reports upload progress.
 */
export function acceptRawUploads(app: FastifyInstance): void {
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: UPLOAD_LIMIT },
    (_request, body, done) => done(null, body),
  );
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

/** Sends stored bytes inline with their real type; never cached by shared caches. */
export function sendFile(reply: FastifyReply, bytes: Uint8Array, mediaType: string, name: string) {
  return reply
    .type(mediaType)
    .header('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('Cache-Control', 'private, max-age=300')
    .header('X-Content-Type-Options', 'nosniff')
    .send(Buffer.from(bytes));
}
