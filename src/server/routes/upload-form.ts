import multipart, { type MultipartFile, type MultipartValue } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FilePart, UploadForm } from '../../contracts/upload-form';
import type { FileStream } from '../../domain/content/content.port';
import { DomainError } from '../../domain/shared/domain-error';
import { findUnstorableText, UNSTORABLE_TEXT } from '../plugins/storable-text';
import { uploadedName } from './upload';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The form the route takes; openapi.json describes it as the route's multipart body. */
    uploadForm?: AnyForm;
  }
}

type AnyForm = UploadForm<z.ZodObject, Record<string, FilePart>, string | null>;

/** A file part as the route receives it: its bytes and the name it was sent with. */
export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** How much text a form's field may carry (a note, a password); files have their own caps. */
const FIELD_BYTES = 64 * 1024;

/**
 * Lets a route scope take upload forms. The parser reads nothing itself: each route reads its
 * parts with `readUploadForm` or `streamUploadForm`, under the caps its form declares.
 */
export async function acceptUploadForms(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { throwFileSizeLimit: true });
}

/** The route's options for a form: openapi.json describes the form as its body. */
export const uploadRoute = (form: AnyForm) => ({
  config: { uploadForm: form },
});

const invalid = (message: string, path: string, issue: string): DomainError =>
  new DomainError('validation', message, { issues: [{ path, message: issue }] });

const notAForm = (): DomainError =>
  invalid(
    'Hãy gửi tệp trong một biểu mẫu multipart/form-data.',
    'body',
    'Không đọc được biểu mẫu tải lên.',
  );

/** A cap as people say it: "64 KB", "1 MB", "22 MB". */
const sizeText = (bytes: number): string =>
  bytes < 1024 * 1024
    ? `${Math.round(bytes / 1024).toLocaleString('vi-VN')} KB`
    : `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

const tooLarge = (name: string, part: FilePart): DomainError =>
  new DomainError(
    'payload_too_large',
    `Tệp ở trường "${name}" vượt giới hạn ${sizeText(part.maxBytes)}.`,
    {
      issues: [{ path: `body.${name}`, message: 'Tệp quá lớn.' }],
      details: { limitBytes: part.maxBytes },
    },
  );

function limitsOf(form: AnyForm) {
  const parts: FilePart[] = Object.values(form.files);
  return {
    fieldSize: FIELD_BYTES,
    // Room for fields the form does not take, so its schema can name them; more is abuse (413).
    fields: Object.keys(form.fields.shape).length + 8,
    files: parts.length,
    // Each file is held to its own cap as it is read; this one only bounds what busboy passes on.
    fileSize: Math.max(...parts.map((p) => p.maxBytes)) + 1,
  };
}

async function gather(part: MultipartFile, name: string, spec: FilePart): Promise<UploadedFile> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of part.file as AsyncIterable<Buffer>) {
    length += chunk.length;
    if (length > spec.maxBytes) throw tooLarge(name, spec);
    chunks.push(chunk);
  }
  if (part.file.truncated) throw tooLarge(name, spec);
  if (length === 0) throw invalid(`Tệp ở trường "${name}" trống.`, `body.${name}`, 'Tệp trống.');
  return { name: uploadedName(part.filename, 'tep'), bytes: Buffer.concat(chunks, length) };
}

function parseFields<F extends z.ZodObject>(
  schema: F,
  values: Record<string, string>,
): z.output<F> {
  // The form is read here, after the hook that refuses such text in JSON bodies has run.
  const unstorable = findUnstorableText(values, 'body');
  if (unstorable) throw invalid(`${unstorable}: ${UNSTORABLE_TEXT}`, unstorable, UNSTORABLE_TEXT);
  const parsed = schema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({
    path: ['body', ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = issues[0];
  throw new DomainError(
    'validation',
    first ? `${first.path}: ${first.message}` : 'Biểu mẫu không hợp lệ.',
    { issues },
  );
}

/** A text part's value; a value cut at the field cap (or not text at all) is refused. */
function textOf(part: MultipartValue): string {
  if (typeof part.value !== 'string' || part.valueTruncated)
    throw invalid(`Trường "${part.fieldname}" quá dài.`, `body.${part.fieldname}`, 'Quá dài.');
  return part.value;
}

/** The files of a form: each one it requires, and those it may leave out or undefined. */
type Files<Fs extends Record<string, FilePart>> = {
  [K in keyof Fs]: Fs[K] extends { optional: true } ? UploadedFile | undefined : UploadedFile;
};

/** Reads a whole form: its text fields validated, each file gathered under its own cap. */
export async function readUploadForm<F extends z.ZodObject, Fs extends Record<string, FilePart>>(
  request: FastifyRequest,
  form: UploadForm<F, Fs>,
): Promise<{ fields: z.output<F>; files: Files<Fs> }> {
  if (!request.isMultipart()) throw notAForm();
  const values: Record<string, string> = {};
  const files: Partial<Record<string, UploadedFile>> = {};
  const specs: Partial<Record<string, FilePart>> = form.files;
  for await (const part of request.parts({ limits: limitsOf(form) })) {
    if (part.type === 'field') {
      values[part.fieldname] = textOf(part);
      continue;
    }
    const spec = specs[part.fieldname];
    if (!spec || files[part.fieldname])
      throw invalid(
        `Biểu mẫu có tệp ở trường không nhận tệp: "${part.fieldname}".`,
        `body.${part.fieldname}`,
        'Không nhận tệp ở trường này.',
      );
    files[part.fieldname] = await gather(part, part.fieldname, spec);
  }
  for (const [name, spec] of Object.entries<FilePart>(form.files))
    if (!files[name] && spec.optional !== true)
      throw invalid(`Thiếu tệp ở trường "${name}".`, `body.${name}`, 'Chưa chọn tệp.');
  return { fields: parseFields(form.fields, values), files: files as Files<Fs> };
}

/**
 * Reads a form whose one file is passed on as it arrives (a 100 MB video is never held whole):
 * the text fields come first, the file last, its length announced in `size` before it.
 */
export async function streamUploadForm<
  F extends z.ZodObject,
  Fs extends Record<string, FilePart>,
  S extends keyof Fs & string,
>(
  request: FastifyRequest,
  form: UploadForm<F, Fs, S>,
): Promise<{ fields: z.output<F>; file: { name: string; stream: FileStream } }> {
  if (!request.isMultipart()) throw notAForm();
  const values: Record<string, string> = {};
  for await (const part of request.parts({ limits: limitsOf(form) })) {
    if (part.type === 'field') {
      values[part.fieldname] = textOf(part);
      continue;
    }
    if (part.fieldname !== form.streamed)
      throw invalid(
        `Biểu mẫu có tệp ở trường không nhận tệp: "${part.fieldname}".`,
        `body.${part.fieldname}`,
        'Không nhận tệp ở trường này.',
      );
    const fields = parseFields(form.fields, values);
    const size = (fields as { size?: unknown }).size;
    const spec: FilePart | undefined = form.files[form.streamed];
    if (!spec) throw new Error(`The form declares no file "${form.streamed}".`);
    if (typeof size !== 'number' || size <= 0)
      throw invalid('Thiếu độ dài của tệp (trường "size", gửi trước tệp).', 'body.size', 'Thiếu.');
    if (size > spec.maxBytes) throw tooLarge(form.streamed, spec);
    return {
      fields,
      file: {
        name: uploadedName(part.filename, 'tep'),
        stream: { size, body: part.file as AsyncIterable<Uint8Array> },
      },
    };
  }
  throw invalid(
    `Thiếu tệp ở trường "${form.streamed}".`,
    `body.${form.streamed}`,
    'Chưa chọn tệp.',
  );
}
