import type { FastifyReply } from 'fastify';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface SendBytesOptions {
  type: string;
  /** Offered as the download's name (UTF-8, percent-encoded per RFC 6266). */
  fileName?: string;
  disposition?: 'attachment' | 'inline';
  cacheControl?: string;
}

/**
 * Sends a file's bytes (or a text file) outside the JSON serializer: routes that return files
 * declare only their problem responses, so their replies go through here.
 */
export function sendBytes(
  reply: FastifyReply,
  body: Uint8Array | string,
  opts: SendBytesOptions,
): FastifyReply {
  reply
    .type(opts.type)
    .header('Cache-Control', opts.cacheControl ?? 'private, no-store')
    .header('X-Content-Type-Options', 'nosniff');
  if (opts.fileName)
    reply.header(
      'Content-Disposition',
      `${opts.disposition ?? 'attachment'}; filename*=UTF-8''${encodeURIComponent(opts.fileName)}`,
    );
  return reply.send(
    typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
  );
}
