import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from './units.table';
import { ENUMERATED, oneOf } from './enumerated';

/**
 * Members of a working group (ban chỉ đạo, tiểu ban, tổ công tác): units from anywhere in the
 * group's parent's subtree. A removed member keeps its row with `removed_on`, so the group's
 * history (who had to report in which week) stays true.
 */
export const groupMembers = pgTable(
  'group_members',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => units.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => units.id),
    /** "Thành viên", "Cơ quan thường trực"… as the group's decision names it. */
    role: text('role').notNull(),
    addedOn: date('added_on', { mode: 'string' }).notNull(),
    removedOn: date('removed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    // A unit is a current member of a group at most once.
    uniqueIndex('group_members_current_idx')
      .on(t.groupId, t.memberId)
      .where(sql`${t.removedOn} is null`),
    index('group_members_member_idx').on(t.memberId),
  ],
);

/**
 * A duty to report weekly: the reporter unit reports to the owner (a plan's unit or a group)
 * from `from_on` to `to_on` (open-ended when null). Administrative units carry an implicit duty
 * to their parent and need no row (ADR 16).
 */
export const reportingDuties = pgTable(
  'reporting_duties',
  {
    id: uuid('id').primaryKey(),
    reporterId: uuid('reporter_unit_id')
      .notNull()
      .references(() => units.id),
    /** Path of the reporter, so "duties at any depth below a unit" is a prefix match. */
    reporterPath: text('reporter_path').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => units.id),
    /** The plan that required it, or null for a group's standing duty. */
    planId: uuid('plan_id'),
    frequency: text('frequency', { enum: ENUMERATED.reporting_duties.frequency }).notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check(
      'reporting_duties_frequency_check',
      oneOf(t.frequency, ENUMERATED.reporting_duties.frequency),
    ),

    index('reporting_duties_reporter_path_idx').on(t.reporterPath.op('text_pattern_ops')),
    index('reporting_duties_owner_idx').on(t.ownerId),
  ],
);
