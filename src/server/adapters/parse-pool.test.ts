import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../domain/shared/domain-error';
import { manyCellsXlsx } from '../../../test/support/hostile-files';
import { createParsePool, type ParsePool } from './parse-pool';

// The caps of the pool that reads uploads, exercised with a real hostile file: an .xlsx that
// takes seconds and hundreds of MB to read. A cap a hundred times below that always trips,
// however fast or slow the machine; a worker start-up is not counted against the time cap.

const pools: ParsePool[] = [];
const poolWith = (limits: Parameters<typeof createParsePool>[0]) => {
  const pool = createParsePool({ threads: 1, ...limits });
  pools.push(pool);
  return pool;
};
afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

const refusal = async (read: Promise<unknown>) => {
  const e: unknown = await read.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
};

describe('the parse pool', () => {
  it('kills a read over its time cap and says the file is too complex', async () => {
    const pool = poolWith({ timeMs: 50 });
    const e = await refusal(pool.spreadsheet(await manyCellsXlsx()));
    expect(e.code).toBe('file_too_complex');
    expect(e.message).toMatch(/^Tệp quá phức tạp để đọc/);
    // The next read gets a fresh worker and succeeds.
    expect(await pool.unitCsv('ten,loai\nXã A,xã\n')).toMatchObject({ fileError: null });
  }, 120_000);

  it('kills a read over its heap cap and says the file is too complex', async () => {
    const pool = poolWith({ timeMs: 600_000, heapMb: 96 });
    const e = await refusal(pool.spreadsheet(await manyCellsXlsx()));
    expect(e.code).toBe('file_too_complex');
    expect(await pool.unitCsv('ten,loai\nXã A,xã\n')).toMatchObject({ fileError: null });
  }, 300_000);

  it("passes a parser's own refusal through as the same DomainError", async () => {
    const pool = poolWith({});
    const e = await refusal(pool.spreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])));
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/Không đọc được tệp Excel/);
  }, 120_000);

  it('refuses reads beyond its queue as unavailable instead of queueing forever', async () => {
    const pool = poolWith({ timeMs: 60_000, maxQueue: 1 });
    const xlsx = await manyCellsXlsx(20_000);
    const reads = Array.from({ length: 4 }, () =>
      pool.spreadsheet(xlsx).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    const outcomes = await Promise.all(reads);
    expect(outcomes.some((e) => e instanceof DomainError && e.code === 'unavailable')).toBe(true);
  }, 300_000);
});
