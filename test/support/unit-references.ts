import type { Database } from '../../src/db/database';
import { query } from './db-state';

/** A table that refers to units: its unit-id columns and the unit paths it copies. */
export interface UnitReferrer {
  table: string;
  /** Columns holding a unit's id: foreign keys onto `units`, and any column named `…unit_id`. */
  idColumns: string[];
  /** Columns holding a copy of a unit's path (`unit_path`, `assignee_path`…). */
  pathColumns: string[];
}

const text = (v: unknown): string => (typeof v === 'string' ? v : String(v));

/**
 * Every table of the live database that refers to a unit, read from the catalogue (not from the
 * code under test), so a table added later is covered without editing any test. `units` itself,
 * the tree, is left out.
 */
export async function discoverUnitReferrers(database: Database): Promise<UnitReferrer[]> {
  const rows = await query(
    database,
    `select table_name as t, column_name as c, 'path' as k from information_schema.columns
      where table_schema = 'public' and table_name <> 'units' and column_name like '%\\_path'
     union
     select table_name, column_name, 'id' from information_schema.columns
      where table_schema = 'public' and table_name <> 'units' and column_name like '%unit\\_id'
     union
     select c.conrelid::regclass::text, a.attname::text, 'id' from pg_constraint c
       join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
      where c.contype = 'f' and c.confrelid = 'units'::regclass and c.conrelid <> 'units'::regclass
     order by 1, 2`,
  );
  const byTable = new Map<string, UnitReferrer>();
  for (const row of rows) {
    const table = text(row.t).replace(/^"|"$/g, '');
    const entry = byTable.get(table) ?? { table, idColumns: [], pathColumns: [] };
    const list = row.k === 'path' ? entry.pathColumns : entry.idColumns;
    if (!list.includes(text(row.c))) list.push(text(row.c));
    byTable.set(table, entry);
  }
  return [...byTable.values()];
}

/**
 * The id column a path column copies from: `unit_path` ↔ `unit_id`, `assignee_path` ↔
 * `assignee_unit_id`. Throws, naming the column, when there is none to check it against.
 */
export function idColumnOf(r: UnitReferrer, pathColumn: string): string {
  const stem = pathColumn.replace(/_path$/, '');
  const candidates = stem === 'unit' ? ['unit_id'] : [`${stem}_unit_id`, `${stem}_id`];
  const found = candidates.find((c) => r.idColumns.includes(c));
  if (!found) throw new Error(`${r.table}.${pathColumn}: no unit id column beside it to check`);
  return found;
}

/** A SQL condition: the row refers to one of `unitIds` or copies a path under `path`. */
export function ownedBy(r: UnitReferrer, unitIds: string[], path: string): string {
  const ids = unitIds.map((id) => `'${id}'`).join(', ');
  return [
    ...r.idColumns.map((c) => `"${c}"::text in (${ids})`),
    ...r.pathColumns.map((c) => `"${c}" like '${path}%'`),
  ].join(' or ');
}

/**
 * Rows whose copied path is not their unit's current path, as `table.column: count`, for every
 * path column of every referring table; empty when the tree has one source of truth.
 */
export async function stalePaths(database: Database, referrers: UnitReferrer[]): Promise<string[]> {
  const out: string[] = [];
  for (const r of referrers) {
    for (const column of r.pathColumns) {
      const [row] = await query(
        database,
        `select count(*)::int as n from "${r.table}" t join units u on u.id = t."${idColumnOf(r, column)}"
          where t."${column}" is distinct from u.path`,
      );
      if (row?.n !== 0) out.push(`${r.table}.${column}: ${String(row?.n)}`);
    }
  }
  return out;
}
