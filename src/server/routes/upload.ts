import type { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import type { FileStream } from '../../domain/content/content.port';

/**
 * The name a file part was sent with, made safe to keep and offer back (no path, no NUL, at most
 * 200 characters), or a default. The form carries it as text: nothing is decoded.
 */
export function uploadedName(name: string | undefined, fallback: string): string {
  return (name ?? '').replace(/[\\/\0]/g, '_').slice(0, 200) || fallback;
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
