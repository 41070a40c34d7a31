import { PassThrough } from 'node:stream';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtractCommand } from './extract-command';

const fixtures = resolve(process.cwd(), 'test/fixtures/extract/docs');

async function run(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  err.on('data', (c: Buffer) => errors.push(c.toString()));
  const code = await runExtractCommand(args, out, err);
  return { code, out: chunks.join(''), err: errors.join('') };
}

describe('loa extract', () => {
  it('prints one JSON line per file of a folder, sorted, in the schema shape', async () => {
    const { code, out } = await run([fixtures, '--json']);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; kind: string });
    expect(code).toBe(0);
    expect(lines.length).toBeGreaterThanOrEqual(20);
    expect(lines.map((l) => l.file)).toEqual([...lines.map((l) => l.file)].sort());
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'file',
      'kind',
      'number',
      'issued_date',
      'place',
      'issuer',
      'title',
      'election',
      'bases',
      'period',
      'phases',
      'channels',
      'assignments',
      'recipients',
      'signer',
      'metrics',
    ]);
  });

  it('keeps input order and reports a missing file without stopping', async () => {
    const b = resolve(fixtures, 'f02_plan_commune_village.docx');
    const a = resolve(fixtures, 'f01_plan_province_na.txt');
    const { code, out, err } = await run([b, 'khong-co.txt', a, '--json']);
    const files = out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { file: string }).file);
    expect(files).toEqual([b, 'khong-co.txt', a]);
    expect(code).toBe(1);
    expect(err).toContain('Không mở được tệp');
  });

  it('prints a Vietnamese summary without --json', async () => {
    const { out } = await run([resolve(fixtures, 'f01_plan_province_na.txt')]);
    expect(out).toContain('Loại: Kế hoạch');
    expect(out).toContain('Người ký: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Trần Xuân Dưỡng');
  });

  it('explains its usage on bad arguments', async () => {
    const { code, err } = await run(['--xml']);
    expect(code).toBe(2);
    expect(err).toContain('Cách dùng');
  });
});
