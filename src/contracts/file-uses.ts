// The upload rules the server applies, for the workspace to check a file before it creates the
// item the file is for (one home: src/domain/content/file-uses.ts).
export {
  contentFileUse,
  FILE_USES,
  fileRefusal,
  HEAD_BYTES,
  readsWhole,
  type FileRefusal,
  type FileUse,
} from '../domain/content/file-uses';
