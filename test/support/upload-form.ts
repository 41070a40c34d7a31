// An upload form as a browser sends it (multipart/form-data), for app.inject and fetch: text
// fields first, then files, as the web's toFormData orders them.

/** A file part: its bytes and the name it is sent with. */
export interface FormFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export type FormParts = Record<string, string | FormFile | undefined>;

/** The form as FormData (for fetch). */
export function formData(parts: FormParts): FormData {
  const data = new FormData();
  const entries = Object.entries(parts);
  for (const [name, value] of entries) if (typeof value === 'string') data.append(name, value);
  for (const [name, value] of entries)
    if (value !== undefined && typeof value !== 'string')
      data.append(
        name,
        new Blob([Buffer.from(value.bytes)], { type: value.type ?? 'application/octet-stream' }),
        value.name,
      );
  return data;
}

/** The form's bytes and its content type with the boundary (for app.inject). */
export async function formBody(
  parts: FormParts,
): Promise<{ payload: Buffer; headers: { 'content-type': string } }> {
  const encoded = new Response(formData(parts));
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

/**
 * A form whose last part is a file read from `body` as it is sent (a large video), for a request
 * over a socket: nothing of the file is held whole. `length` is the whole body's.
 */
export function streamedForm(
  fields: Record<string, string>,
  file: { field: string; name: string; size: number; body: AsyncIterable<Uint8Array> },
): { body: AsyncIterable<Uint8Array>; length: number; headers: { 'content-type': string } } {
  const boundary = `----loa-test-${Math.random().toString(16).slice(2)}`;
  const text = Object.entries(fields)
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    )
    .join('');
  const head = Buffer.from(
    `${text}--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    body: (async function* () {
      yield head;
      yield* file.body;
      yield tail;
    })(),
    length: head.length + file.size + tail.length,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
