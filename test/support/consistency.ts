import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/db';
import { queryRows } from '../../src/db/query-rows';
import { makeRepos } from '../../src/db/repositories';

/**
 * What would show a write half-applied, or a copy (a backup) taken between two halves of one:
 * each list is empty when the database is consistent.
 */
export interface Consistency {
  /** Activities and register entries created since `since` without their `create` audit row. */
  withoutAudit: string[];
  /** `create` audit rows since `since` whose activity or register entry does not exist. */
  auditWithoutRow: string[];
  /** Task windows whose stored count differs from a recount from the activities (ADR 6). */
  periodsOff: Array<{ id: string; stored: string; recounted: string }>;
  /** Register counters behind the largest number issued under them, or missing. */
  countersBehind: Array<{ key: string; last: number | null; max: number }>;
  /** Foreign keys pointing at nothing, by constraint, with how many rows. */
  danglingKeys: Array<{ constraint: string; rows: number }>;
}

/** The entities a test writes with their audit rows: entity name → table. */
const AUDITED = [
  { entity: 'activity', table: 'activities' },
  { entity: 'register', table: 'register_entries' },
] as const;

async function auditGaps(
  db: Db,
  since: Date,
): Promise<Pick<Consistency, 'withoutAudit' | 'auditWithoutRow'>> {
  const withoutAudit: string[] = [];
  const auditWithoutRow: string[] = [];
  for (const { entity, table } of AUDITED) {
    const t = sql.identifier(table);
    const missing = await queryRows<{ id: string }>(
      db,
      sql`select r.id::text as id from ${t} r where r.created_at >= ${since} and not exists (
            select 1 from audit_log l where l.entity = ${entity} and l.action = 'create' and l.entity_id = r.id::text)`,
    );
    withoutAudit.push(...missing.map((r) => `${entity} ${r.id}`));
    const orphans = await queryRows<{ id: string }>(
      db,
      sql`select l.entity_id as id from audit_log l where l.at >= ${since} and l.entity = ${entity}
            and l.action = 'create' and not exists (select 1 from ${t} r where r.id::text = l.entity_id)`,
    );
    auditWithoutRow.push(...orphans.map((r) => `${entity} ${r.id}`));
  }
  return { withoutAudit, auditWithoutRow };
}

const periodCounts = async (db: Db): Promise<Map<string, string>> =>
  new Map(
    (
      await queryRows<{ id: string; v: string }>(
        db,
        sql`select id::text as id, done || ' ' || coalesce(first_done_on::text, '-') as v from task_periods`,
      )
    ).map((r) => [r.id, r.v]),
  );

class Rollback extends Error {}

/** Recounts every window from the activities inside a transaction it rolls back, and compares. */
async function periodsOff(db: Db): Promise<Consistency['periodsOff']> {
  const stored = await periodCounts(db);
  let recounted = new Map<string, string>();
  await db
    .transaction(async (tx) => {
      await makeRepos(tx).obligations.recountAll();
      recounted = await periodCounts(tx);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
  return [...stored]
    .filter(([id, v]) => recounted.get(id) !== v)
    .map(([id, v]) => ({ id, stored: v, recounted: recounted.get(id) ?? 'missing' }));
}

const countersBehind = async (db: Db): Promise<Consistency['countersBehind']> =>
  queryRows<{ key: string; last: number | null; max: number }>(
    db,
    sql`select e.unit_id || ' ' || e.year || ' ' || e.type_code as key, c.last_number as last, max(e.number) as max
        from register_entries e left join register_counters c
          on c.unit_id = e.unit_id and c.year = e.year and c.type_code = e.type_code
        group by e.unit_id, e.year, e.type_code, c.last_number
        having c.last_number is null or c.last_number < max(e.number)`,
  );

/** Every foreign key of the public schema checked again, as if it had just been added. */
async function danglingKeys(db: Db): Promise<Consistency['danglingKeys']> {
  const keys = await queryRows<{
    name: string;
    child: string;
    parent: string;
    cols: string[];
    refs: string[];
  }>(
    db,
    sql`select k.conname as name, c.relname as child, p.relname as parent,
          array(select a.attname::text from unnest(k.conkey) with ordinality x(n, i)
                join pg_attribute a on a.attrelid = k.conrelid and a.attnum = x.n order by x.i) as cols,
          array(select a.attname::text from unnest(k.confkey) with ordinality x(n, i)
                join pg_attribute a on a.attrelid = k.confrelid and a.attnum = x.n order by x.i) as refs
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace ns on ns.oid = c.relnamespace
        where k.contype = 'f' and ns.nspname = 'public'`,
  );
  const out: Consistency['danglingKeys'] = [];
  for (const k of keys) {
    const present = sql.join(
      k.cols.map((c) => sql`ch.${sql.identifier(c)} is not null`),
      sql` and `,
    );
    const match = sql.join(
      k.cols.map((c, i) => sql`pa.${sql.identifier(k.refs[i] ?? c)} = ch.${sql.identifier(c)}`),
      sql` and `,
    );
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(k.child)} ch where ${present}
            and not exists (select 1 from ${sql.identifier(k.parent)} pa where ${match})`,
    );
    if (row && row.n > 0) out.push({ constraint: k.name, rows: row.n });
  }
  return out;
}

/** All the invariants at once; rows written before `since` (the demo world) are not judged for audit. */
export async function checkConsistency(db: Db, since: Date): Promise<Consistency> {
  return {
    ...(await auditGaps(db, since)),
    periodsOff: await periodsOff(db),
    countersBehind: await countersBehind(db),
    danglingKeys: await danglingKeys(db),
  };
}

/** The value `checkConsistency` returns for a consistent database, to compare against. */
export const CONSISTENT: Consistency = {
  withoutAudit: [],
  auditWithoutRow: [],
  periodsOff: [],
  countersBehind: [],
  danglingKeys: [],
};
