import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { NAME_FOLD_FROM, NAME_FOLD_TO } from '../../domain/units/sibling-names';
import { ENUMERATED, oneOf } from './enumerated';

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id'),
    /** Materialized path of ids, `/root/…/self/`; subtree = prefix match. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind', { enum: ENUMERATED.units.kind }).notNull(),
    code: text('code'),
    /** Name, short name and code folded (no diacritics) for search. */
    searchText: text('search_text').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('units_kind_check', oneOf(t.kind, ENUMERATED.units.kind)),
    uniqueIndex('units_path_idx').on(t.path.op('text_pattern_ops')),
    index('units_parent_idx').on(t.parentId),
    uniqueIndex('units_code_idx')
      .on(t.code)
      .where(sql`${t.code} is not null`),
    // Siblings are told apart by name, case and Vietnamese diacritics aside (sibling-names.ts).
    uniqueIndex('units_sibling_name_idx').on(
      t.parentId,
      sql`translate(lower(${t.name}), '${sql.raw(NAME_FOLD_FROM)}', '${sql.raw(NAME_FOLD_TO)}')`,
    ),
  ],
);
