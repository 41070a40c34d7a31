// Every upload is a multipart/form-data form: its files as parts (their bytes as sent, with their
// own names) and its other fields as text parts. One declaration per form gives the server what
// to read, with a cap per file, and gives openapi.json (and so the web's types) the form's shape.
import { z } from 'zod';

/** A file part of a form: at most `maxBytes`; `optional` when the form stands without it. */
export interface FilePart {
  maxBytes: number;
  description: string;
  optional?: boolean;
}

export interface UploadForm<
  F extends z.ZodObject = z.ZodObject,
  Fs extends Record<string, FilePart> = Record<string, FilePart>,
  S extends keyof Fs | null = null,
> {
  /** The text parts, validated as a JSON body would be (each arrives as a string). */
  fields: F;
  files: Fs;
  /**
   * The one file read as it arrives and passed on to storage, never gathered in memory; its
   * length comes first in the `size` field, and the stream must be exactly that long.
   */
  streamed: S;
  /** The form as openapi.json describes it (files as binary strings). */
  doc: z.ZodObject;
}

/** Declares an upload form; `streamed` names the file passed on as a stream, if any. */
export function uploadForm<
  F extends z.ZodObject,
  const Fs extends Record<string, FilePart>,
  S extends keyof Fs | null = null,
>(fields: F, files: Fs, streamed: S = null as S): UploadForm<F, Fs, S> {
  const fileShape = Object.fromEntries(
    Object.entries(files).map(([name, part]) => {
      const file = z.file().max(part.maxBytes).describe(part.description);
      return [name, part.optional === true ? file.optional() : file];
    }),
  );
  return { fields, files, streamed, doc: fields.extend(fileShape) };
}

/** The largest table imported from a .csv or .xlsx file (activities, polling areas, a play log). */
export const TABLE_FILE_MAX_BYTES = 22 * 1024 * 1024;

/** A yes/no field of a form: exactly "true" or "false", never guessed from other words. */
export const formFlag = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .describe('"true" or "false"');

/** A whole number written in a form field, digits only. */
export const formCount = z
  .string()
  .regex(/^\d{1,15}$/, 'Cần một số nguyên không âm.')
  .transform(Number);
