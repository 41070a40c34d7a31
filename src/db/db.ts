import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Schema = typeof schema;
/** A Drizzle database or transaction on either engine; repositories take this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
