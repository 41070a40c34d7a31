import { sql } from 'drizzle-orm';
import { BUILTIN_CATEGORIES } from '../domain/activities/catalogue';
import type { Db } from './db';
import { activityCategories } from './schema';

/**
 * Reference data that ships with the code: the built-in activity catalogue. Upserted after every
 * migration, so a new release's catalogue reaches old databases; admins' own entries are untouched.
 */
export async function syncBuiltinData(db: Db): Promise<void> {
  await db
    .insert(activityCategories)
    .values(BUILTIN_CATEGORIES)
    .onConflictDoUpdate({
      target: activityCategories.code,
      set: {
        name: sql`excluded.name`,
        channels: sql`excluded.channels`,
        measureUnit: sql`excluded.measure_unit`,
        maxPerEntry: sql`excluded.max_per_entry`,
        countsQuantity: sql`excluded.counts_quantity`,
        builtin: sql`true`,
      },
    });
}
