import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { extractDocument } from './index';
import { formatSummary } from './summary';

const USAGE = 'Cách dùng: loa extract TỆP|THƯ_MỤC... [--json]';

type Extract = typeof extractDocument;

// Loaded on the first file, so a caller that reads elsewhere (the `loa` command's worker pool)
// never loads the extractor in its own thread.
const extractHere: Extract = async (input) => (await import('./index')).extractDocument(input);

/**
 * `loa extract FILE... [--json]`: one JSON line per file in input order, or a Vietnamese summary.
 * `extract` reads one file; the `loa` command passes the capped worker pool's.
 */
export async function runExtractCommand(
  args: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
  extract: Extract = extractHere,
): Promise<number> {
  const json = args.includes('--json');
  if (args.includes('--help') || args.includes('-h')) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
  const inputs = args.filter((a) => !a.startsWith('-'));
  if (unknown || inputs.length === 0) {
    err.write(`${unknown ? `Tùy chọn không hợp lệ: ${unknown}\n` : ''}${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of await expand(inputs)) {
    const result = await extractFile(file, extract);
    if (!result.ok) {
      failed++;
      if (json) out.write(`${JSON.stringify({ file, error: result.error })}\n`);
      err.write(`${file}: ${result.error.message}\n`);
      continue;
    }
    out.write(
      json
        ? `${JSON.stringify(result.extraction)}\n`
        : `${formatSummary(result.extraction, result.warnings)}\n\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}

async function extractFile(file: string, extract: Extract) {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    return {
      ok: false as const,
      error: {
        code: 'read_failed',
        message: 'Không mở được tệp (không tồn tại hoặc không có quyền đọc).',
      },
    };
  }
  return extract({ fileName: file, bytes });
}

/** A folder stands for its files, sorted by name; hidden files are skipped. */
async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input, { withFileTypes: true }))
      .filter((d) => d.isFile() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
    files.push(...names.map((n) => join(input, n)));
  }
  return files;
}
