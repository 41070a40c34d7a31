import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

test('the committed migrations match the Drizzle schema (run `npm run db:generate` after changing a table)', () => {
  const scratch = join(mkdtempSync(join(tmpdir(), 'loa-drift-')), 'migrations');
  cpSync('src/db/migrations', scratch, { recursive: true });
  // drizzle-kit reads `out` relative to the working directory.
  const out = execFileSync('npx', ['drizzle-kit', 'generate', '--name', 'drift'], {
    env: { ...process.env, DRIZZLE_OUT: relative(process.cwd(), scratch) },
    encoding: 'utf8',
  });
  expect(readdirSync(scratch).filter((f) => f.includes('drift'))).toEqual([]);
  expect(out).toContain('No schema changes');
}, 60_000);
