import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Database } from '../../src/db/database';
import { queryRows } from '../../src/db/query-rows';
import { ENUMERATED } from '../../src/db/schema/enumerated';
import { createTestDatabase } from '../support/test-db';

// The database refuses a code the domain does not know, in every column that holds one: a seed,
// a script or a repository's raw SQL cannot store a status the application could not read.

/** Column names that hold codes, here or in any table added later. */
const CODE_COLUMN =
  /^(status|kind|type|source|channel|role|frequency|priority|repeat|platform|verdict|action|entity|approx|key|mode|purpose|state|job|method|vote_denominator|voter_basis|recurrence_per|.*_type|.*_kind|.*_status)$/;

/** Columns of that form that hold no fixed list of codes, and why. */
const OPEN: Record<string, string> = {
  'activities.photo_type': 'a media type, read from the file itself by the upload rules',
  'candidates.photo_type': 'a media type, read from the file itself by the upload rules',
  'claims.screenshot_type': 'a media type, read from the file itself by the upload rules',
  'content_items.file_type': 'a media type, read from the file itself by the upload rules',
  'election_milestones.evidence_file_type': 'a media type, read from the file by the upload rules',
  'milestone_completions.photo_type': 'a media type, read from the file itself by the upload rules',
  'group_members.role': "the role a group's decision gives a member, in its own words",
  'idempotency_keys.key': "the client's own key for a retried request",
  'idempotency_keys.method': 'the HTTP method of the request the key belongs to',
  'job_marks.job': 'the name of a scheduled job',
  'job_marks.key': 'what one run of a job did, in that job’s own terms',
  'notifications.kind': 'what a notice is about, named by the feature that sends it',
  'task_periods.key': 'the window itself: "2022-W14", "2022-04" or "once"',
};

const entries = Object.entries(ENUMERATED).flatMap(([table, columns]) =>
  Object.entries(columns).map(([column, codes]) => ({
    table,
    column,
    codes: codes as readonly string[],
  })),
);

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('the database guards its codes', () => {
  test('every column that holds codes is listed with its codes, or named as open with a reason', async () => {
    const columns = await queryRows<{ name: string }>(
      database.db,
      sql`select table_name || '.' || column_name as name from information_schema.columns
          where table_schema = 'public' and data_type = 'text' order by 1`,
    );
    const listed = new Set(entries.map((e) => `${e.table}.${e.column}`));
    const codeLike = columns
      .map((c) => c.name)
      .filter((n) => CODE_COLUMN.test(n.split('.')[1] ?? ''));
    expect(codeLike.filter((n) => !listed.has(n) && !(n in OPEN))).toEqual([]);
    // Both lists name real columns: a renamed column is not silently dropped from either.
    const all = new Set(columns.map((c) => c.name));
    expect([...listed, ...Object.keys(OPEN)].filter((n) => !all.has(n))).toEqual([]);
  });

  test.each(entries.map((e) => [`${e.table}.${e.column}`, e] as const))(
    '%s takes each of its codes and refuses any other',
    async (_name, { table, column, codes }) => {
      // A copy of the table with its CHECK constraints and no NOT NULL: one column can be tried
      // alone, on an empty table as well as a full one.
      await database.db.transaction(async (tx) => {
        await tx.execute(
          sql.raw(`create temp table probe (like "${table}" including constraints) on commit drop`),
        );
        const names = await queryRows<{ column_name: string }>(
          tx,
          sql`select column_name from information_schema.columns
              where table_name = 'probe' and is_nullable = 'NO'`,
        );
        for (const n of names)
          await tx.execute(
            sql.raw(`alter table probe alter column "${n.column_name}" drop not null`),
          );
        for (const code of codes)
          await tx.execute(sql`insert into probe (${sql.identifier(column)}) values (${code})`);
        await tx.execute(sql`savepoint bad`);
        const refused = await tx
          .execute(sql`insert into probe (${sql.identifier(column)}) values ('not_a_code')`)
          .then(
            () => null,
            (e: unknown) => e,
          );
        expect(codeOf(refused)).toBe('23514');
        await tx.execute(sql`rollback to savepoint bad`);
      });
    },
  );
});

/** The SQLSTATE of a database error, wherever the driver puts it. */
function codeOf(error: unknown): string | null {
  let e: unknown = error;
  while (e && typeof e === 'object') {
    if ('code' in e && typeof e.code === 'string') return e.code;
    e = 'cause' in e ? e.cause : null;
  }
  return null;
}
