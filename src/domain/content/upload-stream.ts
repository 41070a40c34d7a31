// An upload read as it arrives: its first bytes to tell what it is, then the rest passed on (a
// video to storage) or gathered (what must be read whole), never more than it announced.
import type { FileStream } from './content.port';
import { DomainError } from '../shared/domain-error';

export interface OpenedUpload {
  /** The announced length (Content-Length). */
  size: number;
  head: Uint8Array;
  rest: AsyncIterator<Uint8Array>;
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** Bytes already in memory, as a stream (generated files, the demo). */
export function streamOf(bytes: Uint8Array): FileStream {
  return {
    size: bytes.byteLength,
    body: (async function* () {
      yield bytes;
    })(),
  };
}

/** Reads at least `want` bytes of `file` (fewer when it is shorter) and keeps the rest unread. */
export async function openUpload(file: FileStream, want: number): Promise<OpenedUpload> {
  const rest = file.body[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < want) {
    const next = await rest.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  return { size: file.size, head: concat(chunks, length), rest };
}

const incomplete = (): DomainError =>
  new DomainError('validation', 'Tệp tải lên không đầy đủ (kết nối bị ngắt giữa chừng?).', {
    issues: [{ path: 'file', message: 'Số byte nhận được khác độ dài đã báo.' }],
  });

/** The whole upload, head and rest; validation unless it is exactly the announced length. */
export async function* wholeUpload(upload: OpenedUpload): AsyncGenerator<Uint8Array> {
  let length = upload.head.byteLength;
  if (length > 0) yield upload.head;
  for (let next = await upload.rest.next(); !next.done; next = await upload.rest.next()) {
    length += next.value.byteLength;
    if (length > upload.size) throw incomplete();
    yield next.value;
  }
  if (length !== upload.size) throw incomplete();
}

/** The whole upload gathered in memory (for files read whole: audio, images, documents). */
export async function readUpload(upload: OpenedUpload): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of wholeUpload(upload)) chunks.push(chunk);
  return concat(chunks, upload.size);
}
