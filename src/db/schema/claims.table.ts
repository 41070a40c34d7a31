import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

/** The misinformation log. Claims and corrections only: no column for who said something. */
export const claims = pgTable(
  'claims',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    text: text('text').notNull(),
    searchText: text('search_text').notNull().default(''),
    platform: text('platform', { enum: ENUMERATED.claims.platform }).notNull(),
    link: text('link'),
    screenshotKey: text('screenshot_key'),
    screenshotType: text('screenshot_type'),
    firstSeenOn: date('first_seen_on', { mode: 'string' }).notNull(),
    reach: integer('reach'),
    topic: text('topic').notNull(),
    status: text('status', { enum: ENUMERATED.claims.status }).notNull(),
    verdict: text('verdict', { enum: ENUMERATED.claims.verdict }),
    groupId: uuid('group_id').notNull(),
    correctionId: uuid('correction_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('claims_platform_check', oneOf(t.platform, ENUMERATED.claims.platform)),
    check('claims_status_check', oneOf(t.status, ENUMERATED.claims.status)),
    check('claims_verdict_check', oneOf(t.verdict, ENUMERATED.claims.verdict)),
    index('claims_path_idx').on(t.unitPath.op('text_pattern_ops'), t.firstSeenOn),
    index('claims_group_idx').on(t.groupId),
    check('claims_reach_check', sql`${t.reach} >= 0`),
  ],
);
