import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../schema';

export interface PathColumn {
  table: string;
  column: string;
}

/**
 * Every copy of a unit's path in the schema: each column named `unit_path` or `…_path` of every
 * table but `units` (whose `path` is the original). Derived from the Drizzle tables rather than
 * listed, so a table added with a `unit_path` follows moves without anyone remembering it (ADR 10).
 * A `_path` column of anything else is harmless: its values never start with a unit's `/id/…/`.
 */
export const UNIT_PATH_COLUMNS: readonly PathColumn[] = Object.values(
  schema as Record<string, unknown>,
)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table))
  .filter((config) => config.name !== 'units')
  .flatMap((config) =>
    config.columns
      .filter((column) => column.name.endsWith('_path'))
      .map((column) => ({ table: config.name, column: column.name })),
  )
  .sort((a, b) => `${a.table}.${a.column}`.localeCompare(`${b.table}.${b.column}`));
