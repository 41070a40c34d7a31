import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { is } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import * as schema from '../schema';
import { UNIT_PATH_COLUMNS } from './unit-path-columns';

const tables = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table));

describe('the copied unit paths a move rewrites', () => {
  test('are every *_path column, each beside the unit id it copies from', () => {
    // The naming rule ADR 10 rests on: `unit_path` beside `unit_id`, `<x>_path` beside
    // `<x>_unit_id`. A `_path` column of anything else would have to be renamed.
    for (const { table, column } of UNIT_PATH_COLUMNS) {
      const config = tables.find((t) => t.name === table);
      const stem = column.replace(/_path$/, '');
      const idColumn = stem === 'unit' ? 'unit_id' : `${stem}_unit_id`;
      expect(
        config?.columns.map((c) => c.name),
        `${table}.${column}`,
      ).toContain(idColumn);
    }
  });

  test('include the tables the old hand list forgot', () => {
    const names = UNIT_PATH_COLUMNS.map((c) => `${c.table}.${c.column}`);
    for (const forgotten of [
      'stations.unit_path',
      'broadcast_slots.unit_path',
      'claims.unit_path',
      'content_items.unit_path',
      'elections.unit_path',
      'polling_areas.unit_path',
      'voter_info_texts.unit_path',
      'reports.unit_path',
    ])
      expect(names).toContain(forgotten);
    expect(names).not.toContain('units.path');
  });
});
